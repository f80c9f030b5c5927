package org.geoprospect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TourCommandTest {
    @TempDir
    Path dir;

    private String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GeoProspectCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void ordersPlanarPointsAndPrintsJson() throws Exception {
        // A 3 x 4 rectangle given in a crossing order: the best closed tour is its perimeter, 14.
        Path points = dir.resolve("points.csv");
        Files.writeString(points, "id,x,y\na,0,0\nc,3,4\nb,3,0\nd,0,4\n");
        Path out = dir.resolve("order.csv");
        String[] r = run("tour", "--points", points.toString(), "--planar", "--out", out.toString(), "--json",
                "--iterations", "100");
        assertEquals("0", r[0], r[2]);
        JsonNode json = new ObjectMapper().readTree(r[1]);
        assertEquals(14.0, json.get("length").asDouble(), 1e-9);
        assertEquals(4, json.get("order").size());
        List<String> lines = Files.readAllLines(out);
        assertEquals("position,id,x,y", lines.get(0));
        assertEquals(5, lines.size());
    }

    @Test
    void tsplibRoundingGivesTheTsplibLength() throws Exception {
        Path tsp = dir.resolve("eil51.tsp");
        try (var in = getClass().getResourceAsStream("/org/geoprospect/tour/tsplib/eil51.tsp")) {
            Files.copy(in, tsp);
        }
        String[] r = run("tour", "--points", tsp.toString(), "--planar", "--tsplib-rounding", "--out",
                dir.resolve("o.csv").toString(), "--json", "--iterations", "3000", "--seed", "1");
        assertEquals("0", r[0], r[2]);
        double length = new ObjectMapper().readTree(r[1]).get("length").asDouble();
        assertEquals(Math.rint(length), length, 0.0); // integer sums
        assertTrue(length >= 426 && length <= 426 * 1.05, "length " + length);
    }

    @Test
    void pointsWithoutPlanarIsAUsageError() throws Exception {
        Path points = dir.resolve("p.csv");
        Files.writeString(points, "id,x,y\na,0,0\n");
        String[] r = run("tour", "--points", points.toString(), "--out", dir.resolve("o.csv").toString());
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("--planar"), r[2]);
    }

    @Test
    void aBadPointsRowIsOneSentence() throws Exception {
        Path points = dir.resolve("p.csv");
        Files.writeString(points, "id,x,y\na,0,0\nb,one,2\n");
        String[] r = run("tour", "--points", points.toString(), "--planar", "--out", dir.resolve("o.csv").toString());
        assertEquals("1", r[0]);
        assertTrue(r[2].contains("row 3: x and y must be numbers"), r[2]);
    }

    /**
     * A tour pack from the command line, text output: three households east of Angers — H1 (picnic,
     * mountain bike), H2 objected to prospecting, H3 last contacted in 2019 (past the 3-year retention).
     * The text says who was left out and why, then lists H1 with its interests as words of the default
     * locale's language (the JSON keeps the reasons' keys).
     */
    @Test
    void aTourPackPrintsWhoIsLeftOutAndTheInterestsInWords() throws Exception {
        Path project = dir.resolve("project");
        org.geoprospect.geo.CoordinateTransform toL93 = org.geoprospect.geo.CoordinateTransform.between(
                org.geoprospect.geo.Srids.WGS84, org.geoprospect.geo.Srids.LAMBERT_93);
        List<org.geoprospect.store.HouseholdEntry> entries = new java.util.ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            double lon = -0.5536 + 0.01 * i;
            double[] xy = toL93.transform(lon, 47.4736);
            List<String> interests = i == 1 ? List.of("picnic", "mountain_bike") : List.of("hiking");
            java.time.LocalDate lastContact = i == 3 ? java.time.LocalDate.of(2019, 1, 15) : java.time.LocalDate.now().minusDays(30);
            entries.add(new org.geoprospect.store.HouseholdEntry(new org.geoprospect.model.Household("H" + i, lon, 47.4736,
                    xy[0], xy[1], "49007", interests, 2, "35-49", "B", java.util.Map.of(), "web_form", lastContact), null));
        }
        try (org.geoprospect.store.ProjectDatabase database = org.geoprospect.store.ProjectDatabase.create(project,
                org.geoprospect.geo.Srids.LAMBERT_93, "CLI tour")) {
            new org.geoprospect.store.HouseholdRepository(database).upsertAll(entries.iterator(),
                    org.geoprospect.model.ProgressMonitor.NONE);
        }
        new org.geoprospect.service.ExportService().recordObjections(project, List.of(
                org.geoprospect.privacy.Objection.ofHousehold("H2", null, java.time.LocalDate.now(), "letter")));
        Path codes = dir.resolve("codes.txt");
        Files.writeString(codes, "H1\nH2\nH3\n");
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.ENGLISH);
            String[] r = run("tour", "--project", project.toString(), "--codes", codes.toString(), "--start",
                    "-0.5536,47.4736", "--out", dir.resolve("pack-en").toString());
            assertEquals("0", r[0], r[2]);
            List<String> lines = r[1].lines().toList();
            assertTrue(lines.contains("Left out by the contact policy (2):"), r[1]);
            assertTrue(lines.contains("  H2  objected to prospecting"), r[1]);
            assertTrue(lines.contains("  H3  past the retention period"), r[1]);
            assertTrue(lines.stream().anyMatch(l -> l.matches("      1  \\d\\d:\\d\\d  H1 +Angers +Picnic, Mountain bike \\(VTT\\)")),
                    r[1]);
            assertTrue(!r[1].contains("mountain_bike") && !r[1].contains("RETENTION"), "words, never codes: " + r[1]);

            java.util.Locale.setDefault(java.util.Locale.FRENCH);
            r = run("tour", "--project", project.toString(), "--codes", codes.toString(), "--start", "-0.5536,47.4736",
                    "--out", dir.resolve("pack-fr").toString());
            assertTrue(r[1].lines().anyMatch(l -> l.endsWith("Pique-nique, VTT")), r[1]);

            r = run("tour", "--project", project.toString(), "--codes", codes.toString(), "--start", "-0.5536,47.4736",
                    "--out", dir.resolve("pack-json").toString(), "--json");
            JsonNode json = new ObjectMapper().readTree(r[1]);
            assertEquals(1, json.get("left_out").get("objection").asInt());
            assertEquals(1, json.get("left_out").get("retention").asInt());
        } finally {
            java.util.Locale.setDefault(before);
        }
    }
}

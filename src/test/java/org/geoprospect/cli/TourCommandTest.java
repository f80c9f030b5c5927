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
}

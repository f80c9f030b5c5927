package org.geoprospect.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.geoprospect.geo.CoordinateTransform;
import org.geoprospect.geo.Srids;
import org.geoprospect.model.Channel;
import org.geoprospect.model.Consent;
import org.geoprospect.model.Household;
import org.geoprospect.model.HouseholdContact;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.store.ExportLogRepository;
import org.geoprospect.store.HouseholdEntry;
import org.geoprospect.store.HouseholdRepository;
import org.geoprospect.store.ProjectDatabase;
import org.geoprospect.tour.DayRules;
import org.geoprospect.tour.TourPackWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tour pack end to end on a small project around Angers: five households on a line east of the
 * office, two consenting (names with French accents), three without consent.
 */
class TourServiceTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Clock TODAY = Clock.fixed(LocalDate.of(2026, 10, 1).atTime(12, 0).atZone(PARIS).toInstant(), PARIS);
    private static final double[] ANGERS = {-0.5536, 47.4736};
    @TempDir
    static Path dir;
    static Path project;

    @BeforeAll
    static void createProject() {
        project = dir.resolve("project");
        CoordinateTransform toL93 = CoordinateTransform.between(Srids.WGS84, Srids.LAMBERT_93);
        double[] office = toL93.transform(ANGERS[0], ANGERS[1]);
        List<HouseholdEntry> entries = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            String code = "H0" + i;
            boolean consents = i == 2 || i == 4;
            Map<Channel, Consent> consent = new EnumMap<>(Channel.class);
            if (consents) {
                consent.put(Channel.POSTAL, new Consent(true, LocalDate.of(2025, 3, 1)));
                consent.put(Channel.PHONE, new Consent(true, LocalDate.of(2025, 3, 1)));
            }
            double x = office[0] + 2_000 * i;
            double y = office[1];
            double[] lonLat = CoordinateTransform.between(Srids.LAMBERT_93, Srids.WGS84).transform(x, y);
            Household h = new Household(code, lonLat[0], lonLat[1], x, y, "49007", List.of("picnic"), 2, "35-49", "B",
                    consent, "web_form", LocalDate.of(2026, 5, 1));
            String first = i == 2 ? "Hélène" : "Prénom" + i;
            String last = i == 2 ? "Bézier-Lefèvre" : "Nom" + i;
            entries.add(new HouseholdEntry(h, new HouseholdContact(code, first, last, i + " rue de l'Étang", "49100",
                    "Angers", "06 12 34 56 0" + i, null)));
        }
        try (ProjectDatabase database = ProjectDatabase.create(project, Srids.LAMBERT_93, "Tour test")) {
            new HouseholdRepository(database).upsertAll(entries.iterator(), ProgressMonitor.NONE);
        }
    }

    private static TourService.TourRequest request(DayRules rules) {
        return new TourService.TourRequest(List.of("H05", "H03", "H01", "H04", "H02"), ANGERS, null, rules, true, 1.3,
                Duration.ofMillis(200));
    }

    @Test
    void packHasOneMapPagePerDayThenTheSheetAndHonoursConsent() throws Exception {
        Path out = dir.resolve("pack-2-a-day");
        TourService.TourPackResult result = new TourService(TODAY, "tester").writePack(project,
                request(DayRules.DEFAULT.withLimits(2, 0)), out, ProgressMonitor.NONE);
        assertEquals(5, result.stops());
        assertEquals(3, result.days().size());
        assertEquals(2, result.revealed());
        // On a line east of the office, two a day along the path: {H01, H02}, {H03, H04}, {H05}.
        assertEquals(List.of(2, 2, 1), result.days().stream().map(d -> d.stops().length).toList());

        List<String> csv = Files.readAllLines(out.resolve(TourPackWriter.CSV), StandardCharsets.UTF_8);
        assertEquals(6, csv.size());
        assertTrue(csv.get(0).startsWith("\uFEFFstop;day;arrival;kind;code;name;address;phone;interests"), csv.get(0));
        String h02 = row(csv, "H02");
        assertTrue(h02.contains("Hélène Bézier-Lefèvre"), h02);
        assertTrue(h02.contains("2 rue de l'Étang, 49100 Angers"), h02);
        assertTrue(h02.contains("06 12 34 56 02"), h02);
        // Without consent: the anonymous code only, no name, address or phone.
        String h03 = row(csv, "H03");
        assertFalse(h03.contains("Nom3") || h03.contains("Prénom3") || h03.contains("rue") || h03.contains("06 12"), h03);
        assertTrue(h03.matches("\\d;\\d;\\d\\d:\\d\\d;household;H03;;;;picnic;.*"), h03);

        try (PDDocument pdf = Loader.loadPDF(out.resolve(TourPackWriter.PDF).toFile())) {
            assertEquals(3 + 1, pdf.getNumberOfPages());
            assertEquals(result.files().pdfPages(), pdf.getNumberOfPages());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String firstMap = stripper.getText(pdf);
            assertTrue(firstMap.contains("Day 1 — 2 visits"), firstMap);
            assertTrue(firstMap.contains("Start / end"), firstMap);
            stripper.setStartPage(4);
            stripper.setEndPage(4);
            String sheet = stripper.getText(pdf);
            assertTrue(sheet.contains("Contact sheet"), sheet);
            assertTrue(sheet.contains("Hélène Bézier-Lefèvre"), sheet);
            assertTrue(sheet.contains("H03"), sheet);
            assertFalse(sheet.contains("Nom3"), sheet);
            for (int stop = 1; stop <= 5; stop++) {
                assertTrue(sheet.contains("\n" + stop + " "), "stop " + stop + " missing: " + sheet);
            }
        }
        assertTrue(Files.size(out.resolve(TourPackWriter.PNG)) > 1000);
        try (ProjectDatabase database = ProjectDatabase.open(project)) {
            var log = new ExportLogRepository(database).all();
            var last = log.get(log.size() - 1);
            assertEquals("tour", last.action());
            assertEquals(5, last.count());
        }
    }

    @Test
    void aPackKilledBetweenItsAuditRowAndItsFilesIsFinishedWhenTheLogIsRead() throws Exception {
        Path out = dir.resolve("pack-interrupted");
        new TourService(TODAY, "tester").writePack(project, request(DayRules.DEFAULT), out, ProgressMonitor.NONE);
        Path staging = TourPackWriter.stagingOf(out);
        assertFalse(Files.exists(staging), "a finished pack leaves no staging folder");
        byte[] pdf = Files.readAllBytes(out.resolve(TourPackWriter.PDF));
        // What a kill after the audit commit leaves: the complete files still in the staging folder.
        Files.createDirectories(staging);
        for (String name : List.of(TourPackWriter.CSV, TourPackWriter.PDF, TourPackWriter.PNG)) {
            Files.move(out.resolve(name), staging.resolve(name));
        }
        new ExportService().auditLog(project);
        for (String name : List.of(TourPackWriter.CSV, TourPackWriter.PDF, TourPackWriter.PNG)) {
            assertTrue(Files.isRegularFile(out.resolve(name)), name + " moved into place");
        }
        assertArrayEquals(pdf, Files.readAllBytes(out.resolve(TourPackWriter.PDF)));
        assertFalse(Files.exists(staging), "the emptied staging folder is removed");
    }

    @Test
    void aHandEditedOrderIsWrittenAsItIsWithoutPlanningAgain() throws Exception {
        Path out = dir.resolve("pack-by-hand");
        // Deliberately poor order: the far household first on day 1; day 2 goes back and forth.
        List<List<String>> days = List.of(List.of("H05", "H01"), List.of("H02", "H04", "H03"));
        TourService.TourPackResult result = new TourService(TODAY, "tester").writePackInOrder(project,
                request(DayRules.DEFAULT), days, out, ProgressMonitor.NONE);
        assertEquals(2, result.days().size());
        List<String> csv = Files.readAllLines(out.resolve(TourPackWriter.CSV), StandardCharsets.UTF_8);
        List<String> codesInCsvOrder = csv.subList(1, csv.size()).stream().map(line -> line.split(";")[4]).toList();
        assertEquals(List.of("H05", "H01", "H02", "H04", "H03"), codesInCsvOrder);
        assertTrue(row(csv, "H05").startsWith("1;1;"), row(csv, "H05"));
        assertTrue(row(csv, "H02").startsWith("3;2;"), row(csv, "H02"));

        assertThrows(UserFacingException.class, () -> new TourService(TODAY, "tester").writePackInOrder(project,
                request(DayRules.DEFAULT), List.of(List.of("H05", "H01"), List.of("H02")), dir.resolve("pack-short"),
                ProgressMonitor.NONE), "days that leave out a stop of the request are refused");
    }

    @Test
    void workingHoursDecideTheArrivals() throws Exception {
        // 60 km/h with a 1.0 detour: H01 is 2 km from the office (2 min), each next one 2 km further.
        DayRules rules = new DayRules(LocalTime.of(9, 0), LocalTime.of(18, 0), Duration.ofMinutes(20), 60, 0, 0);
        TourService.TourRequest request = new TourService.TourRequest(List.of("H01", "H02", "H03"), ANGERS, null,
                rules, true, 1.0, Duration.ofMillis(100));
        TourService.TourPackResult result = new TourService(TODAY, "tester").writePack(project, request,
                dir.resolve("pack-hours"), ProgressMonitor.NONE);
        assertEquals(1, result.days().size());
        // Office to H01: about 2 km (the office is not exactly on the households' line: within a minute).
        List<LocalTime> arrivals = result.days().get(0).arrivals();
        assertEquals(3, arrivals.size());
        long gap1 = Duration.between(arrivals.get(0), arrivals.get(1)).toMinutes();
        long gap2 = Duration.between(arrivals.get(1), arrivals.get(2)).toMinutes();
        // 20-minute visit + 2 km at 1 km/min between neighbours.
        assertEquals(22, gap1);
        assertEquals(22, gap2);
    }

    @Test
    void anUnknownCodeIsOneSentence() {
        TourService.TourRequest request = new TourService.TourRequest(List.of("H01", "NOPE"), ANGERS, null,
                DayRules.DEFAULT, true, 1.3, Duration.ofMillis(50));
        UserFacingException e = assertThrows(UserFacingException.class, () -> new TourService(TODAY, "tester")
                .writePack(project, request, dir.resolve("never"), ProgressMonitor.NONE));
        assertTrue(e.getMessage().startsWith("The code 'NOPE' is neither"), e.getMessage());
    }

    private static String row(List<String> csv, String code) {
        return csv.stream().filter(l -> l.contains(";" + code + ";")).findFirst().orElseThrow();
    }
}

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
import java.util.Locale;
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
import org.geoprospect.privacy.AddressWithheld;
import org.geoprospect.privacy.ContactRefusal;
import org.geoprospect.privacy.Objection;
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
 * office, 2 km apart, two consenting (names with French accents), three without consent; and, further
 * east, four the contact policy treats apart: H06 objected to all prospecting, H07 was last contacted in
 * 2022 (past the 3-year retention on 1 October 2026), H08 consented but has no address stored, H09
 * consented and objected to phone calls only.
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
        for (int i = 6; i <= 9; i++) {
            String code = "H0" + i;
            Map<Channel, Consent> consent = new EnumMap<>(Channel.class);
            // Undated consents: H07's last contact alone dates it.
            consent.put(Channel.POSTAL, new Consent(true, null));
            double x = office[0] + 2_000 * i;
            double[] lonLat = CoordinateTransform.between(Srids.LAMBERT_93, Srids.WGS84).transform(x, office[1]);
            LocalDate lastContact = i == 7 ? LocalDate.of(2022, 5, 1) : LocalDate.of(2026, 5, 1);
            Household h = new Household(code, lonLat[0], lonLat[1], x, office[1], "49007", List.of("hiking"), 2, "35-49",
                    "B", consent, "web_form", lastContact);
            entries.add(new HouseholdEntry(h, new HouseholdContact(code, "Prénom" + i, "Nom" + i,
                    i == 8 ? null : i + " rue Haute", i == 8 ? null : "49100", i == 8 ? null : "Angers", null, null)));
        }
        try (ProjectDatabase database = ProjectDatabase.create(project, Srids.LAMBERT_93, "Tour test")) {
            new HouseholdRepository(database).upsertAll(entries.iterator(), ProgressMonitor.NONE);
        }
        new ExportService(TODAY, "tester", "test").recordObjections(project, List.of(
                Objection.ofHousehold("H06", null, LocalDate.of(2026, 9, 1), "letter"),
                Objection.ofHousehold("H09", Channel.PHONE, LocalDate.of(2026, 9, 1), "call")));
    }

    private static TourService service() {
        return new TourService(TODAY, "tester", Locale.ENGLISH);
    }

    private static TourService.TourRequest request(DayRules rules) {
        return new TourService.TourRequest(List.of("H05", "H03", "H01", "H04", "H02"), ANGERS, null, rules, true, 1.3,
                Duration.ofMillis(200));
    }

    @Test
    void packHasEachDaysMapAndDetailMapsThenTheSheetAndHonoursConsent() throws Exception {
        Path out = dir.resolve("pack-2-a-day");
        TourService.TourPackResult result = service().writePack(project,
                request(DayRules.DEFAULT.withLimits(2, 0)), out, ProgressMonitor.NONE);
        assertEquals(5, result.stops());
        assertEquals(3, result.days().size());
        assertEquals(2, result.revealed());
        // On a line east of the office, two a day along the path: {H01, H02}, {H03, H04}, {H05}.
        assertEquals(List.of(2, 2, 1), result.days().stream().map(d -> d.stops().length).toList());

        List<String> csv = Files.readAllLines(out.resolve(TourPackWriter.CSV), StandardCharsets.UTF_8);
        assertEquals(6, csv.size());
        assertTrue(csv.get(0).startsWith("\uFEFFstop;day;arrival;kind;code;name;address;phone;interests"), csv.get(0));
        assertTrue(csv.get(0).endsWith(";commune;latitude;longitude;map_extract;pdf_page"), csv.get(0));
        String h02 = row(csv, "H02");
        assertTrue(h02.contains("Hélène Bézier-Lefèvre"), h02);
        assertTrue(h02.contains("2 rue de l'Étang, 49100 Angers"), h02);
        assertTrue(h02.contains("06 12 34 56 02"), h02);
        // Without consent: the anonymous code only, no name, address or phone; the data keep the interest code.
        String h03 = row(csv, "H03");
        assertFalse(h03.contains("Nom3") || h03.contains("Prénom3") || h03.contains("rue") || h03.contains("06 12"), h03);
        assertTrue(h03.matches("\\d;\\d;\\d\\d:\\d\\d;household;H03;;;;picnic;.*"), h03);
        // Households 2 km apart: each has a detail map of its own (800 m across), lettered in visiting order; every
        // day's map page is followed by one page of its (at most two) detail maps: day d on pages 2d - 1 and 2d.
        String[] cells = h03.split(";", -1);
        int day = Integer.parseInt(cells[1]);
        int position = result.visits().indexOf(result.visits().stream().filter(v -> v.code().equals("H03")).findFirst()
                .orElseThrow()) - result.days().subList(0, day - 1).stream().mapToInt(d -> d.stops().length).sum();
        String extract = day + String.valueOf((char) ('A' + position));
        assertEquals(List.of("Angers", latLon("H03")[0], latLon("H03")[1], extract, Integer.toString(2 * day)),
                List.of(cells[14], cells[15], cells[16], cells[17], cells[18]));

        try (PDDocument pdf = Loader.loadPDF(out.resolve(TourPackWriter.PDF).toFile())) {
            // Day 1: its map (p. 1) and one page of 2 detail maps (p. 2); day 2: p. 3 and 4; day 3: p. 5 and 6; sheet p. 7.
            assertEquals(7, pdf.getNumberOfPages());
            assertEquals(result.files().pdfPages(), pdf.getNumberOfPages());
            String firstMap = page(pdf, 1);
            assertTrue(firstMap.contains("Day 1 — 2 visits"), firstMap);
            assertTrue(firstMap.contains("Start / end"), firstMap);
            String details = page(pdf, 2);
            assertTrue(details.contains("Day 1 — detail maps 1A–1B"), details);
            assertTrue(page(pdf, 6).contains("Day 3 — detail maps 3A"), page(pdf, 6));
            String sheet = page(pdf, 7);
            assertTrue(sheet.contains("Contact sheet"), sheet);
            assertTrue(sheet.contains("Hélène Bézier-Lefèvre"), sheet);
            assertTrue(sheet.contains("2 rue de l'Étang, 49100 Angers"), sheet);
            assertFalse(sheet.contains("Nom3"), sheet);
            // No address may be printed for H03: its commune and position instead, and where its map is.
            assertTrue(sheet.contains("H03 Angers · " + latLon("H03")[0] + ", " + latLon("H03")[1] + " Picnic p. " + 2 * day
                    + ", " + extract), sheet);
            assertFalse(sheet.contains("picnic"), "interests as words, never codes: " + sheet);
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
    void aFrenchPackSpeaksFrench() throws Exception {
        Path out = dir.resolve("pack-fr");
        new TourService(TODAY, "tester", Locale.FRENCH).writePack(project, request(DayRules.DEFAULT.withLimits(2, 0)),
                out, ProgressMonitor.NONE);
        try (PDDocument pdf = Loader.loadPDF(out.resolve(TourPackWriter.PDF).toFile())) {
            assertTrue(page(pdf, 1).contains("Jour 1 — 2 visites"), page(pdf, 1));
            assertTrue(page(pdf, 1).contains("Départ / arrivée"), page(pdf, 1));
            String sheet = page(pdf, 7);
            assertTrue(sheet.contains("Feuille de contacts — Tournée de 5 étapes"), sheet);
            assertTrue(sheet.contains("Pique-nique"), sheet);
        }
    }

    @Test
    void screeningSaysWhoIsLeftOutAndWhoIsVisitedWithoutAnAddressAndWhy() {
        TourScreening screening = service().screen(project, List.of("H09", "H08", "H07", "H06", "H03", "H02"));
        assertEquals(List.of("H09", "H08", "H03", "H02"), screening.listed());
        assertEquals(List.of(new TourScreening.LeftOut("H07", ContactRefusal.RETENTION_EXPIRED),
                new TourScreening.LeftOut("H06", ContactRefusal.OBJECTION)), screening.leftOut());
        assertEquals(List.of(new TourScreening.WithoutAddress("H09", AddressWithheld.CHANNEL_OBJECTION),
                new TourScreening.WithoutAddress("H08", AddressWithheld.NO_CONTACT_DETAILS),
                new TourScreening.WithoutAddress("H03", AddressWithheld.NO_VISIT_CONSENT)), screening.withoutAddress());
    }

    @Test
    void aPlannedTourIsWrittenWithItsDaysOrderAndTimesAsTheyAre() throws Exception {
        Path out = dir.resolve("pack-planned");
        // Deliberately poor order and times no planner would give: the pack must not plan or schedule again.
        TourService.PlannedTour tour = new TourService.PlannedTour(office(), null, List.of(
                new TourService.PlannedDay(List.of("H05", "H01"), List.of(LocalTime.of(10, 7), LocalTime.of(11, 43)),
                        31_000, LocalTime.of(12, 30)),
                new TourService.PlannedDay(List.of("H02", "H04", "H03"),
                        List.of(LocalTime.of(9, 11), LocalTime.of(9, 59), LocalTime.of(14, 2)), 12_000, LocalTime.of(15, 0))),
                false, false);
        TourService.TourPackResult result = service().writePlannedPack(project, tour, out, ProgressMonitor.NONE);
        assertEquals(2, result.days().size());
        List<String> csv = Files.readAllLines(out.resolve(TourPackWriter.CSV), StandardCharsets.UTF_8);
        List<String> stops = csv.subList(1, csv.size()).stream()
                .map(line -> String.join(";", List.of(line.split(";")).subList(0, 5))).toList();
        assertEquals(List.of("1;1;10:07;household;H05", "2;1;11:43;household;H01", "3;2;09:11;household;H02",
                "4;2;09:59;household;H04", "5;2;14:02;household;H03"), stops);
        try (PDDocument pdf = Loader.loadPDF(out.resolve(TourPackWriter.PDF).toFile())) {
            assertTrue(page(pdf, 1).contains("31.0 km of travel, first arrival 10:07, back at 12:30"), page(pdf, 1));
        }
    }

    @Test
    void aPlannedTourWithAStopThePolicyNowLeavesOutIsRefusedNotReSequenced() {
        Path out = dir.resolve("pack-refused");
        TourService.PlannedTour tour = new TourService.PlannedTour(office(), null, List.of(
                new TourService.PlannedDay(List.of("H01", "H06"), List.of(LocalTime.of(9, 5), LocalTime.of(9, 50)),
                        20_000, LocalTime.of(10, 40))), false, false);
        UserFacingException e = assertThrows(UserFacingException.class,
                () -> service().writePlannedPack(project, tour, out, ProgressMonitor.NONE));
        assertEquals("Since this tour was planned, the contact policy leaves out 1 of its stops (1 objected to "
                + "prospecting); plan the tour again to see who and why, so that the pack is the tour shown.", e.getMessage());
        assertFalse(Files.exists(out.resolve(TourPackWriter.CSV)), "no pack is written");
    }

    @Test
    void theCommandLinePlansOnlyTheListedStops() throws Exception {
        TourService.TourRequest request = new TourService.TourRequest(List.of("H06", "H01", "H07", "H02"), ANGERS, null,
                DayRules.DEFAULT, true, 1.3, Duration.ofMillis(100));
        TourService.TourPackResult result = service().writePack(project, request, dir.resolve("pack-screened"),
                ProgressMonitor.NONE);
        assertEquals(2, result.stops());
        assertEquals(2, result.excluded());
        assertEquals(List.of("H01", "H02"), result.visits().stream().map(org.geoprospect.tour.TourStop::code).toList());
    }

    @Test
    void aPackKilledBetweenItsAuditRowAndItsFilesIsFinishedWhenTheLogIsRead() throws Exception {
        Path out = dir.resolve("pack-interrupted");
        service().writePack(project, request(DayRules.DEFAULT), out, ProgressMonitor.NONE);
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
    void workingHoursDecideTheArrivals() throws Exception {
        // 60 km/h with a 1.0 detour: H01 is 2 km from the office (2 min), each next one 2 km further.
        DayRules rules = new DayRules(LocalTime.of(9, 0), LocalTime.of(18, 0), Duration.ofMinutes(20), 60, 0, 0);
        TourService.TourRequest request = new TourService.TourRequest(List.of("H01", "H02", "H03"), ANGERS, null,
                rules, true, 1.0, Duration.ofMillis(100));
        TourService.TourPackResult result = service().writePack(project, request,
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
        UserFacingException e = assertThrows(UserFacingException.class, () -> service()
                .writePack(project, request, dir.resolve("never"), ProgressMonitor.NONE));
        assertTrue(e.getMessage().startsWith("The code 'NOPE' is neither"), e.getMessage());
    }

    private static double[] office() {
        return CoordinateTransform.between(Srids.WGS84, Srids.LAMBERT_93).transform(ANGERS[0], ANGERS[1]);
    }

    /** The household's latitude and longitude as the pack prints them (five decimals), worked from how it was made. */
    private static String[] latLon(String code) {
        int i = Integer.parseInt(code.substring(1));
        double[] lonLat = CoordinateTransform.between(Srids.LAMBERT_93, Srids.WGS84).transform(office()[0] + 2_000 * i,
                office()[1]);
        return new String[] {String.format(Locale.ROOT, "%.5f", lonLat[1]), String.format(Locale.ROOT, "%.5f", lonLat[0])};
    }

    private static String page(PDDocument pdf, int page) throws java.io.IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }

    private static String row(List<String> csv, String code) {
        return csv.stream().filter(l -> l.contains(";" + code + ";")).findFirst().orElseThrow();
    }
}

package org.geoprospect.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.geoprospect.geo.Commune;
import org.geoprospect.geo.Srids;
import org.geoprospect.io.csv.ClientCsvReader;
import org.geoprospect.io.csv.CompetitorCsvReader;
import org.geoprospect.io.csv.HouseholdCsvReader;
import org.geoprospect.io.csv.HouseholdRow;
import org.geoprospect.model.CancelledException;
import org.geoprospect.model.Channel;
import org.geoprospect.model.Client;
import org.geoprospect.model.Competitor;
import org.geoprospect.model.Consent;
import org.geoprospect.model.ContactCategory;
import org.geoprospect.model.Household;
import org.geoprospect.model.Interests;
import org.geoprospect.model.ProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV side of the demo generator (no shapefile writing, see SampleGeneratorFilesTest). */
class SampleDataGenerationTest {
    private static final int HOUSEHOLDS = 5_000;
    private static SampleGenerator generator;
    private static List<HouseholdRow> rows;

    @TempDir
    Path dir;

    @BeforeAll
    static void generateOnce() {
        generator = new SampleGenerator(HOUSEHOLDS, SampleGenerator.DEFAULT_SEED);
        HouseholdGenerator stream = generator.householdStream();
        rows = new ArrayList<>();
        for (int i = 0; i < HOUSEHOLDS; i++) {
            rows.add(stream.next());
        }
    }

    @Test
    void sameSeedGivesIdenticalBytesAndAnotherSeedDifferentOnes() throws IOException {
        Path first = dir.resolve("a");
        Path second = dir.resolve("b");
        Path other = dir.resolve("c");
        new SampleGenerator(2_000, 7).writeSampleData(first, ProgressMonitor.NONE);
        new SampleGenerator(2_000, 7).writeSampleData(second, ProgressMonitor.NONE);
        new SampleGenerator(2_000, 8).writeSampleData(other, ProgressMonitor.NONE);
        for (String name : List.of("households.csv", "clients.csv", "competitors.csv")) {
            assertArrayEquals(Files.readAllBytes(first.resolve(name)), Files.readAllBytes(second.resolve(name)), name);
            assertFalse(java.util.Arrays.equals(Files.readAllBytes(first.resolve(name)), Files.readAllBytes(other.resolve(name))), name);
        }
    }

    @Test
    void writesAsManyHouseholdsAsAskedAndReportsProgress() throws IOException {
        AtomicLong lastDone = new AtomicLong();
        ProgressMonitor monitor = new ProgressMonitor() {
            @Override
            public void progress(long done, long total) {
                lastDone.set(done);
                assertEquals(25_000, total);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        SampleGenerator.Result result = new SampleGenerator(25_000, 3).writeSampleData(dir, monitor);
        assertEquals(25_001, Files.readAllLines(result.households()).size());
        assertEquals(25_000, lastDone.get());
    }

    @Test
    void cancellingRemovesThePartialHouseholdsFile() {
        ProgressMonitor cancelled = new ProgressMonitor() {
            @Override
            public void progress(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(CancelledException.class, () -> new SampleGenerator(20_000, 3).writeSampleData(dir, cancelled));
        assertFalse(Files.exists(dir.resolve("households.csv")));
    }

    @Test
    void nthHouseholdDoesNotDependOnTheCount() {
        HouseholdGenerator stream = new SampleGenerator(10, SampleGenerator.DEFAULT_SEED).householdStream();
        for (int i = 0; i < 10; i++) {
            assertEquals(rows.get(i), stream.next());
        }
    }

    @Test
    void csvRoundTripGivesTheGeneratedRecords() throws IOException {
        new SampleGenerator(HOUSEHOLDS, SampleGenerator.DEFAULT_SEED).writeSampleData(dir, ProgressMonitor.NONE);
        List<HouseholdRow> read = new ArrayList<>();
        HouseholdCsvReader.readAll(dir.resolve("households.csv"), Srids.LAMBERT_93, ProgressMonitor.NONE, read::add);
        assertEquals(rows, read);
        assertEquals(generator.clients(), ClientCsvReader.read(dir.resolve("clients.csv"), Srids.LAMBERT_93));
        assertEquals(generator.competitors(), CompetitorCsvReader.read(dir.resolve("competitors.csv"), Srids.LAMBERT_93));
    }

    @Test
    void everyHouseholdLiesInsideTheTerritory() {
        DemoTerritory territory = generator.territory();
        for (HouseholdRow row : rows) {
            Household h = row.household();
            assertTrue(territory.contains(h.x(), h.y()), h.anonCode() + " lies outside the territory");
        }
    }

    @Test
    void householdsFollowCommunePopulation() {
        Map<String, Integer> perCommune = new TreeMap<>();
        rows.forEach(r -> perCommune.merge(r.household().communeInsee(), 1, Integer::sum));
        String busiest = perCommune.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertEquals("49007", busiest, "Angers, the most populous commune, has the most households");
        List<Commune> communes = generator.territory().communes();
        double total = communes.stream().mapToDouble(Commune::population).sum();
        for (String insee : List.of("49007", "49099", "49328")) {
            Commune commune = communes.get(generator.territory().indexOf(insee));
            double expected = HOUSEHOLDS * commune.population() / total;
            double actual = perCommune.getOrDefault(insee, 0);
            assertTrue(Math.abs(actual - expected) < 0.2 * expected, insee + ": " + actual + " households, expected about " + expected);
        }
    }

    @Test
    void personalFieldsOnlyWhereAConsentExists() {
        int withContact = 0;
        for (HouseholdRow row : rows) {
            boolean consenting = row.household().consents().values().stream().anyMatch(Consent::granted);
            assertEquals(consenting, row.contact() != null, row.household().anonCode());
            if (row.contact() != null) {
                withContact++;
                assertNotNull(row.contact().lastName());
                if (row.contact().email() != null) {
                    assertTrue(row.contact().email().endsWith("@example.org"));
                }
                if (row.contact().phone() != null) {
                    assertTrue(row.contact().phone().startsWith("01 99 00 "));
                }
            } else {
                assertNull(row.household().consentSource());
            }
        }
        assertTrue(withContact > HOUSEHOLDS / 10 && withContact < HOUSEHOLDS / 3, "a consenting minority: " + withContact);
    }

    @Test
    void attributesStayWithinTheirVocabularies() {
        int picnic = 0;
        int retentionCandidates = 0;
        for (HouseholdRow row : rows) {
            Household h = row.household();
            assertTrue(h.interests().size() >= 1 && h.interests().size() <= 4);
            assertTrue(Interests.VOCABULARY.containsAll(h.interests()));
            assertTrue(h.householdSize() >= 1 && h.householdSize() <= 6);
            assertTrue(HouseholdProfiles.AGE_BANDS.contains(h.ageBand()));
            assertTrue(HouseholdProfiles.INCOME_BANDS.contains(h.incomeBand()));
            assertEquals(Channel.values().length, h.consents().size());
            picnic += h.interests().contains("picnic") ? 1 : 0;
            if (h.lastContactDate() != null && h.lastContactDate().isBefore(SampleGenerator.REFERENCE_DATE.minusYears(3))) {
                retentionCandidates++;
            }
        }
        assertTrue(picnic > HOUSEHOLDS / 10, "picnic is common: " + picnic);
        assertTrue(retentionCandidates > HOUSEHOLDS / 20, "some contacts are older than 3 years: " + retentionCandidates);
    }

    @Test
    void clientFileHoldsExactly116ClientsBesideTheOtherCategories() {
        List<Client> clients = generator.clients();
        Map<ContactCategory, Integer> perCategory = new EnumMap<>(ContactCategory.class);
        clients.forEach(c -> perCategory.merge(c.category(), 1, Integer::sum));
        assertEquals(ContactCategory.values().length, perCategory.size(), "every category is present");
        assertEquals(116, perCategory.get(ContactCategory.CLIENT), "the source article's 116 clients");
        assertEquals(160, clients.size(), "116 clients and 44 contacts of the other categories");
        assertEquals(clients.size(), clients.stream().map(Client::code).distinct().count());
        assertEquals(clients.size(), clients.stream().map(Client::name).distinct().count());
        assertTrue(clients.stream().anyMatch(c -> c.invoiceCount() >= 40 && c.grossMargin() < 0.1 * c.revenue()),
                "some clients have many small invoices and a low margin");
        assertTrue(clients.stream().anyMatch(c -> c.revenue() >= 250_000), "some big accounts");
        for (Client c : clients) {
            assertTrue(generator.territory().contains(c.x(), c.y()), c.code());
            if (c.lastOrderDate() != null) {
                assertFalse(c.lastOrderDate().isBefore(c.firstOrderDate()), c.code());
            }
        }
    }

    @Test
    void exactlyOneCompetitorLiesOutsideTheTerritory() {
        List<Competitor> competitors = generator.competitors();
        assertTrue(competitors.size() >= 5 && competitors.size() <= 8);
        List<Competitor> outside = competitors.stream().filter(c -> !generator.territory().contains(c.x(), c.y())).toList();
        assertEquals(1, outside.size());
        double distanceToBorder = generator.territory().outline().getExteriorRing()
                .distance(generator.territory().factory().createPoint(new org.locationtech.jts.geom.Coordinate(outside.get(0).x(), outside.get(0).y())));
        assertTrue(distanceToBorder < 15_000, "just outside: " + distanceToBorder + " m");
    }
}

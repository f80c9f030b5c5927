package org.geoprospect.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Set;
import org.geoprospect.geo.Srids;
import org.geoprospect.model.CancelledException;
import org.geoprospect.model.Channel;
import org.geoprospect.model.Household;
import org.geoprospect.model.HouseholdContact;
import org.geoprospect.model.ProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HouseholdRepositoryTest {
    @TempDir
    Path temp;
    private ProjectDatabase database;
    private HouseholdRepository households;
    private HouseholdContactRepository contacts;

    @BeforeEach
    void createProject() {
        database = ProjectDatabase.create(temp.resolve("households"), Srids.LAMBERT_93, "Households");
        households = new HouseholdRepository(database);
        contacts = new HouseholdContactRepository(database);
    }

    @AfterEach
    void closeProject() {
        database.close();
    }

    @Test
    void householdsRoundTripWithConsentsInterestsAndDates() {
        Household h = TestHouseholds.household("H-1", 1, "B");
        households.upsertAll(List.of(HouseholdEntry.withoutContact(h)).iterator(), ProgressMonitor.NONE);
        Household loaded = households.find("H-1").orElseThrow();
        assertEquals(h, loaded);
        assertEquals(List.of("picnic", "mountain_bike"), loaded.interests());
        assertTrue(loaded.consent(Channel.EMAIL).granted());
        assertFalse(loaded.consent(Channel.PHONE).granted());
        assertTrue(households.find("nobody").isEmpty());
    }

    @Test
    void upsertingTwiceUpdatesWithoutDuplicates() {
        assertEquals(12_000, households.upsertAll(TestHouseholds.entries(12_000, "A"), ProgressMonitor.NONE));
        assertEquals(12_000, households.upsertAll(TestHouseholds.entries(12_000, "C"), ProgressMonitor.NONE));
        assertEquals(12_000, households.count());
        assertEquals("C", households.find("H0011999").orElseThrow().incomeBand());
        assertEquals("C", households.find("H0000000").orElseThrow().incomeBand());
        households.upsertAll(List.of(HouseholdEntry.withoutContact(TestHouseholds.household("NEW", 5, "D"))).iterator(),
                ProgressMonitor.NONE);
        assertEquals(12_001, households.count(), "a partial re-import adds new codes and keeps the others");
    }

    @Test
    void aCodeRepeatedInOneImportKeepsItsLastEntry() {
        List<HouseholdEntry> entries = List.of(
                HouseholdEntry.withoutContact(TestHouseholds.household("DUP", 1, "A")),
                HouseholdEntry.withoutContact(TestHouseholds.household("OTHER", 2, "A")),
                new HouseholdEntry(TestHouseholds.household("DUP", 3, "Z"), TestHouseholds.contact("DUP")));
        assertEquals(3, households.upsertAll(entries.iterator(), ProgressMonitor.NONE));
        assertEquals(2, households.count());
        assertEquals("Z", households.find("DUP").orElseThrow().incomeBand());
    }

    @Test
    void contactFieldsAreStoredOnlyInTheContactTable() throws SQLException {
        households.upsertAll(TestHouseholds.entries(30, "A"), ProgressMonitor.NONE);
        HouseholdContact expected = TestHouseholds.contact("H0000003");
        assertEquals(expected, contacts.find("H0000003").orElseThrow());
        assertTrue(contacts.find("H0000001").isEmpty(), "household 1 came without contact fields");
        assertEquals(Set.of("H0000000", "H0000003"), contacts.findAll(List.of("H0000000", "H0000001", "H0000003")).keySet());

        Set<String> householdColumns = columns("HOUSEHOLD");
        for (String personal : List.of("FIRST_NAME", "LAST_NAME", "ADDRESS", "POSTAL_CODE", "CITY", "PHONE", "EMAIL")) {
            assertFalse(householdColumns.contains(personal), personal + " must not be a household column");
            assertTrue(columns("HOUSEHOLD_CONTACT").contains(personal));
        }
        try (Connection c = database.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM household")) {
            while (rs.next()) {
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    String value = rs.getString(i);
                    assertFalse(value != null && (value.contains("Martin") || value.contains("@example.org")),
                            "a personal value leaked into household." + rs.getMetaData().getColumnName(i));
                }
            }
        }
    }

    @Test
    void thePositionPrecisionIsStoredPerHousehold() {
        Iterator<HouseholdEntry> entries = TestHouseholds.entries(3, "A");
        List<HouseholdEntry> placed = new java.util.ArrayList<>();
        while (entries.hasNext()) {
            HouseholdEntry entry = entries.next();
            boolean byCommune = entry.household().anonCode().endsWith("1");
            placed.add(new HouseholdEntry(entry.household(), entry.contact(), byCommune ? HouseholdEntry.COMMUNE : HouseholdEntry.EXACT));
        }
        households.upsertAll(placed.iterator(), ProgressMonitor.NONE);
        assertEquals(Optional.of("exact"), households.positionPrecision("H0000000"));
        assertEquals(Optional.of("commune"), households.positionPrecision("H0000001"));
        assertEquals(Optional.empty(), households.positionPrecision("nobody"));
    }

    @Test
    void anEntryWithoutContactLeavesTheStoredContact() {
        households.upsertAll(TestHouseholds.entries(3, "A"), ProgressMonitor.NONE);
        households.upsertAll(List.of(HouseholdEntry.withoutContact(TestHouseholds.household("H0000000", 0, "B"))).iterator(),
                ProgressMonitor.NONE);
        assertTrue(contacts.find("H0000000").isPresent());
        HouseholdContact moved = new HouseholdContact("H0000000", "Jeanne", "Martin", "2 place Bellecour", "69002",
                "Lyon", null, null);
        households.upsertAll(List.of(new HouseholdEntry(TestHouseholds.household("H0000000", 0, "B"), moved)).iterator(),
                ProgressMonitor.NONE);
        assertEquals(moved, contacts.find("H0000000").orElseThrow());
    }

    @Test
    void cancellingInTheMiddleOfABulkUpsertLeavesTheDatabaseAsBefore() {
        households.upsertAll(TestHouseholds.entries(100, "A"), ProgressMonitor.NONE);
        List<Long> reported = new ArrayList<>();
        ProgressMonitor cancelAtSecondBatch = new ProgressMonitor() {
            @Override
            public void progress(long done, long total) {
                reported.add(done);
            }

            @Override
            public boolean isCancelled() {
                return reported.size() >= 2;
            }
        };
        assertThrows(CancelledException.class,
                () -> households.upsertAll(TestHouseholds.entries(20_000, "Z"), cancelAtSecondBatch));
        assertEquals(List.of(5_000L, 10_000L), reported, "cancel is seen between batches");
        assertEquals(100, households.count());
        assertEquals("A", households.find("H0000050").orElseThrow().incomeBand(), "updated rows were rolled back");
        assertEquals(34, new StatsRepository(database).stats().contacts(), "contacts rolled back too");
    }

    @Test
    void forEachStreamsEveryHouseholdOnce() {
        households.upsertAll(TestHouseholds.entries(25_000, "A"), ProgressMonitor.NONE);
        Set<String> seen = new HashSet<>();
        long read = households.forEach(h -> assertTrue(seen.add(h.anonCode())), ProgressMonitor.NONE);
        assertEquals(25_000, read);
        assertEquals(25_000, seen.size());
    }

    @Test
    void theSpatialIndexIsDeferredUntilAsked() throws SQLException {
        households.upsertAll(TestHouseholds.entries(2_000, "A"), ProgressMonitor.NONE);
        assertFalse(households.hasSpatialIndex());
        households.createSpatialIndex();
        households.createSpatialIndex();
        assertTrue(households.hasSpatialIndex());
        try (Connection c = database.connect();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM household WHERE geom && ST_MakeEnvelope(?, ?, ?, ?, 2154)")) {
            ps.setDouble(1, 840_000);
            ps.setDouble(2, 6_500_000);
            ps.setDouble(3, 840_095);
            ps.setDouble(4, 6_500_015);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertEquals(20, rs.getInt(1), "10 columns x 2 rows of the 10 m grid fall in the box");
            }
        }
        households.upsertAll(TestHouseholds.entries(2_100, "B"), ProgressMonitor.NONE);
        assertEquals(2_100, households.count(), "imports still work with the index");
    }

    @Test
    void compactingShrinksTheFileAndKeepsTheData() throws Exception {
        households.upsertAll(TestHouseholds.entries(20_000, "A"), ProgressMonitor.NONE);
        households.upsertAll(TestHouseholds.entries(20_000, "B"), ProgressMonitor.NONE);
        Path file = database.directory().resolve(ProjectDatabase.DATABASE_FILE_NAME);
        long before = java.nio.file.Files.size(file);
        database.compactAndClose();
        assertTrue(java.nio.file.Files.size(file) < before, "compaction shrinks the file");
        database = ProjectDatabase.open(database.directory());
        assertEquals(20_000, new HouseholdRepository(database).count());
        assertEquals("B", new HouseholdRepository(database).find("H0000042").orElseThrow().incomeBand());
    }

    private Set<String> columns(String table) throws SQLException {
        Set<String> names = new HashSet<>();
        try (Connection c = database.connect();
             PreparedStatement ps = c.prepareStatement("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = ?")) {
            ps.setString(1, table.toUpperCase(Locale.ROOT));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }

    @Test
    void rowRangesReadOneAfterTheOtherGiveWhatOnePassGives() {
        households.upsertAll(TestHouseholds.entries(1_003, "B"), ProgressMonitor.NONE);
        java.util.List<String> onePass = new java.util.ArrayList<>();
        households.forEach(h -> onePass.add(h.anonCode()), ProgressMonitor.NONE);
        for (int parts : new int[] {1, 2, 3, 7}) {
            java.util.List<HouseholdRepository.RowRange> ranges = households.split(parts);
            assertEquals(parts, ranges.size());
            java.util.List<String> joined = new java.util.ArrayList<>();
            for (HouseholdRepository.RowRange range : ranges) {
                households.forEachIn(range, h -> joined.add(h.anonCode()), ProgressMonitor.NONE);
            }
            assertEquals(onePass, joined, parts + " parts");
        }
    }

    @Test
    void anEmptyTableHasNoRanges() {
        assertEquals(java.util.List.of(), households.split(2));
    }
}

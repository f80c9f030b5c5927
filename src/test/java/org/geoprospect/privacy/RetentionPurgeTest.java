package org.geoprospect.privacy;

import static org.geoprospect.privacy.Fixtures.clockAt;
import static org.geoprospect.privacy.Fixtures.contact;
import static org.geoprospect.privacy.Fixtures.household;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.geoprospect.model.Channel;
import org.geoprospect.model.Consent;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.store.ExportLogEntry;
import org.geoprospect.store.ExportLogRepository;
import org.geoprospect.store.HouseholdContactRepository;
import org.geoprospect.store.HouseholdEntry;
import org.geoprospect.store.HouseholdRepository;
import org.geoprospect.store.ProjectDatabase;
import org.geoprospect.store.RetentionRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetentionPurgeTest {
    @TempDir
    Path temp;
    private ProjectDatabase database;

    @BeforeEach
    void createProject() throws Exception {
        database = ProjectFixture.create(temp.resolve("p"), List.of(
                new HouseholdEntry(household("HP01", Map.of(), LocalDate.of(2023, 5, 10)), contact("HP01")),
                new HouseholdEntry(household("HP02", Map.of(), LocalDate.of(2023, 5, 11)), contact("HP02")),
                new HouseholdEntry(household("HP03", Map.of(Channel.EMAIL, new Consent(true, LocalDate.of(2025, 1, 1))),
                        LocalDate.of(2021, 1, 1)), contact("HP03")),
                HouseholdEntry.withoutContact(household("HP04", Map.of(), null))));
        // HP04 has no recorded date: it ages from the day it entered the project.
        ProjectFixture.sql(database, "UPDATE household SET collected_on = DATE '2023-05-01' WHERE anon_code = 'HP04'");
        new ObjectionRegister(database, clockAt(LocalDate.of(2024, 1, 1)))
                .record(List.of(Objection.ofHousehold("HP01", null, null, "ui")));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private RetentionPurge purgeOn(LocalDate day) {
        return new RetentionPurge(database, RetentionRule.standard(), clockAt(day), "analyst");
    }

    @Test
    void aDryRunListsExactlyTheHouseholdsPastRetentionAtTheBoundary() {
        assertEquals(List.of("HP04"), purgeOn(LocalDate.of(2026, 5, 10)).plan(ProgressMonitor.NONE).due(),
                "HP01 is exactly 3 years old on 2026-05-10: kept");
        PurgePlan plan = purgeOn(LocalDate.of(2026, 5, 11)).plan(ProgressMonitor.NONE);
        assertEquals(List.of("HP01", "HP04"), plan.due());
        assertEquals(4, plan.scanned());
        assertEquals(LocalDate.of(2023, 5, 11), plan.oldestKept());
        assertEquals(4, new HouseholdRepository(database).count(), "a dry run changes nothing");
        assertTrue(new ExportLogRepository(database).all().isEmpty(), "a dry run logs nothing");
    }

    @Test
    void aPurgeDeletesHouseholdsAndContactsKeepsObjectionsAndLogsWithoutCodes() {
        PurgeResult result = purgeOn(LocalDate.of(2026, 5, 11)).run(ProgressMonitor.NONE);
        assertEquals(2, result.deleted());
        HouseholdRepository households = new HouseholdRepository(database);
        assertEquals(2, households.count());
        assertTrue(households.find("HP01").isEmpty());
        assertTrue(new HouseholdContactRepository(database).find("HP01").isEmpty(), "contact fields gone too");
        assertTrue(households.find("HP02").isPresent());
        assertEquals(1, new ObjectionRegister(database, clockAt(LocalDate.of(2026, 5, 11))).count(), "objections kept");
        List<ExportLogEntry> log = new ExportLogRepository(database).all();
        assertEquals(1, log.size());
        ExportLogEntry row = log.get(0);
        assertEquals(ExportLogEntry.PURGE, row.action());
        assertEquals(2, row.count());
        assertEquals("analyst", row.osUser());
        assertTrue(row.detailsJson().contains("\"referenceBefore\":\"2023-05-11\""), row.detailsJson());
        assertFalse((row + row.detailsJson()).contains("HP0"), "the log names no household");
        assertEquals(List.of(), purgeOn(LocalDate.of(2026, 5, 11)).plan(ProgressMonitor.NONE).due());
    }

    @Test
    void aReimportKeepsTheCollectionDate() {
        new HouseholdRepository(database).upsertAll(
                List.of(HouseholdEntry.withoutContact(household("HP04", Map.of(), null))).iterator(), ProgressMonitor.NONE);
        assertEquals(Map.of("HP04", LocalDate.of(2023, 5, 1)),
                new RetentionRepository(database).collectionDates(List.of("HP04", "unknown")));
    }

    @Test
    void aNewHouseholdIsCollectedToday() {
        LocalDate collected = new RetentionRepository(database).collectionDates(List.of("HP02")).get("HP02");
        assertEquals(LocalDate.now(), collected);
    }

    @Test
    void theProjectsRetentionPeriodIsStored() {
        RetentionRepository repository = new RetentionRepository(database);
        assertTrue(repository.retentionPeriod().isEmpty());
        repository.setRetentionPeriod("P2Y");
        assertEquals("P2Y", repository.retentionPeriod().orElseThrow());
    }
}

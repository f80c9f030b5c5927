package org.geoprospect.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.geoprospect.geo.Srids;
import org.geoprospect.model.Channel;
import org.geoprospect.model.ContactDirection;
import org.geoprospect.model.ContactEvent;
import org.geoprospect.model.ContactOutcome;
import org.geoprospect.model.ContactSubjectKind;
import org.geoprospect.model.Consent;
import org.geoprospect.model.Household;
import org.geoprospect.model.HouseholdContact;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.privacy.ExportRequest;
import org.geoprospect.privacy.ExportResult;
import org.geoprospect.privacy.Objection;
import org.geoprospect.store.ContactHistoryRepository;
import org.geoprospect.store.HouseholdEntry;
import org.geoprospect.store.HouseholdRepository;
import org.geoprospect.store.ProjectDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportServiceTest {
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 3, 1).atStartOfDay().toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);

    @TempDir
    Path temp;
    private Path project;

    @BeforeEach
    void createProject() {
        project = temp.resolve("p");
        try (ProjectDatabase db = ProjectDatabase.create(project, Srids.LAMBERT_93, "P")) {
            new HouseholdRepository(db).upsertAll(List.of(
                    entry("HS1", new Consent(true, LocalDate.of(2025, 1, 1)), LocalDate.of(2025, 2, 1)),
                    entry("HS2", new Consent(true, LocalDate.of(2025, 1, 1)), LocalDate.of(2025, 2, 1)),
                    entry("HS3", Consent.NONE, LocalDate.of(2023, 6, 1))).iterator(), ProgressMonitor.NONE);
        }
    }

    private static HouseholdEntry entry(String code, Consent email, LocalDate lastContact) {
        Map<Channel, Consent> consents = new EnumMap<>(Channel.class);
        consents.put(Channel.EMAIL, email);
        Household h = new Household(code, -0.5, 47.4, 430_000, 6_710_000, "49007", List.of("picnic"), 2, "35-49", "B",
                consents, "shop", lastContact);
        return new HouseholdEntry(h, new HouseholdContact(code, "A", "B", "1 rue C", "49000", "Angers", null,
                code.toLowerCase() + "@example.org"));
    }

    @Test
    void exportsTheSelectionHonouringRecordedObjectionsAndLogsIt() {
        ExportService service = new ExportService(CLOCK, "analyst", "test");
        assertEquals(1, service.recordObjections(project, List.of(Objection.ofHousehold("HS2", null, null, "ui"))));
        Path out = temp.resolve("list.csv");
        ExportResult result = service.export(project, ExportService.Selection.codes(List.of("HS1", "HS2", "HS3")),
                ExportRequest.contactList(Channel.EMAIL, out).withTarget("manual", Map.of("picked", 3)),
                ProgressMonitor.NONE);
        assertEquals(1, result.exported());
        assertEquals(Map.of("objection", 1L, "retention", 0L, "noConsent", 1L, "noContactDetails", 0L),
                result.excludedByKey());
        assertTrue(Files.isRegularFile(out));
        List<ExportService.AuditRow> log = service.auditLog(project);
        assertEquals(1, log.size());
        assertEquals("analyst", log.get(0).user());
        assertEquals("list.csv", log.get(0).file());
    }

    @Test
    void aContactListRecordsItsRowsAsSentAndAnAnalysisListRecordsNothing() {
        ExportService service = new ExportService(CLOCK, "analyst", "test");
        ExportResult list = service.export(project, ExportService.Selection.codes(List.of("HS1", "HS2", "HS3")),
                ExportRequest.contactList(Channel.EMAIL, temp.resolve("list.csv")), ProgressMonitor.NONE);
        service.export(project, ExportService.Selection.all(), ExportRequest.pseudonymisedList(temp.resolve("analysis.csv")),
                ProgressMonitor.NONE);
        try (ProjectDatabase db = ProjectDatabase.open(project)) {
            ContactHistoryRepository history = new ContactHistoryRepository(db);
            assertEquals(list.exported(), history.count(), "one event per exported row, none for the analysis list");
            List<ContactEvent> hs1 = history.forSubject("HS1");
            assertEquals(1, hs1.size());
            ContactEvent sent = hs1.get(0);
            assertEquals(ContactOutcome.SENT, sent.outcome());
            assertEquals(ContactDirection.OUTBOUND, sent.direction());
            assertEquals(Channel.EMAIL, sent.channel());
            assertEquals(list.auditId(), sent.exportId());
            assertEquals(CLOCK.instant(), sent.at().toInstant());
            assertEquals(List.of(), history.forSubject("HS3"), "left out (no consent): not contacted");
        }
    }

    @Test
    void aPurgeRemovesTheHouseholdsContactHistoryWithIt() {
        try (ProjectDatabase db = ProjectDatabase.open(project)) {
            new ContactHistoryRepository(db).appendAll(List.of(
                    ContactEvent.of(ContactSubjectKind.HOUSEHOLD, "HS3", Channel.PHONE, CLOCK.instant().atOffset(ZoneOffset.UTC),
                            ContactOutcome.NO_ANSWER),
                    ContactEvent.of(ContactSubjectKind.HOUSEHOLD, "HS1", Channel.PHONE, CLOCK.instant().atOffset(ZoneOffset.UTC),
                            ContactOutcome.NO_ANSWER)));
        }
        RetentionService retention = new RetentionService(CLOCK, "analyst");
        retention.setRetentionPeriod(project, "2");
        assertEquals(1, retention.purge(project, ProgressMonitor.NONE).deleted());
        try (ProjectDatabase db = ProjectDatabase.open(project)) {
            ContactHistoryRepository history = new ContactHistoryRepository(db);
            assertEquals(List.of(), history.forSubject("HS3"), "the purged household's history went with it");
            assertEquals(1, history.forSubject("HS1").size());
        }
    }

    @Test
    void anExportKilledBetweenItsAuditRowAndItsFilesIsFinishedWhenTheLogIsRead() throws Exception {
        ExportService service = new ExportService(CLOCK, "analyst", "test");
        Path out = temp.resolve("list.csv");
        service.export(project, ExportService.Selection.all(), ExportRequest.contactList(Channel.EMAIL, out),
                ProgressMonitor.NONE);
        byte[] written = Files.readAllBytes(out);
        Path sidecar = temp.resolve("list.csv.json");
        byte[] sidecarBytes = Files.readAllBytes(sidecar);
        // What a kill after the audit commit leaves: the complete files still under their staging names.
        Files.move(out, org.geoprospect.io.export.StagedFile.temporaryOf(out));
        Files.move(sidecar, org.geoprospect.io.export.StagedFile.temporaryOf(sidecar));

        assertEquals(1, service.auditLog(project).size());
        assertArrayEquals(written, Files.readAllBytes(out), "the logged file is in place, byte for byte");
        assertArrayEquals(sidecarBytes, Files.readAllBytes(sidecar));
        assertFalse(Files.exists(org.geoprospect.io.export.StagedFile.temporaryOf(out)));

        // A leftover whose bytes are not the logged ones (an unlogged, interrupted later export) stays aside.
        Files.delete(out);
        Files.writeString(org.geoprospect.io.export.StagedFile.temporaryOf(out), "half a file");
        service.auditLog(project);
        assertFalse(Files.exists(out), "only the bytes the log vouches for are published");
    }

    @Test
    void anUnwritableFileIsOneSentence() {
        ExportService service = new ExportService(CLOCK, "analyst", "test");
        UserFacingException e = assertThrows(UserFacingException.class, () -> service.export(project,
                ExportService.Selection.all(), ExportRequest.contactList(Channel.EMAIL, temp.resolve("none/x.csv")),
                ProgressMonitor.NONE));
        assertTrue(e.getMessage().contains("could not be written"), e.getMessage());
    }

    @Test
    void purgeDryRunThenRunUseTheProjectsPeriod() {
        RetentionService retention = new RetentionService(CLOCK, "analyst");
        assertEquals(List.of(), retention.due(project, ProgressMonitor.NONE).due(), "HS3: 2023-06-01 + 3 years is after today");
        retention.setRetentionPeriod(project, "2");
        assertEquals(List.of("HS3"), retention.due(project, ProgressMonitor.NONE).due());
        assertEquals(1, retention.purge(project, ProgressMonitor.NONE).deleted());
        assertEquals("purge", new ExportService(CLOCK, "analyst", "test").auditLog(project).get(0).action());
        assertThrows(UserFacingException.class, () -> retention.setRetentionPeriod(project, "three years"));
    }

    @Test
    void aPurgeLeavesNoTraceOfThePurgedContactInTheProjectFile() throws Exception {
        Path file = project.resolve(ProjectDatabase.DATABASE_FILE_NAME);
        byte[] email = "hs3@example.org".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(contains(Files.readAllBytes(file), email), "by construction the email is in the file before");
        RetentionService retention = new RetentionService(CLOCK, "analyst");
        retention.setRetentionPeriod(project, "2");
        assertEquals(1, retention.purge(project, ProgressMonitor.NONE).deleted());
        assertFalse(contains(Files.readAllBytes(file), email), "no superseded page keeps the purged contact");
        assertTrue(contains(Files.readAllBytes(file), "hs1@example.org".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "the households kept are still there");
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}

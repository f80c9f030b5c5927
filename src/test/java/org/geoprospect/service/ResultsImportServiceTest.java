package org.geoprospect.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import org.geoprospect.model.CancelledException;
import org.geoprospect.model.Channel;
import org.geoprospect.model.Consent;
import org.geoprospect.model.ContactDirection;
import org.geoprospect.model.ContactEvent;
import org.geoprospect.model.ContactOutcome;
import org.geoprospect.model.Household;
import org.geoprospect.model.HouseholdContact;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.privacy.ExportRequest;
import org.geoprospect.privacy.ExportResult;
import org.geoprospect.store.ContactHistoryRepository;
import org.geoprospect.store.HouseholdEntry;
import org.geoprospect.store.HouseholdRepository;
import org.geoprospect.store.ProjectDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsImportServiceTest {
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 3, 10).atStartOfDay().toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);

    @TempDir
    Path temp;
    private Path project;
    private final ResultsImportService service = new ResultsImportService(CLOCK);

    @BeforeEach
    void createProject() {
        project = temp.resolve("p");
        try (ProjectDatabase db = ProjectDatabase.create(project, Srids.LAMBERT_93, "P")) {
            new HouseholdRepository(db).upsertAll(List.of(entry("HS1", "06 12 34 56 78"), entry("HS2", null),
                    entry("HS3", "+33 6 99 88 77 66")).iterator(), ProgressMonitor.NONE);
        }
    }

    private static HouseholdEntry entry(String code, String phone) {
        Map<Channel, Consent> consents = new EnumMap<>(Channel.class);
        consents.put(Channel.EMAIL, new Consent(true, LocalDate.of(2025, 1, 1)));
        consents.put(Channel.PHONE, new Consent(true, LocalDate.of(2025, 1, 1)));
        Household h = new Household(code, -0.5, 47.4, 430_000, 6_710_000, "49007", List.of("picnic"), 2, "35-49", "B",
                consents, "shop", LocalDate.of(2025, 2, 1));
        return new HouseholdEntry(h, new HouseholdContact(code, "A", "B", "1 rue C", "49000", "Angers", phone,
                code.toLowerCase() + "@example.org"));
    }

    private List<ContactEvent> history() {
        try (ProjectDatabase db = ProjectDatabase.open(project)) {
            List<ContactEvent> all = new java.util.ArrayList<>();
            new ContactHistoryRepository(db).forEach(all::add);
            return all;
        }
    }

    @Test
    void matchesByCodeThenEmailThenPhoneAndRejectsTheRest() throws Exception {
        Path file = temp.resolve("appels.csv");
        Files.writeString(file, "code;email;téléphone;date;heure;résultat;montant;marge\n"
                + "HS1;;;02/03/2026;14:30;Pas de réponse;;\n"
                + "ZZ9;HS2@Example.org;;02/03/2026;15:00;répondu;;\n"
                + ";;0699887766;03/03/2026;10:00;commande;120,50;40\n"
                + "ZZ8;nobody@example.org;0100000000;03/03/2026;10:00;refusé;;\n"
                + "HS1;;;2026-13-03;10:00;refusé;;\n"
                + "HS1;;;03/03/2026;10:00;peut-être;;\n");
        ResultsImportSummary s = service.importFile(project, file,
                new ResultsImportService.Request(null, Channel.PHONE, "Reactivation", "call"), ProgressMonitor.NONE);
        assertEquals(6, s.read());
        assertEquals(3, s.stored());
        assertEquals(1, s.byCode());
        assertEquals(1, s.byEmail());
        assertEquals(1, s.byPhone());
        assertEquals(3, s.rejected());
        assertEquals(0, s.objections());
        List<ContactEvent> events = history();
        assertEquals(List.of("HS1", "HS2", "HS3"), events.stream().map(ContactEvent::subjectCode).toList());
        assertEquals(ContactDirection.OUTBOUND, events.get(0).direction());
        assertEquals(ContactDirection.INBOUND, events.get(1).direction());
        assertEquals(120.5, events.get(2).amount());
        assertEquals(40.0, events.get(2).margin());
        assertEquals("Reactivation", events.get(0).chainName());
        assertEquals("call", events.get(0).stepName());
        assertEquals("2026-03-02T14:30Z", events.get(0).at().toString());
        assertNotNull(s.rejectsFile());
        String rejects = Files.readString(Path.of(s.rejectsFile()));
        assertTrue(rejects.contains(ResultsImportService.UNMATCHED), rejects);
        assertTrue(rejects.contains("is not a date"), rejects);
        assertTrue(rejects.contains("is not an outcome"), rejects);
    }

    @Test
    void reImportingTheSameFileAddsNothing() throws Exception {
        Path file = temp.resolve("results.csv");
        Files.writeString(file, "anon_code,channel,date,outcome\nHS1,email,2026-03-02 09:00,delivered\n"
                + "HS2,email,2026-03-02 09:00,clicked\nHS2,email,2026-03-02 09:00,clicked\n");
        ResultsImportService.Request request = new ResultsImportService.Request(null, null, null, null);
        ResultsImportSummary first = service.importFile(project, file, request, ProgressMonitor.NONE);
        assertEquals(2, first.stored());
        assertEquals(1, first.duplicates());
        ResultsImportSummary second = service.importFile(project, file, request, ProgressMonitor.NONE);
        assertEquals(0, second.stored());
        assertEquals(3, second.duplicates());
        assertEquals(2, history().size());
    }

    @Test
    void anUnsubscribeBecomesAnObjectionThatTheNextExportHonours() throws Exception {
        Path file = temp.resolve("emailing.csv");
        Files.writeString(file, "email,date,status\nhs1@example.org,2026-03-02,Désabonné\nhs2@example.org,2026-03-02,ouvert\n");
        ResultsImportSummary s = service.importFile(project, file,
                new ResultsImportService.Request(null, Channel.EMAIL, null, null), ProgressMonitor.NONE);
        assertEquals(1, s.objections());
        assertEquals(0, service.importFile(project, file, new ResultsImportService.Request(null, Channel.EMAIL, null, null),
                ProgressMonitor.NONE).objections(), "a re-import records no second objection");
        assertEquals(ContactOutcome.UNSUBSCRIBED, history().get(0).outcome());
        ExportService export = new ExportService(CLOCK, "analyst", "test");
        ExportResult result = export.export(project, ExportService.Selection.codes(List.of("HS1", "HS2", "HS3")),
                ExportRequest.contactList(Channel.EMAIL, temp.resolve("list.csv")), ProgressMonitor.NONE);
        assertEquals(2, result.exported());
        assertEquals(1L, result.excludedByKey().get("objection"));
        // Undo takes the objection back: the next export lists HS1 again.
        assertEquals(1, export.withdrawObjections(project, s.objectionIds()));
        ExportResult again = export.export(project, ExportService.Selection.codes(List.of("HS1", "HS2", "HS3")),
                ExportRequest.contactList(Channel.EMAIL, temp.resolve("list2.csv")), ProgressMonitor.NONE);
        assertEquals(3, again.exported());
    }

    @Test
    void aCancelledImportStoresNothing() throws Exception {
        StringBuilder b = new StringBuilder("anon_code,channel,date,outcome\n");
        for (int i = 0; i < 25_000; i++) {
            b.append("HS1,email,2026-03-02 09:00,sent\n");
        }
        Path file = temp.resolve("big.csv");
        Files.writeString(file, b);
        ProgressMonitor cancelling = new ProgressMonitor() {
            private long done;

            @Override
            public void progress(long d, long total) {
                done = d;
            }

            @Override
            public boolean isCancelled() {
                return done >= 10_000;
            }
        };
        assertThrows(CancelledException.class, () -> service.importFile(project, file,
                new ResultsImportService.Request(null, null, null, null), cancelling));
        assertEquals(0, history().size());
    }
}

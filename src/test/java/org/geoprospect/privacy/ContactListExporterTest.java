package org.geoprospect.privacy;

import static org.geoprospect.privacy.Fixtures.clockAt;
import static org.geoprospect.privacy.Fixtures.consenting;
import static org.geoprospect.privacy.Fixtures.contact;
import static org.geoprospect.privacy.Fixtures.household;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.geoprospect.io.export.CsvOptions;
import org.geoprospect.model.Channel;
import org.geoprospect.model.Consent;
import org.geoprospect.model.Household;
import org.geoprospect.model.HouseholdContact;
import org.geoprospect.store.ExportLogEntry;
import org.geoprospect.store.ExportLogRepository;
import org.geoprospect.store.HouseholdEntry;
import org.geoprospect.store.ProjectDatabase;
import org.geoprospect.store.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContactListExporterTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private static final ExportContext CONTEXT = new ExportContext("analyst", "9.9-test", h -> "S1");

    @TempDir
    Path temp;
    private ProjectDatabase database;
    private List<Household> households;
    private Path out;

    @BeforeEach
    void createProject() throws IOException {
        households = List.of(
                consenting("HE01", Channel.EMAIL, Channel.SMS),                       // exported
                consenting("HE02"),                                                   // no consent
                consenting("HE03", Channel.EMAIL),                                    // objection (all)
                household("HE04", Map.of(Channel.EMAIL, new Consent(true, LocalDate.of(2020, 1, 1))),
                        LocalDate.of(2020, 6, 1)),                                    // past retention
                consenting("HE05", Channel.EMAIL),                                    // no email stored
                consenting("HE06", Channel.EMAIL));                                   // dangerous cells
        List<HouseholdEntry> entries = new ArrayList<>();
        for (Household h : households) {
            HouseholdContact c = switch (h.anonCode()) {
                case "HE05" -> new HouseholdContact("HE05", "Paul", "Sans", "1 rue A", "49000", "Angers", null, null);
                case "HE06" -> new HouseholdContact("HE06", "=HYPERLINK(\"http://evil\")", "Hélène d'Aubigné",
                        "@SUM(1)", "49100", "Angers", "+33 6 12 34 56 06", "-cmd@example.org");
                default -> contact(h.anonCode());
            };
            entries.add(new HouseholdEntry(h, c));
        }
        database = ProjectFixture.create(temp.resolve("project"), entries);
        new ObjectionRegister(database, clockAt(TODAY)).record(List.of(Objection.ofHousehold("HE03", null, TODAY, "ui")));
        out = Files.createDirectories(temp.resolve("out")).resolve("picnic.csv");
    }

    @AfterEach
    void close() {
        database.close();
    }

    private ExportResult export(ExportRequest request) throws IOException {
        ContactPolicy policy = new ContactPolicy(clockAt(TODAY), new ObjectionRegister(database, clockAt(TODAY)).load());
        return new ContactListExporter(database, policy, CONTEXT).export(households, request);
    }

    private List<String> lines(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "BOM first");
        return List.of(text.substring(1).split("\r\n"));
    }

    @Test
    void anEmailListHoldsOnlyAllowedHouseholdsWithTheDefaultColumns() throws IOException {
        ExportResult result = export(ExportRequest.contactList(Channel.EMAIL, out));
        assertEquals(List.of("anon_code;first_name;last_name;email",
                "HE01;Prénom-HE01;Nom-HE01;he01@example.org",
                "HE06;\"'=HYPERLINK(\"\"http://evil\"\")\";Hélène d'Aubigné;\"'-cmd@example.org\""), lines(out));
        assertEquals(2, result.exported());
        assertEquals(Map.of("objection", 1L, "retention", 1L, "noConsent", 1L, "noContactDetails", 1L),
                result.excludedByKey());
        assertEquals(out.toAbsolutePath(), result.file());
        assertEquals(temp.resolve("out/picnic.csv.json").toAbsolutePath(), result.sidecar());
    }

    @Test
    void eachChannelHasItsDefaultColumns() throws IOException {
        export(ExportRequest.contactList(Channel.SMS, out));
        assertEquals("anon_code;first_name;last_name;phone", lines(out).get(0));
        assertEquals("HE01;Prénom-HE01;Nom-HE01;06 12 34 56 01", lines(out).get(1), "phone without '+', kept as text");
        export(ExportRequest.contactList(Channel.PHONE, out));
        assertEquals("anon_code;first_name;last_name;phone", lines(out).get(0));
        export(ExportRequest.contactList(Channel.POSTAL, out));
        assertEquals("anon_code;first_name;last_name;address;postal_code;city", lines(out).get(0));
        assertTrue(lines(out).contains("HE06;\"'=HYPERLINK(\"\"http://evil\"\")\";Hélène d'Aubigné;\"'@SUM(1)\";49100;Angers"));
    }

    @Test
    void otherColumnsOnlyWhenAskedAndTheCodeAlwaysFirst() throws IOException {
        export(ExportRequest.contactList(Channel.EMAIL, out)
                .withColumns(List.of(ExportColumn.EMAIL, ExportColumn.ANON_CODE, ExportColumn.PHONE, ExportColumn.COMMUNE))
                .withCsv(CsvOptions.frenchExcel().withDelimiter(',')));
        assertEquals(List.of("anon_code,email,phone,commune_insee", "HE01,he01@example.org,06 12 34 56 01,49007",
                "HE06,\"'-cmd@example.org\",06 12 34 56 06,49007"), lines(out));
    }

    @Test
    void thePseudonymisedListNeedsNoConsentAndHoldsNoPersonalField() throws IOException {
        ExportResult result = export(ExportRequest.pseudonymisedList(out));
        List<String> lines = lines(out);
        assertEquals("anon_code;commune_insee;sector;interests", lines.get(0));
        assertEquals(List.of("HE01", "HE02", "HE05", "HE06"), lines.stream().skip(1).map(l -> l.split(";")[0]).toList());
        assertEquals("HE02;49007;S1;picnic|mountain_bike", lines.get(2));
        assertEquals(Map.of("objection", 1L, "retention", 1L, "noConsent", 0L, "noContactDetails", 0L), result.excludedByKey());
        String text = Files.readString(out);
        assertFalse(text.contains("Nom-") || text.contains("@") || text.contains("rue"), text);
        assertThrows(IllegalArgumentException.class,
                () -> ExportRequest.pseudonymisedList(out).withColumns(List.of(ExportColumn.EMAIL)));
    }

    @Test
    void theSidecarDescribesTheExport() throws IOException {
        ExportResult result = export(ExportRequest.contactList(Channel.EMAIL, out)
                .withTarget("picnic-sector-3", Map.of("interests", List.of("picnic"), "sector", "3")));
        JsonNode json = new ObjectMapper().readTree(result.sidecar().toFile());
        assertEquals("Test project", json.get("project").asText());
        assertEquals("9.9-test", json.get("appVersion").asText());
        assertEquals("picnic.csv", json.get("file").asText());
        assertEquals("email", json.get("channel").asText());
        assertEquals("contact", json.get("mode").asText());
        assertEquals("picnic-sector-3", json.get("target").get("name").asText());
        assertEquals("picnic", json.get("target").get("definition").get("interests").get(0).asText());
        assertEquals(List.of("anon_code", "first_name", "last_name", "email"),
                new ObjectMapper().convertValue(json.get("columns"), List.class));
        assertEquals(6, json.get("counts").get("selected").asInt());
        assertEquals(2, json.get("counts").get("exported").asInt());
        assertEquals(1, json.get("counts").get("excluded").get("noConsent").asInt());
        assertTrue(json.get("exportedAt").asText().startsWith("2026-03-01T12:00"), json.get("exportedAt").asText());
        assertEquals("2026-08-11", json.get("rules").get("phoneConsentRequiredFrom").asText());
        assertEquals("P3Y", json.get("rules").get("retentionPeriod").asText());
    }

    @Test
    void theAuditRowDescribesTheExportButHoldsNoRowContents() throws IOException {
        ExportResult result = export(ExportRequest.contactList(Channel.EMAIL, out)
                .withTarget("picnic-sector-3", Map.of("interests", List.of("picnic"))));
        List<ExportLogEntry> log = new ExportLogRepository(database).all();
        assertEquals(1, log.size());
        ExportLogEntry row = log.get(0);
        assertEquals(result.auditId(), row.id());
        assertEquals("analyst", row.osUser());
        assertEquals(ExportLogEntry.EXPORT, row.action());
        assertEquals("picnic-sector-3", row.targetName());
        assertEquals("email", row.channel());
        assertEquals(List.of("anon_code", "first_name", "last_name", "email"), row.columns());
        assertEquals(2, row.count());
        assertEquals("picnic.csv", row.fileName());
        assertTrue(row.excludedJson().contains("\"noConsent\":1"), row.excludedJson());
        String everything = String.join("|", row.toString(), String.valueOf(row.detailsJson()));
        for (String personal : List.of("Prénom", "Nom-", "example.org", "HYPERLINK", "Hélène", "Tilleuls", "06 12", "HE01", "HE06")) {
            assertFalse(everything.contains(personal), () -> "audit row contains " + personal + ": " + everything);
        }
    }

    @Test
    void whenTheCsvCannotBeWrittenNoAuditRowIsWritten() {
        Path nowhere = temp.resolve("missing-folder/list.csv");
        assertThrows(IOException.class, () -> export(ExportRequest.contactList(Channel.EMAIL, nowhere)));
        assertTrue(new ExportLogRepository(database).all().isEmpty());
    }

    @Test
    void whenTheAuditRowCannotBeWrittenNoFileIsLeft() throws Exception {
        ProjectFixture.sql(database, "ALTER TABLE export_log RENAME TO export_log_unavailable");
        assertThrows(StoreException.class, () -> export(ExportRequest.contactList(Channel.EMAIL, out)));
        try (Stream<Path> files = Files.list(out.getParent())) {
            assertEquals(List.of(), files.toList(), "no CSV, no sidecar, no temporary file");
        }
    }

    @Test
    void aLargeSelectionIsReadInChunks() throws IOException {
        // More households than one chunk of contact and collection-date reads (10,000).
        List<Household> many = new ArrayList<>();
        for (int i = 0; i < 25_000; i++) {
            many.add(consenting(String.format("HM%06d", i), Channel.EMAIL));
        }
        ContactPolicy policy = new ContactPolicy(clockAt(TODAY), ObjectionList.empty());
        ExportResult result = new ContactListExporter(database, policy, CONTEXT)
                .export(many, ExportRequest.pseudonymisedList(out));
        assertEquals(25_000, result.exported());
        assertEquals(25_001, lines(out).size());
    }
}

package org.geoprospect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.geoprospect.geo.Srids;
import org.geoprospect.model.Channel;
import org.geoprospect.model.Consent;
import org.geoprospect.model.Household;
import org.geoprospect.model.HouseholdContact;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.store.HouseholdEntry;
import org.geoprospect.store.HouseholdRepository;
import org.geoprospect.store.ProjectDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import results} as a script runs it. */
class ImportResultsCommandTest {
    @TempDir
    Path dir;
    private Path project;

    @BeforeEach
    void createProject() {
        project = dir.resolve("p");
        try (ProjectDatabase db = ProjectDatabase.create(project, Srids.LAMBERT_93, "P")) {
            Map<Channel, Consent> consents = new EnumMap<>(Channel.class);
            consents.put(Channel.PHONE, new Consent(true, LocalDate.of(2025, 1, 1)));
            List<HouseholdEntry> entries = List.of("H1", "H2").stream().map(code -> new HouseholdEntry(
                    new Household(code, -0.5, 47.4, 430_000, 6_710_000, "49007", List.of(), 2, "35-49", "B", consents,
                            "shop", null),
                    new HouseholdContact(code, "A", "B", "1 rue C", "49000", "Angers", code.equals("H2") ? "0612345678" : null,
                            null))).toList();
            new HouseholdRepository(db).upsertAll(entries.iterator(), ProgressMonitor.NONE);
        }
    }

    @Test
    void importsAResultsFileAndReportsItInJson() throws Exception {
        Path file = Files.writeString(dir.resolve("appels.csv"), "code;tel;date;resultat\nH1;;02/03/2026 10:00;injoignable\n"
                + ";06 12 34 56 78;02/03/2026 11:00;refusé, ne plus appeler\nX9;;02/03/2026 11:00;répondu\n");
        CommandRun run = CommandRun.of("import", "results", file.toString(), "--project", project.toString(),
                "--channel", "phone", "--chain", "Reactivation", "--step", "call", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(3, json.get("read").asLong());
        assertEquals(2, json.get("stored").asLong());
        assertEquals(1, json.get("matchedBy").get("code").asLong());
        assertEquals(1, json.get("matchedBy").get("phone").asLong());
        assertEquals(0, json.get("matchedBy").get("email").asLong());
        assertEquals(1, json.get("objections").asLong(), "\"refusé, ne plus appeler\" is a do-not-call");
        assertEquals(1, json.get("rejected").asLong());
        assertTrue(Files.isRegularFile(Path.of(json.get("rejectsFile").asText())));

        CommandRun again = CommandRun.of("import", "results", file.toString(), "--project", project.toString(),
                "--channel", "phone", "--chain", "Reactivation", "--step", "call");
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().contains("0 events stored, 2 already in the history"), again.out());
        assertFalse(again.out().contains("objection"), "the do-not-call is not recorded twice: " + again.out());
    }

    @Test
    void aDoNotCallRecordsAnObjection() throws Exception {
        Path file = Files.writeString(dir.resolve("calls.csv"), "anon_code,date,outcome\nH2,2026-03-02,Do not call\n");
        CommandRun run = CommandRun.of("import", "results", file.toString(), "--project", project.toString(),
                "--channel", "phone");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("1 objection recorded"), run.out());
    }

    @Test
    void badInputIsOneSentence() throws Exception {
        Path file = Files.writeString(dir.resolve("r.csv"), "anon_code,date,outcome\nH1,2026-03-02,sent\n");
        CommandRun noChannel = CommandRun.of("import", "results", file.toString(), "--project", project.toString());
        assertNotEquals(0, noChannel.exitCode());
        assertTrue(noChannel.err().contains("--channel"), noChannel.err());
        assertFalse(noChannel.errShowsInternals(), noChannel.err());
        CommandRun badChannel = CommandRun.of("import", "results", file.toString(), "--project", project.toString(),
                "--channel", "fax");
        assertNotEquals(0, badChannel.exitCode());
        assertTrue(badChannel.err().contains("fax is not a channel"), badChannel.err());
        assertFalse(badChannel.errShowsInternals(), badChannel.err());
    }
}

package org.geoprospect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export, import objections, audit and purge on the demo project, as a script would run them. */
class PrivacyCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;
    private static Path project;

    @BeforeAll
    static void createDemo() {
        project = dir.resolve("demo");
        assertEquals(0, CommandRun.of("init", "--project", project.toString(), "--sample").exitCode());
    }

    @Test
    void emailExportListsOnlyAllowedHouseholdsAndHonoursANewObjection() throws Exception {
        Path first = dir.resolve("email.csv");
        CommandRun run = CommandRun.of("export", "--project", project.toString(), "--all", "--channel", "email",
                "--out", first.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode summary = JSON.readTree(run.out());
        long exported = summary.get("exported").asLong();
        List<String> lines = Files.readAllLines(first, StandardCharsets.UTF_8);
        assertEquals("\uFEFFanon_code;first_name;last_name;email", lines.get(0), "BOM, ';' and the email columns");
        assertEquals(exported + 1, lines.size());
        assertTrue(summary.get("excluded").get("noConsent").asLong() > 0);
        assertTrue(Files.exists(Path.of(first + ".json")), "the sidecar");

        String objected = lines.get(1).split(";")[0];
        Path objections = Files.writeString(dir.resolve("opposition.csv"), "anon_code;date;channel\n" + objected + ";01/10/2026;email\n");
        assertEquals(0, CommandRun.of("import", "objections", objections.toString(), "--project", project.toString()).exitCode());
        Path second = dir.resolve("email2.csv");
        JsonNode again = JSON.readTree(CommandRun.of("export", "--project", project.toString(), "--all", "--channel", "email",
                "--out", second.toString(), "--json").out());
        assertEquals(exported - 1, again.get("exported").asLong());
        assertEquals(1, again.get("excluded").get("objection").asLong());
        assertFalse(Files.readString(second).contains(objected + ";"));
    }

    @Test
    void auditListsExportsWithoutRowContents() throws Exception {
        Path file = dir.resolve("postal.csv");
        assertEquals(0, CommandRun.of("export", "--project", project.toString(), "--all", "--channel", "postal",
                "--out", file.toString()).exitCode());
        CommandRun audit = CommandRun.of("audit", "--project", project.toString(), "--json");
        assertEquals(0, audit.exitCode(), audit.err());
        JsonNode rows = JSON.readTree(audit.out());
        assertTrue(rows.size() >= 1);
        boolean found = false;
        for (JsonNode row : rows) {
            found |= "postal.csv".equals(row.get("file").asText()) && "postal".equals(row.get("channel").asText());
        }
        assertTrue(found, audit.out());
        String exported = Files.readString(file);
        String someName = exported.lines().skip(1).findFirst().orElseThrow().split(";")[2];
        assertFalse(audit.out().contains(someName), "a name from the file must not be in the audit log");
        assertFalse(audit.out().contains("@example.org"));
    }

    @Test
    void purgeDryRunListsExactlyTheDueRecordsAndChangesNothing() throws Exception {
        CommandRun run = CommandRun.of("purge", "--project", project.toString(), "--dry-run", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode plan = JSON.readTree(run.out());
        assertEquals(plan.get("count").asLong(), plan.get("due").size());
        assertTrue(plan.get("count").asLong() > 0, "the demo has households past 3 years");
        assertEquals(0, plan.get("deleted").asLong());
        assertEquals(20_000, JSON.readTree(CommandRun.of("stats", "--project", project.toString(), "--json").out())
                .get("households").asLong());
    }

    @Test
    void exportOfASavedTargetCoversExactlyItsHouseholds() throws Exception {
        CommandRun save = CommandRun.of("target", "save", "picnic-s01", "--project", project.toString(),
                "--interest", "picnic", "--sector", "S01", "--json");
        assertEquals(0, save.exitCode(), save.err());
        long selected = JSON.readTree(save.out()).get("households").asLong();
        assertTrue(selected > 100, "the demo has picnic households in sector S01");
        Path file = dir.resolve("picnic.csv");
        CommandRun export = CommandRun.of("export", "--project", project.toString(), "--target", "picnic-s01",
                "--channel", "email", "--out", file.toString(), "--json");
        assertEquals(0, export.exitCode(), export.err());
        JsonNode summary = JSON.readTree(export.out());
        long excluded = 0;
        for (JsonNode count : summary.get("excluded")) {
            excluded += count.asLong();
        }
        assertEquals(selected, summary.get("exported").asLong() + excluded, "every household of the target is exported or excluded");
        JsonNode sidecar = JSON.readTree(Path.of(file + ".json").toFile());
        assertEquals("picnic-s01", sidecar.get("target").get("name").asText());
        assertEquals("picnic", sidecar.get("target").get("definition").get("criteria").get("interestsAny").get(0).asText());
    }

    @Test
    void badChannelIsBadUsage() {
        CommandRun run = CommandRun.of("export", "--project", project.toString(), "--all", "--channel", "fax",
                "--out", dir.resolve("x.csv").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--channel"), run.err());
        assertFalse(run.errShowsInternals(), run.err());
    }
}

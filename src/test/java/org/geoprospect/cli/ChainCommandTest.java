package org.geoprospect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.service.ProjectService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chain create|list|show|prepare|report|delete} on the demo project: JSON shapes, counts, errors. */
class ChainCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;
    static Path project;

    @BeforeAll
    static void createDemo() throws Exception {
        project = dir.resolve("demo");
        new ProjectService().create(project, true, ProgressMonitor.NONE);
    }

    private static CommandRun run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--project");
        all.add(project.toString());
        return CommandRun.of(all.toArray(String[]::new));
    }

    @Test
    void aChainIsCreatedPreparedReportedAndDeleted() throws Exception {
        CommandRun target = run("target", "save", "picnic-mail", "--interest", "picnic", "--consent", "email", "--json");
        assertEquals(0, target.exitCode(), target.err());
        long selected = JSON.readTree(target.out()).get("households").asLong();
        assertTrue(selected > 20, "the demo has such households: " + selected);

        CommandRun create = run("chain", "create", "Picnic", "--entry-target", "picnic-mail",
                "--step", "name=mail,channel=email,message=Picnic offer,unitCost=0.5,fixedCost=100,control=10,seed=42",
                "--step", "name=call,channel=phone,unitCost=4,noAnswer=mail,days=7,control=10,seed=7",
                "--max-contacts-per-30-days", "4", "--json");
        assertEquals(0, create.exitCode(), create.err());
        JsonNode chain = JSON.readTree(create.out());
        assertEquals("mail", chain.get("steps").get(1).get("audience").get("noAnswer").asText());
        assertEquals(4, chain.get("caps").get("maxContactsPer30Days").asInt());

        CommandRun list = run("chain", "list", "--json");
        assertEquals("Picnic", JSON.readTree(list.out()).get("chains").get(0).get("name").asText());
        assertEquals(chain, JSON.readTree(run("chain", "show", "Picnic", "--json").out()));

        Path out = dir.resolve("mail.csv");
        CommandRun prepare = run("chain", "prepare", "Picnic", "mail", "--out", out.toString(), "--json");
        assertEquals(0, prepare.exitCode(), prepare.err());
        JsonNode p = JSON.readTree(prepare.out());
        assertEquals("Picnic", p.get("chain").asText());
        assertEquals("mail", p.get("step").asText());
        long contacted = p.get("contacted").asLong();
        long heldOut = p.get("heldOut").asLong();
        long excluded = 0;
        for (Iterator<JsonNode> it = p.get("excluded").elements(); it.hasNext(); ) {
            excluded += it.next().asLong();
        }
        assertEquals(selected, contacted + heldOut + excluded, "every selected household is accounted for");
        assertEquals(Math.round((contacted + heldOut) * 0.10), heldOut, "10 % of the lawful audience held out");
        assertEquals(contacted + 1, Files.readAllLines(out).size(), "header + one row per contact");
        JsonNode sidecar = JSON.readTree(dir.resolve("mail.csv.json").toFile());
        assertEquals("Picnic", sidecar.get("chain").get("name").asText());
        assertEquals("mail", sidecar.get("chain").get("step").asText());

        CommandRun again = run("chain", "prepare", "Picnic", "mail", "--out", dir.resolve("again.csv").toString(), "--json");
        JsonNode a = JSON.readTree(again.out());
        assertEquals(0, a.get("contacted").asLong(), "nobody is taken twice by one step");
        assertEquals(contacted + heldOut, a.get("excluded").get("alreadyInStep").asLong());

        CommandRun report = run("chain", "report", "Picnic", "--json");
        assertEquals(0, report.exitCode(), report.err());
        JsonNode r = JSON.readTree(report.out());
        JsonNode mail = r.get("steps").get(0);
        assertEquals(contacted, mail.get("contacts").asLong());
        assertEquals(0.5 * contacted + 100, mail.get("cost").asDouble(), 1e-9);
        assertEquals(0, mail.get("orders").asLong());
        assertEquals(-1.0, mail.get("roi").asDouble(), 1e-12, "no margin yet: all the cost is lost");
        assertEquals("last-contact", r.get("attribution").get("rule").asText());
        assertEquals(contacted, r.get("total").get("contacts").asLong());

        assertEquals(0, run("chain", "delete", "Picnic").exitCode());
        CommandRun missing = run("chain", "show", "Picnic");
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("There is no chain named 'Picnic'"), missing.err());
        assertFalse(missing.errShowsInternals(), missing.err());
    }

    @Test
    void badInputGetsOneSentence() throws Exception {
        CommandRun badStep = run("chain", "create", "Bad", "--entry-target", "x", "--step", "name=a,channel=fax");
        assertEquals(2, badStep.exitCode());
        assertTrue(badStep.err().contains("channel is email, sms, phone or postal"), badStep.err());
        CommandRun noTarget = run("chain", "create", "Bad", "--entry-target", "no-such-target",
                "--step", "name=a,channel=email");
        assertEquals(1, noTarget.exitCode());
        assertFalse(noTarget.errShowsInternals(), noTarget.err());
        Path file = dir.resolve("newer.json");
        Files.writeString(file, "{\"schemaVersion\": 9, \"name\": \"N\", \"entry\": {\"target\": \"t\"}, \"steps\": []}");
        CommandRun newer = run("chain", "create", "--from", file.toString());
        assertEquals(1, newer.exitCode());
        assertTrue(newer.err().contains("newer GeoProspect"), newer.err());
    }
}

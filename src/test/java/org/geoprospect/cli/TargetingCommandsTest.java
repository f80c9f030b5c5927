package org.geoprospect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.geoprospect.geo.Commune;
import org.geoprospect.geo.CommuneTable;
import org.geoprospect.geo.CoordinateTransform;
import org.geoprospect.geo.Srids;
import org.geoprospect.model.Channel;
import org.geoprospect.model.Client;
import org.geoprospect.model.Competitor;
import org.geoprospect.model.ContactCategory;
import org.geoprospect.model.Household;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.service.ProjectService;
import org.geoprospect.store.ClientRepository;
import org.geoprospect.store.CompetitorRepository;
import org.geoprospect.store.HouseholdRepository;
import org.geoprospect.store.ProjectDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code target}, {@code rank clients} and {@code sectors} on the demo project: answers, JSON, exit codes. */
class TargetingCommandsTest {
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

    /**
     * The "done when": households interested in mountain bikes, consenting to email, within 10 km
     * of the competitor nearest to Cholet, not contacted in 60 days — counted by brute force over the
     * households read back from the store, then by {@code target save} and {@code target run}.
     */
    @Test
    void doneWhenExampleMatchesABruteForceCount() throws Exception {
        Commune cholet = CommuneTable.shipped().byInsee("49099").orElseThrow();
        double[] centre = CoordinateTransform.between(Srids.WGS84, Srids.LAMBERT_93).transform(cholet.lon(), cholet.lat());
        long expectedHouseholds;
        long expectedClients;
        Competitor nearest;
        LocalDate today = LocalDate.now();
        try (ProjectDatabase database = ProjectDatabase.open(project)) {
            List<Competitor> competitors = new CompetitorRepository(database).findAll();
            nearest = competitors.get(0);
            for (Competitor k : competitors) {
                if (Math.hypot(k.x() - centre[0], k.y() - centre[1]) < Math.hypot(nearest.x() - centre[0], nearest.y() - centre[1])) {
                    nearest = k;
                }
            }
            Competitor k = nearest;
            List<Household> households = new ArrayList<>();
            new HouseholdRepository(database).forEach(households::add, ProgressMonitor.NONE);
            expectedHouseholds = households.stream().filter(h -> h.interests().contains("mountain_bike")
                    && h.consent(Channel.EMAIL).granted()
                    && Math.hypot(h.x() - k.x(), h.y() - k.y()) <= 10_000
                    && (h.lastContactDate() == null || !h.lastContactDate().isAfter(today.minusDays(60)))).count();
            List<Client> clients = new ClientRepository(database).findAll();
            expectedClients = clients.stream().filter(c -> c.category() == ContactCategory.CLIENT
                    && Math.hypot(c.x() - k.x(), c.y() - k.y()) <= 10_000).count();
        }
        assertTrue(expectedHouseholds > 10, "the demo should have such households: " + expectedHouseholds);

        CommandRun save = run("target", "save", "vtt-cholet", "--interest", "mountain_bike", "--consent", "email",
                "--within-km", "10", "--of-competitor", nearest.code(), "--not-contacted-days", "60", "--json");
        assertEquals(0, save.exitCode(), save.err());
        JsonNode saved = JSON.readTree(save.out());
        assertEquals("vtt-cholet", saved.get("name").asText());
        assertEquals(expectedHouseholds, saved.get("households").asLong());
        assertEquals(expectedClients, saved.get("clients").asLong());

        CommandRun rerun = run("target", "run", "vtt-cholet", "--json");
        assertEquals(0, rerun.exitCode(), rerun.err());
        assertEquals(saved, JSON.readTree(rerun.out()));

        CommandRun show = run("target", "show", "vtt-cholet", "--json");
        assertEquals(0, show.exitCode(), show.err());
        JsonNode definition = JSON.readTree(show.out()).get("definition");
        assertEquals(1, definition.get("schemaVersion").asInt());
        assertEquals(nearest.code(), definition.get("shapes").get(0).get("code").asText());
        assertEquals(60, definition.get("criteria").get("notContactedDays").asInt());
    }

    @Test
    void targetErrorsAreOneSentenceWithExitCodes() {
        assertEquals(0, run("target", "save", "errors-base", "--interest", "picnic").exitCode());
        CommandRun unknown = run("target", "run", "no-such-target");
        assertEquals(1, unknown.exitCode());
        assertTrue(unknown.err().contains("no saved target named 'no-such-target'"), unknown.err());
        assertFalse(unknown.errShowsInternals(), unknown.err());
        assertEquals(1, unknown.err().strip().lines().count(), unknown.err());

        CommandRun duplicate = run("target", "save", "errors-base", "--interest", "picnic");
        assertEquals(1, duplicate.exitCode());
        assertTrue(duplicate.err().contains("already exists"), duplicate.err());

        CommandRun interest = run("target", "save", "bad-interest", "--interest", "vtt");
        assertEquals(1, interest.exitCode());
        assertTrue(interest.err().contains("Unknown interest 'vtt'"), interest.err());
        assertFalse(interest.errShowsInternals(), interest.err());

        CommandRun competitor = run("target", "save", "bad-competitor", "--within-km", "10", "--of-competitor", "K99");
        assertEquals(1, competitor.exitCode());
        assertTrue(competitor.err().contains("Unknown competitor 'K99'"), competitor.err());

        assertEquals(2, run("target", "save", "half", "--within-km", "10").exitCode(), "--within-km needs --of-competitor");
        assertEquals(2, run("target", "save", "nan", "--not-contacted-days", "sixty").exitCode());
        assertEquals(2, run("target", "run").exitCode(), "missing NAME");

        CommandRun list = run("target", "list", "--json");
        assertEquals(0, list.exitCode(), list.err());
        assertTrue(list.out().contains("\"errors-base\""), list.out());
        assertEquals(0, run("target", "rename", "errors-base", "renamed").exitCode());
        assertEquals(1, run("target", "delete", "errors-base").exitCode());
        assertEquals(0, run("target", "delete", "renamed").exitCode());
    }

    @Test
    void rankClientsJsonIsInRankOrderWithoutBadPayersOrDifficultClients() throws Exception {
        CommandRun rank = run("rank", "clients", "--top", "30", "--json");
        assertEquals(0, rank.exitCode(), rank.err());
        JsonNode document = JSON.readTree(rank.out());
        JsonNode clients = document.get("clients");
        assertTrue(clients.size() > 0 && clients.size() <= 30, rank.out());
        double previousCoreMargin = Double.POSITIVE_INFINITY;
        for (int i = 0; i < clients.size(); i++) {
            JsonNode c = clients.get(i);
            assertEquals(i + 1, c.get("rank").asInt());
            assertEquals(0, c.get("paymentIncidents").asInt(), "bad payers are left out by default");
            assertFalse(c.get("difficult").asBoolean(), "difficult clients are left out by default");
            for (String field : List.of("code", "name", "sector", "grossMargin", "revenue", "invoiceCount")) {
                assertTrue(c.has(field), field);
            }
            if (c.get("reason").asText().equals("top_of_sector")) {
                assertTrue(c.get("grossMargin").asDouble() <= previousCoreMargin, "the core list is ordered by margin");
                previousCoreMargin = c.get("grossMargin").asDouble();
            }
        }
        assertTrue(document.get("sectors").size() > 0);
        assertEquals(2, run("rank", "clients", "--top", "many").exitCode());
        assertEquals(1, run("rank", "clients", "--sector", "mining").exitCode());
    }

    @Test
    void sectorsReportMasksSmallCountsAndWritesCsv() throws Exception {
        Path csv = dir.resolve("sectors.csv");
        CommandRun sectors = run("sectors", "--interest", "mountain_bike", "--json", "--csv", csv.toString());
        assertEquals(0, sectors.exitCode(), sectors.err());
        JsonNode rows = JSON.readTree(sectors.out()).get("sectors");
        assertTrue(rows.size() > 0);
        for (JsonNode row : rows) {
            String households = row.get("households").asText();
            assertTrue(households.equals("<10") || households.equals("0") || Integer.parseInt(households) >= 10, households);
        }
        List<String> lines = Files.readAllLines(csv);
        assertTrue(lines.get(0).startsWith("sector_code,sector_name,households"), lines.get(0));
        assertEquals(rows.size() + 1, lines.size());
    }
}

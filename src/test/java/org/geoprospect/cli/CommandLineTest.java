package org.geoprospect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line as a script would use it: exit codes, JSON results, one-sentence errors. */
class CommandLineTest {
    /** Maine-et-Loire, generously: every demo extent must fall inside. */
    private static final double MIN_LON = -1.6;
    private static final double MAX_LON = 0.5;
    private static final double MIN_LAT = 46.8;
    private static final double MAX_LAT = 48.0;

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path shared;
    private static Path demo;

    @BeforeAll
    static void createDemoProject() {
        demo = shared.resolve("demo");
        CommandRun run = CommandRun.of("init", "--project", demo.toString(), "--sample", "--json");
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void initSampleReportsTheDemoCounts() throws IOException {
        Path project = shared.resolve("second-demo");
        CommandRun run = CommandRun.of("init", "--project", project.toString(), "--sample", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode stats = JSON.readTree(run.out()).get("stats");
        assertEquals(20_000, stats.get("households").asLong());
        assertEquals(116, stats.get("clients").asLong());
        assertEquals(5, stats.get("layers").asLong());
        assertEquals(9, stats.get("sectors").asLong());
    }

    @Test
    void statsJsonCountsTheDemo() throws IOException {
        CommandRun run = CommandRun.of("stats", "--project", demo.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode stats = JSON.readTree(run.out());
        assertEquals(20_000, stats.get("households").asLong());
        assertEquals(116, stats.get("clients").asLong(), "contacts of category client");
        assertEquals(160, stats.get("contacts").asLong(), "customer-file records of every category");
        assertEquals(6, stats.get("competitors").asLong());
        assertEquals(9, stats.get("sectors").asLong());
        assertEquals(5, stats.get("layers").asLong());
    }

    @Test
    void layersJsonListsTheDemoLayersInsideMaineEtLoire() throws IOException {
        CommandRun run = CommandRun.of("layers", "--project", demo.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode layers = JSON.readTree(run.out());
        assertTrue(layers.isArray());
        Map<String, JsonNode> byName = new HashMap<>();
        layers.forEach(layer -> byName.put(layer.get("name").asText(), layer));
        assertEquals(java.util.Set.of("territory", "sectors", "roads", "railways", "communes"), byName.keySet());
        assertEquals("Point", byName.get("communes").get("geometryType").asText());
        assertEquals(105, byName.get("communes").get("features").asLong());
        assertEquals("LineString", byName.get("roads").get("geometryType").asText());
        assertEquals("Polygon", byName.get("sectors").get("geometryType").asText());
        for (JsonNode layer : layers) {
            assertEquals(2154, layer.get("sourceSrid").asInt());
            JsonNode bbox = layer.get("bbox4326");
            assertEquals(4, bbox.size(), layer.toString());
            assertTrue(bbox.get(0).asDouble() >= MIN_LON && bbox.get(2).asDouble() <= MAX_LON, layer.toString());
            assertTrue(bbox.get(1).asDouble() >= MIN_LAT && bbox.get(3).asDouble() <= MAX_LAT, layer.toString());
            assertTrue(bbox.get(0).asDouble() < bbox.get(2).asDouble() && bbox.get(1).asDouble() < bbox.get(3).asDouble());
        }
    }

    @Test
    void layersTextNamesEveryLayer() {
        CommandRun run = CommandRun.of("layers", "--project", demo.toString());
        assertEquals(0, run.exitCode(), run.err());
        for (String name : new String[] {"territory", "sectors", "roads", "railways", "communes"}) {
            assertTrue(run.out().contains(name), run.out());
        }
    }

    @Test
    void renderWritesAPngOfTheAskedSize(@TempDir Path out) throws IOException {
        Path png = out.resolve("map.png");
        CommandRun run = CommandRun.of("render", "--project", demo.toString(), "--out", png.toString(),
                "--width", "480", "--height", "320", "--bbox", "-0.8,47.3,-0.3,47.6");
        assertEquals(0, run.exitCode(), run.err());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(480, image.getWidth());
        assertEquals(320, image.getHeight());
        assertTrue(distinctColours(image) > 10, "the picture should show a map, not a blank image");
    }

    @Test
    void generateSampleWritesTheAskedNumberOfHouseholds(@TempDir Path out) throws IOException {
        CommandRun run = CommandRun.of("generate-sample", "--out", out.toString(), "--households", "300", "--seed", "7", "--json");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(300, JSON.readTree(run.out()).get("households").asLong());
        assertEquals(301, Files.readAllLines(out.resolve("sample-data/households.csv")).size());
        assertEquals(160, JSON.readTree(run.out()).get("contacts").asLong());
        assertEquals(161, Files.readAllLines(out.resolve("sample-data/clients.csv")).size(), "160 contacts and the header");
        assertTrue(Files.size(out.resolve("maps/roads.shp")) > 100);
    }

    @Test
    void aMissingProjectFailsWithOneSentenceAndExitCodeOne(@TempDir Path empty) {
        CommandRun run = CommandRun.of("stats", "--project", empty.resolve("nothing-here").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.out().isEmpty());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("holds no GeoProspect project"), run.err());
        assertFalse(run.errShowsInternals(), run.err());
    }

    @Test
    void initOnAnExistingProjectFailsWithoutTouchingIt() throws IOException {
        CommandRun run = CommandRun.of("init", "--project", demo.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("already holds a project"), run.err());
        assertFalse(run.errShowsInternals(), run.err());
        assertEquals(116, JSON.readTree(CommandRun.of("stats", "--project", demo.toString(), "--json").out()).get("clients").asLong());
    }

    @Test
    void renderOfAnEmptyProjectSaysThereIsNothingToDraw(@TempDir Path dir) {
        Path project = dir.resolve("empty");
        assertEquals(0, CommandRun.of("init", "--project", project.toString()).exitCode());
        CommandRun run = CommandRun.of("render", "--project", project.toString(), "--out", dir.resolve("x.png").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("no layer to draw"), run.err());
        assertFalse(Files.exists(dir.resolve("x.png")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"stats", "layers", "render --out x.png", "init --sample", "frobnicate", "render --project p --out x.png --width -3",
            "render --project p --out x.png --bbox 1,2,3", "generate-sample", "stats --project p --unknown"})
    void badUsageExitsWithTwo(String line) {
        CommandRun run = CommandRun.of(line.split(" "));
        assertEquals(2, run.exitCode(), line + " → " + run.err());
        assertFalse(run.errShowsInternals(), run.err());
        assertTrue(run.err().contains("--help"), run.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"init", "layers", "stats", "render", "generate-sample"})
    void everyCommandHasHelp(String command) {
        CommandRun run = CommandRun.of(command, "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("Usage: geoprospect " + command), run.out());
    }

    @Test
    void noCommandIsBadUsage() {
        assertEquals(2, CommandRun.of(new String[0]).exitCode());
    }

    private static int distinctColours(BufferedImage image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}

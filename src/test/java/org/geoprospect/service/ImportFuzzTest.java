package org.geoprospect.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.geoprospect.io.csv.CsvFormatException;
import org.geoprospect.io.geojson.GeoJsonFormatException;
import org.geoprospect.io.shp.ShapefileFormatException;
import org.geoprospect.model.ProgressMonitor;

/**
 * Damaged files never escape the import's own errors: each try damages a valid file (flipped bytes,
 * truncation, extreme header values, junk appended) and imports it into a real project. The import
 * must end in a consistent report or in one of the import's own one-sentence errors — never another
 * exception, never an OutOfMemoryError (the suite runs in a 2 GB heap), never more than 10 s.
 */
class ImportFuzzTest {
    private static final long MAX_MILLIS_PER_FILE = 10_000;
    private static Path work;
    private static Path project;
    private static Path valid;

    @BeforeContainer
    static void createProjectAndValidFiles() throws IOException {
        work = Files.createTempDirectory("geoprospect-fuzz");
        project = work.resolve("project");
        new ProjectService().create(project, false, ProgressMonitor.NONE);
        valid = work.resolve("valid");
        new SampleService().generate(valid, 300, 11, ProgressMonitor.NONE);
        new ImportService().importLayer(project, valid.resolve("maps/roads.shp"), "roads", null, null, ProgressMonitor.NONE);
        Files.writeString(valid.resolve("zones.geojson"), """
                {"type": "FeatureCollection", "features": [
                 {"type": "Feature", "properties": {"name": "Zoé", "n": 3}, "geometry": {"type": "Polygon",
                  "coordinates": [[[-0.6, 47.4], [-0.5, 47.4], [-0.5, 47.5], [-0.6, 47.5], [-0.6, 47.4]]]}},
                 {"type": "Feature", "properties": {"name": "b", "n": 4.5}, "geometry": {"type": "Polygon",
                  "coordinates": [[[-0.9, 47.0], [-0.8, 47.0], [-0.8, 47.1], [-0.9, 47.1], [-0.9, 47.0]]]}}
                ]}""");
    }

    @AfterContainer
    static void deleteFiles() throws IOException {
        try (Stream<Path> paths = Files.walk(work)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    @Property(tries = 100)
    void damagedShapefilesEndInTheImportsOwnError(@ForAll long seed) throws IOException {
        Path folder = Files.createTempDirectory(work, "shp");
        for (String part : List.of(".shp", ".shx", ".dbf", ".prj", ".cpg")) {
            Files.copy(valid.resolve("maps/roads" + part), folder.resolve("roads" + part));
        }
        Random random = new Random(seed);
        String damaged = List.of(".shp", ".shx", ".dbf").get(random.nextInt(3));
        damage(folder.resolve("roads" + damaged), random);
        checkLayerImport(folder.resolve("roads.shp"));
    }

    @Property(tries = 40)
    void damagedGeoJsonEndsInTheImportsOwnError(@ForAll long seed) throws IOException {
        Path file = Files.createTempDirectory(work, "gj").resolve("zones.geojson");
        Files.copy(valid.resolve("zones.geojson"), file);
        damage(file, new Random(seed));
        checkLayerImport(file);
    }

    @Property(tries = 40)
    void damagedCustomerFilesEndInTheImportsOwnError(@ForAll long seed) throws IOException {
        Path file = Files.createTempDirectory(work, "csv").resolve("households.csv");
        Files.copy(valid.resolve("sample-data/households.csv"), file);
        damage(file, new Random(seed));
        long start = System.nanoTime();
        try {
            CsvImportSummary summary = new ImportService().importCustomers(project, CustomerFileKind.HOUSEHOLDS, file, null,
                    null, ProgressMonitor.NONE);
            assertEquals(summary.read(), summary.imported() + summary.updated() + summary.rejected(),
                    "every row read is imported, updated or rejected");
        } catch (CsvFormatException | UserFacingException e) {
            checkSentence(e);
        }
        assertFast(start);
    }

    private static void checkLayerImport(Path file) {
        long start = System.nanoTime();
        try {
            LayerImportReport report = new ImportService().importLayer(project, file, "fuzzed", null, null, ProgressMonitor.NONE);
            assertTrue(report.imported() > 0, "a report imports something (else the import says so)");
            assertEquals(report.features(), report.imported() + report.skipped(), "every feature read is imported or skipped");
        } catch (ShapefileFormatException | GeoJsonFormatException | UserFacingException e) {
            checkSentence(e);
        } catch (IOException e) {
            fail("An I/O error that is not the import's own: " + e, e);
        }
        assertFast(start);
    }

    private static void checkSentence(Exception e) {
        String message = e.getMessage();
        assertTrue(message != null && !message.isBlank(), "the error has a sentence");
        assertFalse(message.contains("\n"), "one sentence, one line: " + message);
        assertFalse(message.contains("Exception") || message.contains("\tat "), "no internals: " + message);
    }

    private static void assertFast(long startNanos) {
        long millis = (System.nanoTime() - startNanos) / 1_000_000;
        assertTrue(millis < MAX_MILLIS_PER_FILE, "the import took " + millis + " ms: a hang guard, not a speed test");
    }

    /** Applies one to three damages chosen by the random source. */
    private static void damage(Path file, Random random) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int damages = 1 + random.nextInt(3);
        for (int d = 0; d < damages && bytes.length > 0; d++) {
            switch (random.nextInt(5)) {
                case 0 -> { // flip a few bytes
                    for (int i = 0; i < 1 + random.nextInt(8); i++) {
                        bytes[random.nextInt(bytes.length)] ^= (byte) (1 + random.nextInt(255));
                    }
                }
                case 1 -> bytes = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length)); // truncate
                case 2 -> { // an extreme 32-bit value where headers keep counts and lengths
                    int at = random.nextInt(Math.max(1, Math.min(bytes.length - 4, 120)));
                    if (bytes.length >= at + 4) {
                        int[] extremes = {-1, Integer.MIN_VALUE, Integer.MAX_VALUE, 0, 1 << 30};
                        ByteBuffer.wrap(bytes, at, 4).order(random.nextBoolean() ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN)
                                .putInt(extremes[random.nextInt(extremes.length)]);
                    }
                }
                case 3 -> { // junk appended
                    byte[] junk = new byte[1 + random.nextInt(512)];
                    random.nextBytes(junk);
                    byte[] longer = java.util.Arrays.copyOf(bytes, bytes.length + junk.length);
                    System.arraycopy(junk, 0, longer, bytes.length, junk.length);
                    bytes = longer;
                }
                default -> { // a whole block of random bytes
                    int at = random.nextInt(bytes.length);
                    int length = Math.min(bytes.length - at, 1 + random.nextInt(64));
                    byte[] block = new byte[length];
                    random.nextBytes(block);
                    System.arraycopy(block, 0, bytes, at, length);
                }
            }
        }
        Files.write(file, bytes);
    }
}

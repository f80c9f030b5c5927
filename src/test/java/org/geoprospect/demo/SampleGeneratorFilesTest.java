package org.geoprospect.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.geoprospect.model.ProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole generator, shapefiles included (needs io.shp.ShapefileWriter). */
class SampleGeneratorFilesTest {
    @TempDir
    Path dir;

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }

    @Test
    void writesEveryFileAndTheSameBytesForTheSameSeed() throws IOException {
        SampleGenerator.Result result = SampleGenerator.generate(dir.resolve("a"), 1_000, 11, ProgressMonitor.NONE);
        SampleGenerator.generate(dir.resolve("b"), 1_000, 11, ProgressMonitor.NONE);
        SampleGenerator.generate(dir.resolve("c"), 1_000, 12, ProgressMonitor.NONE);
        assertEquals(5, result.shapefiles().size());
        List<Path> files = files(dir.resolve("a"));
        for (String expected : List.of("maps/communes.shp", "maps/communes.dbf", "maps/communes.prj", "maps/communes.cpg",
                "maps/sectors.shp", "maps/roads.shp", "maps/railways.shp", "maps/territory.shp",
                "sample-data/households.csv", "sample-data/clients.csv", "sample-data/orders.csv", "sample-data/competitors.csv")) {
            assertTrue(files.contains(Path.of(expected)), expected + " in " + files);
        }
        assertEquals(files, files(dir.resolve("b")));
        for (Path file : files) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(file)), Files.readAllBytes(dir.resolve("b").resolve(file)),
                    file + " differs between two runs with the same seed");
        }
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(dir.resolve("a/maps/roads.shp")), Files.readAllBytes(dir.resolve("c/maps/roads.shp"))));
    }

    @Test
    void dbfDateIsTheReferenceDateNotTheClock() throws IOException {
        SampleGenerator generator = new SampleGenerator(0, 1);
        generator.writeMaps(dir);
        byte[] header = Files.readAllBytes(dir.resolve("communes.dbf"));
        assertEquals(SampleGenerator.REFERENCE_DATE.getYear() - 1900, header[1] & 0xFF);
        assertEquals(SampleGenerator.REFERENCE_DATE.getMonthValue(), header[2]);
        assertEquals(SampleGenerator.REFERENCE_DATE.getDayOfMonth(), header[3]);
        assertEquals("UTF-8", Files.readString(dir.resolve("communes.cpg")).trim());
        assertTrue(Files.readString(dir.resolve("roads.prj")).contains("Lambert"), "Lambert-93 .prj");
    }

    @Test
    void shapefilesReadBackWithTheirFeatures() throws IOException {
        SampleGenerator generator = new SampleGenerator(0, 1);
        generator.writeMaps(dir);
        DemoMaps maps = generator.maps();
        for (DemoMaps.Layer layer : maps.layers()) {
            org.geoprospect.io.shp.ShapefileData data = org.geoprospect.io.shp.ShapefileReader.read(dir.resolve(layer.fileName()));
            assertEquals(layer.features().size(), data.features().size(), layer.fileName());
            assertEquals(layer.kind(), data.kind(), layer.fileName());
            for (int i = 0; i < layer.features().size(); i++) {
                assertEquals(layer.features().get(i).text("name"), data.features().get(i).text("name"), layer.fileName());
            }
        }
    }
}

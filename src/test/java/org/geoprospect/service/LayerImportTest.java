package org.geoprospect.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.geoprospect.model.ProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Layer import on files written by GDAL (see src/test/resources/org/geoprospect/service/import/README.md):
 * counts, CRS, positions within 1 m of the original Lambert-93 layer, accents, repair and skip rules.
 */
class LayerImportTest {
    @TempDir
    static Path dir;
    private static Path project;
    private static Map<String, FeatureView> demoCommunes;
    private final ImportService imports = new ImportService();

    @BeforeAll
    static void createProjectWithTheDemoCommunes() throws IOException {
        project = dir.resolve("p");
        new ProjectService().create(project, false, ProgressMonitor.NONE);
        new ImportService().importLayer(project, repoFile("maps/communes.shp"), "demo_communes", null, null, ProgressMonitor.NONE);
        demoCommunes = byInsee(new ProjectService().features(project, "demo_communes", 1000));
    }

    @Test
    void geoJsonFromGdalLandsWithinOneMetreOfTheOriginal() throws Exception {
        LayerImportReport report = imports.importLayer(project, fixture("communes.geojson"), "gj", null, null, ProgressMonitor.NONE);
        assertEquals(105, report.features());
        assertEquals(105, report.imported());
        assertEquals(4326, report.sourceSrid());
        assertPositionsMatchTheDemo("gj");
    }

    @Test
    void latin1ShapefileWithEsriPrjKeepsItsAccentsAndPositions() throws Exception {
        LayerImportReport report = imports.importLayer(project, fixture("communes4326.shp"), "latin1", null, null, ProgressMonitor.NONE);
        assertEquals(4326, report.sourceSrid());
        assertEquals(105, report.imported());
        Map<String, FeatureView> imported = byInsee(new ProjectService().features(project, "latin1", 1000));
        assertEquals("Sèvremoine", imported.get("49301").attributes().get("name"));
        assertEquals("Les Ponts-de-Cé", imported.get("49246").attributes().get("name"));
        assertPositionsMatchTheDemo("latin1");
    }

    @Test
    void aShapefileWithoutPrjNeedsSrid() throws Exception {
        UserFacingException failure = assertThrows(UserFacingException.class, () ->
                imports.importLayer(project, fixture("roads-noprj.shp"), "roads", null, null, ProgressMonitor.NONE));
        assertTrue(failure.getMessage().contains("--srid"), failure.getMessage());
        LayerImportReport report = imports.importLayer(project, fixture("roads-noprj.shp"), "roads", 2154, null, ProgressMonitor.NONE);
        assertEquals(6, report.imported(), "the six motorways");
        assertEquals(2154, report.sourceSrid());
    }

    @Test
    void invalidPolygonsAreRepairedAndOtherFeaturesSkippedWithAReason() throws Exception {
        LayerImportReport report = imports.importLayer(project, fixture("invalid-polygons.geojson"), "zones", null, null,
                ProgressMonitor.NONE);
        assertEquals(4, report.features());
        assertEquals(2, report.imported());
        assertEquals(1, report.repaired());
        assertEquals(2, report.skipped());
        assertTrue(report.warnings().stream().anyMatch(w -> w.startsWith("Feature 3 ") && w.contains("no geometry")), report.warnings().toString());
        assertTrue(report.warnings().stream().anyMatch(w -> w.startsWith("Feature 4 ") && w.contains("Point")), report.warnings().toString());
    }

    @Test
    void aWrongSridIsFlaggedAsOutsideItsAreaOfUse() throws Exception {
        // Lambert-93 data declared as the CC42 conic zone (a band 41-43 degrees N): its northings of about
        // 6,700 km put the points some 5,000 km north of that band.
        LayerImportReport report = imports.importLayer(project, fixture("roads-noprj.shp"), "wrong", 3942, null,
                ProgressMonitor.NONE);
        assertTrue(report.warnings().stream().anyMatch(w -> w.contains("outside the area of use of EPSG:3942")),
                report.warnings().toString());
        LayerImportReport right = imports.importLayer(project, fixture("roads-noprj.shp"), "right", 2154, null,
                ProgressMonitor.NONE);
        assertTrue(right.warnings().stream().noneMatch(w -> w.contains("area of use")), right.warnings().toString());
    }

    @Test
    void reimportingReplacesTheLayerInsteadOfDuplicatingIt() throws Exception {
        imports.importLayer(project, fixture("communes.geojson"), "twice", null, null, ProgressMonitor.NONE);
        imports.importLayer(project, fixture("communes.geojson"), "twice", null, null, ProgressMonitor.NONE);
        assertEquals(105, new ProjectService().layers(project).stream()
                .filter(layer -> layer.name().equals("twice")).findFirst().orElseThrow().featureCount());
    }

    @Test
    void aFileOfAnotherKindIsRefusedWithASentence(@TempDir Path other) throws Exception {
        Path text = java.nio.file.Files.writeString(other.resolve("notes.txt"), "hello");
        UserFacingException failure = assertThrows(UserFacingException.class, () ->
                imports.importLayer(project, text, null, null, null, ProgressMonitor.NONE));
        assertTrue(failure.getMessage().contains("neither a shapefile"), failure.getMessage());
    }

    @Test
    void aGeoJsonWhoseFirstBytesLookLikeUtf32IsRefusedAsNotUtf8(@TempDir Path other) throws Exception {
        // Jackson guesses UTF-32 from these bytes and then fails on the first "character".
        byte[] bytes = {0, 0, 0, '{', '"', 't', 'y', 'p', 'e', '"', ':', '!', '!', '!'};
        Path file = java.nio.file.Files.write(other.resolve("odd.geojson"), bytes);
        org.geoprospect.io.geojson.GeoJsonFormatException failure = assertThrows(
                org.geoprospect.io.geojson.GeoJsonFormatException.class,
                () -> imports.importLayer(project, file, "odd", null, null, ProgressMonitor.NONE));
        assertTrue(failure.getMessage().contains("not UTF-8"), failure.getMessage());
    }

    private static void assertPositionsMatchTheDemo(String layer) {
        Map<String, FeatureView> imported = byInsee(new ProjectService().features(project, layer, 1000));
        assertEquals(demoCommunes.keySet(), imported.keySet());
        for (Map.Entry<String, FeatureView> entry : imported.entrySet()) {
            FeatureView original = demoCommunes.get(entry.getKey());
            double metres = metresBetween(original, entry.getValue());
            assertTrue(metres < 1.0, entry.getKey() + " moved by " + metres + " m");
        }
    }

    /** Equirectangular distance: exact to well under a millimetre over a few metres. */
    private static double metresBetween(FeatureView a, FeatureView b) {
        double dLat = Math.toRadians(b.lat() - a.lat());
        double dLon = Math.toRadians(b.lon() - a.lon()) * Math.cos(Math.toRadians(a.lat()));
        return 6_371_000 * Math.hypot(dLat, dLon);
    }

    private static Map<String, FeatureView> byInsee(List<FeatureView> features) {
        Map<String, FeatureView> map = new HashMap<>();
        features.forEach(f -> map.put(String.valueOf(f.attributes().get("insee")), f));
        return map;
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(LayerImportTest.class.getResource("/org/geoprospect/service/import/" + name).toURI());
    }

    private static Path repoFile(String relative) {
        String basedir = System.getProperty("basedir", System.getProperty("user.dir"));
        return Path.of(basedir).resolve(relative);
    }
}

package org.geoprospect.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.geoprospect.geo.CoordinateTransform;
import org.geoprospect.geo.GeometryReprojector;
import org.geoprospect.geo.Srids;
import org.geoprospect.model.ProgressMonitor;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;

/**
 * Issue 19 §4: the WGS84 extent an import reports (and {@code layers} shows, and zoom-to-layer uses) is the
 * extent of the features themselves, as {@code ogr2ogr -t_srs EPSG:4326} then {@code ogrinfo -so} give it,
 * for a Lambert-93 layer and a UTM layer. GDAL (Debian's gdal-bin) is the oracle; without it the test is
 * skipped and says why.
 */
class ExactExtentGdalTest {
    /** ogrinfo prints six decimals; CTS and PROJ agree far closer than that. */
    private static final double TOLERANCE_DEGREES = 2e-6;
    private static final Pattern EXTENT = Pattern.compile(
            "Extent: \\((-?[0-9.]+), (-?[0-9.]+)\\) - \\((-?[0-9.]+), (-?[0-9.]+)\\)");

    @TempDir
    static Path dir;
    private static Path project;

    @BeforeAll
    static void gdalAndAProject() throws IOException {
        Assumptions.assumeTrue(onPath("ogr2ogr") && onPath("ogrinfo"),
                "GDAL's ogr2ogr and ogrinfo are not installed (Debian package gdal-bin): the extents cannot be compared.");
        project = dir.resolve("p");
        new ProjectService().create(project, false, ProgressMonitor.NONE);
    }

    @Test
    void aLambert93LayerHasTheExtentOfItsFeaturesInWgs84() throws Exception {
        Path communes = Path.of("maps/communes.shp").toAbsolutePath();
        double[] expected = gdalWgs84Extent(communes);
        LayerImportReport report = new ImportService().importLayer(project, communes, "l93", null, null, ProgressMonitor.NONE);
        assertEquals(2154, report.sourceSrid());
        assertExtent(expected, report.bbox4326());
        assertExtent(expected, storedExtent("l93"));
        // What the corners of the projected extent gave before: wider than the features by more than 100 m.
        Envelope l93 = new Envelope(387358.593107, 486224.083455, 6663193.848242, 6746184.199652);
        Envelope corners = new GeometryReprojector(CoordinateTransform.between(2154, Srids.WGS84)).reproject(l93);
        assertTrue(expected[1] - corners.getMinY() > 0.001 || corners.getMaxY() - expected[3] > 0.001
                        || expected[0] - corners.getMinX() > 0.001 || corners.getMaxX() - expected[2] > 0.001,
                "the corner method should be visibly wider: " + corners);
    }

    @Test
    void aUtmLayerHasTheExtentOfItsFeaturesInWgs84() throws Exception {
        Path utm = dir.resolve("utm30.shp");
        run("ogr2ogr", "-f", "ESRI Shapefile", "-t_srs", "EPSG:32630", utm.toString(),
                Path.of("maps/communes.shp").toAbsolutePath().toString());
        double[] expected = gdalWgs84Extent(utm);
        LayerImportReport report = new ImportService().importLayer(project, utm, "utm", 32630, null, ProgressMonitor.NONE);
        assertExtent(expected, report.bbox4326());
    }

    private static double[] storedExtent(String layer) {
        return new ProjectService().layers(project).stream().filter(l -> l.name().equals(layer)).findFirst()
                .map(l -> new double[] {l.extent4326().getMinX(), l.extent4326().getMinY(), l.extent4326().getMaxX(),
                        l.extent4326().getMaxY()})
                .orElseThrow();
    }

    private static void assertExtent(double[] expected, double[] actual) {
        String[] names = {"west", "south", "east", "north"};
        for (int i = 0; i < 4; i++) {
            assertEquals(expected[i], actual[i], TOLERANCE_DEGREES, names[i] + " bound");
        }
    }

    /** ogr2ogr -t_srs EPSG:4326 to GeoJSON, then the extent ogrinfo -so reports. */
    private static double[] gdalWgs84Extent(Path shapefile) throws Exception {
        Path json = Files.createTempFile(dir, "wgs84", ".geojson");
        Files.delete(json);
        run("ogr2ogr", "-f", "GeoJSON", "-t_srs", "EPSG:4326", json.toString(), shapefile.toString());
        String info = run("ogrinfo", "-so", "-al", json.toString());
        Matcher m = EXTENT.matcher(info);
        assertTrue(m.find(), "ogrinfo printed no extent");
        return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)),
                Double.parseDouble(m.group(4))};
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), command[0] + " did not finish");
        assertEquals(0, p.exitValue(), command[0] + " failed: " + out);
        return out;
    }

    private static boolean onPath(String program) {
        List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(":")));
        return dirs.stream().anyMatch(d -> Files.isExecutable(Path.of(d, program)));
    }
}

package org.geoprospect.io.shp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.geoprospect.model.CancelledException;
import org.geoprospect.model.GeometryKind;
import org.geoprospect.model.ProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;

/** Reader behaviour on hand-built records: ring assembly, Z/M types, repairs, progress, file names. */
class ShapefileReaderTest {
    private static final double[] BIG_CW = {0, 0, 0, 10, 10, 10, 10, 0, 0, 0};
    private static final double[] SMALL_CCW = {2, 2, 4, 2, 4, 4, 2, 4, 2, 2};
    private static final double[] FAR_CW = {20, 20, 20, 30, 30, 30, 30, 20, 20, 20};

    @TempDir
    Path dir;

    @Test
    void ringsAreAssembledByOrientationAndMIsDropped() throws IOException {
        // Order in the record: far shell, hole, big shell: the hole must find the big shell anyway.
        double[][] m = {{1, 1, 1, 1, 1}, {2, 2, 2, 2, 2}, {3, 3, 3, 3, 3}};
        Path shp = new RawShapefile(25).multiPart(25, new double[][] {FAR_CW, SMALL_CCW, BIG_CW}, null, m)
                .write(dir, "pm");
        ShapefileData data = ShapefileReader.read(shp);
        assertEquals(GeometryKind.POLYGON, data.kind());
        Geometry expected = ShpFixtures.wkt("MULTIPOLYGON (((20 20, 20 30, 30 30, 30 20, 20 20)),"
                + " ((0 0, 0 10, 10 10, 10 0, 0 0), (2 2, 4 2, 4 4, 2 4, 2 2)))");
        assertTrue(expected.equalsExact(data.features().get(0).geometry()), data.features().get(0).geometry().toString());
        assertTrue(Double.isNaN(data.features().get(0).geometry().getCoordinate().getZ()), "M is not taken for Z");
        assertTrue(data.warnings().isEmpty(), data.warnings().toString());
    }

    @Test
    void polyLineZKeepsZAndDropsM() throws IOException {
        Path shp = new RawShapefile(13).multiPart(13, new double[][] {{0, 0, 1, 1}},
                new double[][] {{5, 6}}, new double[][] {{7, 8}}).write(dir, "lz");
        Geometry line = ShapefileReader.read(shp).features().get(0).geometry();
        assertTrue(ShpFixtures.wkt("LINESTRING Z (0 0 5, 1 1 6)").equalsExact(line));
        assertEquals(6.0, line.getCoordinates()[1].getZ());
    }

    @Test
    void pointMIsReadAsTwoDimensionalPoint() throws IOException {
        Path shp = new RawShapefile(21).point(21, 3, 4, 99).write(dir, "ptm");
        Geometry point = ShapefileReader.read(shp).features().get(0).geometry();
        assertEquals(3.0, point.getCoordinate().getX());
        assertEquals(4.0, point.getCoordinate().getY());
        assertTrue(Double.isNaN(point.getCoordinate().getZ()));
    }

    @Test
    void allCounterClockwiseRingsAreEachAPolygon() throws IOException {
        double[] farCcw = {20, 20, 30, 20, 30, 30, 20, 30, 20, 20};
        Path shp = new RawShapefile(5).multiPart(5, new double[][] {SMALL_CCW, farCcw}, null, null).write(dir, "ccw");
        Geometry geometry = ShapefileReader.read(shp).features().get(0).geometry();
        assertEquals("MultiPolygon", geometry.getGeometryType());
        assertEquals(2, geometry.getNumGeometries());
    }

    @Test
    void orphanHoleBecomesAnOuterRingWithAWarning() throws IOException {
        double[] farHole = {50, 50, 60, 50, 60, 60, 50, 60, 50, 50};
        Path shp = new RawShapefile(5).multiPart(5, new double[][] {BIG_CW, farHole}, null, null).write(dir, "orph");
        ShapefileData data = ShapefileReader.read(shp);
        assertEquals(2, data.features().get(0).geometry().getNumGeometries());
        assertEquals(List.of("Record 1 of orph.shp has a hole outside every outer ring; it was kept as an outer"
                + " ring."), data.warnings());
    }

    @Test
    void unclosedRingIsClosedWithAWarning() throws IOException {
        Path shp = new RawShapefile(5).multiPart(5, new double[][] {{0, 0, 0, 10, 10, 10, 10, 0}}, null, null)
                .write(dir, "open");
        ShapefileData data = ShapefileReader.read(shp);
        assertEquals(100.0, data.features().get(0).geometry().getArea());
        assertEquals(List.of("Record 1 of open.shp has an unclosed ring; it was closed."), data.warnings());
    }

    @Test
    void recordOfAnotherFamilyIsRefused() throws IOException {
        Path shp = new RawShapefile(5).point(1, 0, 0).write(dir, "mixed");
        ShapefileFormatException e = assertThrows(ShapefileFormatException.class, () -> ShapefileReader.read(shp));
        assertEquals("Record 1 of mixed.shp holds a Point (1) although the file declares Polygon (5) shapes; the"
                + " file is damaged, export it again from its source.", e.getMessage());
    }

    @Test
    void manyNullShapesAreCountedEvenBeyondTheListedWarnings() throws IOException {
        RawShapefile raw = new RawShapefile(1);
        for (int i = 0; i < 150; i++) {
            raw.point(0);
        }
        ShapefileData data = ShapefileReader.read(raw.point(1, 1, 1).write(dir, "nulls"));
        assertEquals(1, data.features().size());
        assertEquals(151L, data.features().get(0).id());
        assertEquals(101, data.warnings().size());
        assertEquals("50 more warnings were not listed; in all 150 records had no geometry and were skipped.",
                data.warnings().get(100));
    }

    @Test
    void cancellingStopsTheRead() throws IOException {
        Path shp = ShpFixtures.threePoints(dir);
        ProgressMonitor cancelled = new ProgressMonitor() {
            @Override
            public void progress(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(CancelledException.class, () -> ShapefileReader.read(shp, null, cancelled));
    }

    @Test
    void progressIsReportedUpToTheRecordCount() throws IOException {
        RawShapefile raw = new RawShapefile(1);
        for (int i = 0; i < 3000; i++) {
            raw.point(1, i, i);
        }
        Path shp = raw.write(dir, "many");
        List<long[]> calls = new ArrayList<>();
        ProgressMonitor recorder = new ProgressMonitor() {
            @Override
            public void progress(long done, long total) {
                calls.add(new long[] {done, total});
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        assertEquals(3000, ShapefileReader.read(shp, null, recorder).features().size());
        assertEquals(List.of(0L, 1024L, 2048L, 3000L), calls.stream().map(c -> c[0]).toList());
        assertTrue(calls.stream().allMatch(c -> c[1] == 3000));
    }

    @Test
    void siblingsAreFoundWhateverTheirCase() throws IOException {
        Path shp = ShpFixtures.threePoints(dir);
        Path upper = dir.resolve("POINTS.SHP");
        Files.move(shp, upper);
        Files.move(ShpFixtures.sibling(shp, "shx"), dir.resolve("Points.SHX"));
        ShapefileData data = ShapefileReader.read(upper);
        assertEquals(3, data.features().size());
        assertEquals(2154, data.srid().orElseThrow());
    }
}

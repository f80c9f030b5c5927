package org.geoprospect.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * Selections over households on a regular grid: 500 x 500 points 10 m apart, point (i, j) at
 * (10 i, 10 j) with id i * 500 + j, so every count below is worked out by hand. Boundaries are
 * closed: a point on an edge is selected.
 */
class PackedPointIndexTest {
    private static final int SIDE = 500;
    private static PackedPointIndex grid;

    @BeforeAll
    static void buildGrid() {
        double[] x = new double[SIDE * SIDE];
        double[] y = new double[SIDE * SIDE];
        for (int i = 0; i < SIDE; i++) {
            for (int j = 0; j < SIDE; j++) {
                x[i * SIDE + j] = 10.0 * i;
                y[i * SIDE + j] = 10.0 * j;
            }
        }
        grid = PackedPointIndex.build(x, y);
    }

    private static int id(int i, int j) {
        return i * SIDE + j;
    }

    private static Geometry wkt(String text) throws ParseException {
        return new WKTReader().read(text);
    }

    @Test
    void envelopeIncludesPointsOnItsEdges() {
        // x in 100..200 (11 columns), y in 100..300 (21 rows)
        Selection s = grid.selectEnvelope(100, 100, 200, 300);
        assertEquals(11 * 21, s.cardinality());
        assertTrue(s.contains(id(10, 10)));
        assertTrue(s.contains(id(20, 30)));
        assertFalse(s.contains(id(21, 30)));
        assertFalse(s.contains(id(9, 10)));
    }

    @Test
    void envelopeBetweenGridLinesFindsTheLinesInside() {
        assertEquals(1, grid.selectEnvelope(95, 95, 105, 105).cardinality());
        assertEquals(0, grid.selectEnvelope(101, 101, 109, 109).cardinality());
        assertEquals(SIDE * SIDE, grid.selectEnvelope(-1, -1, 1e6, 1e6).cardinality());
    }

    @Test
    void radiusCountsPointsAtExactlyTheRadius() {
        // Lattice points (a, b) with a² + b² ≤ (r / 10)² around an inner point.
        assertEquals(1, grid.selectRadius(1000, 1000, 0).cardinality());
        assertEquals(5, grid.selectRadius(1000, 1000, 10).cardinality());
        assertEquals(9, grid.selectRadius(1000, 1000, 15).cardinality());
        assertEquals(13, grid.selectRadius(1000, 1000, 20).cardinality());
        // r = 50: a² + b² ≤ 25 → 81 lattice points (Gauss circle problem, N(5) = 81)
        assertEquals(81, grid.selectRadius(1000, 1000, 50).cardinality());
    }

    @Test
    void radiusAtTheCornerOnlyCountsTheQuarterInside() {
        // Around (0, 0): a, b ≥ 0 with a² + b² ≤ 4 → (0,0) (1,0) (2,0) (0,1) (0,2) (1,1) = 6
        assertEquals(6, grid.selectRadius(0, 0, 20).cardinality());
    }

    @Test
    void squareWithVerticesOnTheGridIncludesItsBoundary() throws ParseException {
        Selection s = grid.selectPolygon(wkt("POLYGON ((100 100, 200 100, 200 200, 100 200, 100 100))"));
        assertEquals(121, s.cardinality());
        assertTrue(s.contains(id(10, 10)));
        assertTrue(s.contains(id(15, 20)));
    }

    @Test
    void triangleCountsPointsOnTheHypotenuse() throws ParseException {
        // i, j ≥ 0 and i + j ≤ 10: 11 + 10 + ... + 1 = 66
        assertEquals(66, grid.selectPolygon(wkt("POLYGON ((0 0, 100 0, 0 100, 0 0))")).cardinality());
    }

    @Test
    void holeExcludesItsInteriorButKeepsItsBoundary() throws ParseException {
        // Outer 21 x 21 = 441; hole interior x, y in 60..140 → 9 x 9 = 81
        Geometry withHole = wkt("POLYGON ((0 0, 200 0, 200 200, 0 200, 0 0), (50 50, 150 50, 150 150, 50 150, 50 50))");
        assertEquals(441 - 81, grid.selectPolygon(withHole).cardinality());
    }

    @Test
    void multiPolygonUnitesItsParts() throws ParseException {
        Geometry two = wkt("MULTIPOLYGON (((100 100, 200 100, 200 200, 100 200, 100 100)),"
                + " ((1000 1000, 1100 1000, 1100 1100, 1000 1100, 1000 1000)))");
        assertEquals(242, grid.selectPolygon(two).cardinality());
    }

    @Test
    void diamondCountsItsLatticePoints() throws ParseException {
        // |a| + |b| ≤ 5 around (1000, 1000): 2·5² + 2·5 + 1 = 61
        Geometry diamond = wkt("POLYGON ((1050 1000, 1000 1050, 950 1000, 1000 950, 1050 1000))");
        assertEquals(61, grid.selectPolygon(diamond).cardinality());
    }

    @Test
    void polygonSelectionAgreesWithJtsCoversOnRandomStars() {
        SplittableRandom random = new SplittableRandom(7);
        int n = 20_000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextDouble(0, 1000);
            y[i] = random.nextDouble(0, 1000);
        }
        PackedPointIndex index = PackedPointIndex.build(x, y);
        org.locationtech.jts.geom.GeometryFactory factory = new org.locationtech.jts.geom.GeometryFactory();
        for (int trial = 0; trial < 5; trial++) {
            org.locationtech.jts.geom.Coordinate[] ring = new org.locationtech.jts.geom.Coordinate[65];
            for (int k = 0; k < 64; k++) {
                double angle = 2 * Math.PI * k / 64;
                double r = random.nextDouble(100, 400);
                ring[k] = new org.locationtech.jts.geom.Coordinate(500 + r * Math.cos(angle), 500 + r * Math.sin(angle));
            }
            ring[64] = ring[0];
            Geometry star = factory.createPolygon(ring);
            Selection selected = index.selectPolygon(star);
            int expected = 0;
            for (int i = 0; i < n; i++) {
                boolean inside = star.covers(factory.createPoint(new org.locationtech.jts.geom.Coordinate(x[i], y[i])));
                assertEquals(inside, selected.contains(i), "point " + i + " in trial " + trial);
                expected += inside ? 1 : 0;
            }
            assertEquals(expected, selected.cardinality());
        }
    }

    @Test
    void nearestAgreesWithBruteForce() {
        SplittableRandom random = new SplittableRandom(42);
        int n = 5_000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextDouble(-5000, 5000);
            y[i] = random.nextDouble(-5000, 5000);
        }
        PackedPointIndex index = PackedPointIndex.build(x, y);
        for (int q = 0; q < 500; q++) {
            double qx = random.nextDouble(-6000, 6000);
            double qy = random.nextDouble(-6000, 6000);
            double best = Double.POSITIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                best = Math.min(best, (x[i] - qx) * (x[i] - qx) + (y[i] - qy) * (y[i] - qy));
            }
            int found = index.nearest(qx, qy);
            assertEquals(best, (x[found] - qx) * (x[found] - qx) + (y[found] - qy) * (y[found] - qy), 0.0);
        }
    }

    @Test
    void nearestOnTheGridAndWithinAMaximumDistance() {
        assertEquals(id(3, 4), grid.nearest(31, 42));
        assertEquals(-1, grid.nearest(-100, -100, 50));
        assertEquals(id(0, 0), grid.nearest(-30, -40, 50));
    }

    @Test
    void emptyIndexFindsNothing() {
        PackedPointIndex empty = PackedPointIndex.build(new double[0], new double[0]);
        assertEquals(0, empty.selectEnvelope(0, 0, 10, 10).cardinality());
        assertEquals(-1, empty.nearest(0, 0));
    }

    @Test
    void visitorReceivesEachPointOnceWithItsCoordinates() {
        int[] seen = new int[SIDE * SIDE];
        grid.visitEnvelope(0, 0, 100, 100, (id, px, py) -> {
            seen[id]++;
            assertEquals(10.0 * (id / SIDE), px);
            assertEquals(10.0 * (id % SIDE), py);
        });
        int total = 0;
        for (int count : seen) {
            assertTrue(count <= 1);
            total += count;
        }
        assertEquals(121, total);
    }

    @Test
    void invalidInputIsRefusedWithASentence() {
        assertThrows(IllegalArgumentException.class, () -> PackedPointIndex.build(new double[2], new double[3]));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PackedPointIndex.build(new double[] {Double.NaN}, new double[] {0}));
        assertTrue(e.getMessage().contains("Point 0"));
        assertThrows(IllegalArgumentException.class, () -> grid.selectPolygon(
                new org.locationtech.jts.geom.GeometryFactory().createPoint(new org.locationtech.jts.geom.Coordinate(1, 1))));
    }
}

package org.geoprospect.analysis.selection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.geoprospect.analysis.AnalysisData;
import org.geoprospect.analysis.GridFixture;
import org.geoprospect.geo.CoordinateTransform;
import org.geoprospect.geo.Srids;
import org.junit.jupiter.api.Test;

/** Shapes over the 10 × 10 grid of {@link GridFixture} (1 km spacing, Lambert-93). */
class GeometrySelectorTest {
    private final AnalysisData data = GridFixture.data();
    private final CoordinateTransform toWgs84 = CoordinateTransform.between(Srids.LAMBERT_93, Srids.WGS84);

    private void check(List<ShapeSpec> shapes, IntPredicate expected) {
        int[] wanted = IntStream.range(0, 100).filter(expected).toArray();
        assertArrayEquals(wanted, GeometrySelector.select(shapes, data).households().toArray());
    }

    private static int row(int id) {
        return id / 10;
    }

    private static int col(int id) {
        return id % 10;
    }

    /** A WGS84 WKT polygon whose Lambert-93 corners are the grid cells' midpoints around cols c0..c1, rows r0..r1. */
    private String wkt(int c0, int r0, int c1, int r1) {
        double[][] corners = {{c0 - 0.5, r0 - 0.5}, {c1 + 0.5, r0 - 0.5}, {c1 + 0.5, r1 + 0.5}, {c0 - 0.5, r1 + 0.5}, {c0 - 0.5, r0 - 0.5}};
        StringBuilder sb = new StringBuilder("POLYGON((");
        for (int i = 0; i < corners.length; i++) {
            double[] lonLat = toWgs84.transform(GridFixture.X0 + corners[i][0] * 1000, GridFixture.Y0 + corners[i][1] * 1000);
            sb.append(i == 0 ? "" : ", ").append(lonLat[0]).append(' ').append(lonLat[1]);
        }
        return sb.append("))").toString();
    }

    @Test
    void noShapeSelectsEverything() {
        assertEquals(100, GeometrySelector.select(List.of(), data).households().cardinality());
        assertEquals(2, GeometrySelector.select(List.of(), data).clients().cardinality());
    }

    @Test
    void polygonInWgs84SelectsTheCellsItCovers() {
        check(List.of(ShapeSpec.polygon(wkt(2, 3, 4, 6))), id -> col(id) >= 2 && col(id) <= 4 && row(id) >= 3 && row(id) <= 6);
    }

    @Test
    void radiusAroundACompetitorIncludesTheBoundary() {
        // K1 sits on household 0; 2 km reaches (2,0), (0,2), (1,1) but not (2,1) at √5 km.
        check(List.of(ShapeSpec.aroundCompetitor("K1", 2.0)), id -> Math.hypot(col(id), row(id)) <= 2.0);
        assertArrayEquals(new int[]{1}, GeometrySelector.select(List.of(ShapeSpec.aroundCompetitor("k1", 2.0)), data)
                .clients().toArray(), "C2 at (1,1) is within 2 km; C1 at (9,0) is not");
    }

    @Test
    void circleAroundAWgs84Point() {
        double[] centre = toWgs84.transform(GridFixture.X0 + 5000, GridFixture.Y0 + 5000);
        check(List.of(ShapeSpec.circle(centre[0], centre[1], 1.2)), id -> Math.hypot(col(id) - 5, row(id) - 5) <= 1.2);
    }

    @Test
    void sectorAndCommuneClicks() {
        check(List.of(ShapeSpec.sector("E")), id -> col(id) >= 5);
        check(List.of(ShapeSpec.commune("49001")), id -> col(id) < 5);
    }

    @Test
    void addSubtractIntersectApplyInOrder() {
        ShapeSpec west = ShapeSpec.sector("W");
        ShapeSpec bottomRows = ShapeSpec.polygon(wkt(0, 0, 9, 1));
        check(List.of(west, bottomRows), id -> col(id) < 5 || row(id) <= 1);
        check(List.of(west, bottomRows.as(SelectionOp.SUBTRACT)), id -> col(id) < 5 && row(id) > 1);
        check(List.of(west, bottomRows.as(SelectionOp.INTERSECT)), id -> col(id) < 5 && row(id) <= 1);
        check(List.of(bottomRows.as(SelectionOp.SUBTRACT)), id -> row(id) > 1);
    }

    @Test
    void rectangleInWgs84() {
        double[] low = toWgs84.transform(GridFixture.X0 - 400, GridFixture.Y0 - 400);
        double[] high = toWgs84.transform(GridFixture.X0 + 2400, GridFixture.Y0 + 1400);
        // A lon/lat rectangle is not exactly a Lambert-93 rectangle, but 400 m margins absorb the difference here.
        check(List.of(ShapeSpec.rectangle(low[0], low[1], high[0], high[1])), id -> col(id) <= 2 && row(id) <= 1);
    }

    @Test
    void badShapesAreOneSentence() {
        IllegalArgumentException competitor = assertThrows(IllegalArgumentException.class,
                () -> GeometrySelector.select(List.of(ShapeSpec.aroundCompetitor("K9", 1)), data));
        assertTrue(competitor.getMessage().startsWith("Unknown competitor 'K9'"), competitor.getMessage());
        IllegalArgumentException wkt = assertThrows(IllegalArgumentException.class,
                () -> GeometrySelector.select(List.of(ShapeSpec.polygon("POLYGON((0 0, 1 1")), data));
        assertTrue(wkt.getMessage().startsWith("The polygon is not valid WKT"), wkt.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> GeometrySelector.select(List.of(ShapeSpec.polygon("LINESTRING(0 0, 1 1)")), data));
    }
}

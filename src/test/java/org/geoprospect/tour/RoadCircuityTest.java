package org.geoprospect.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The road / straight-line ratio that decides whether a roads layer describes the roads between a tour's places. */
class RoadCircuityTest {
    /** Four places on a 1 km square: four sides of 1,000 m and two diagonals of 1,414 m. */
    private static final double[] X = {0, 1000, 1000, 0};
    private static final double[] Y = {0, 0, 1000, 1000};

    @Test
    void theMedianRatioDecides() {
        assertEquals(1.3, RoadCircuity.median(EuclideanCost.withDetour(X, Y, 1.3), X, Y), 1e-9);
        assertTrue(RoadCircuity.plausible(EuclideanCost.withDetour(X, Y, 1.3), X, Y));
        // Sides by road 1,000 m (ratio 1), diagonals forced round by a junction far away: 6,000 m (ratio 4.24).
        // Six pairs: four at 1.0, two at 4.24 -> median 1.0, plausible.
        assertTrue(RoadCircuity.plausible(matrix(1000, 6000), X, Y));
        // Every side 3,000 m (ratio 3), diagonals 3,000 m (ratio 2.12): sorted 2.12, 2.12, 3, 3, 3, 3 -> median 3 > 1.6.
        assertEquals(3.0, RoadCircuity.median(matrix(3000, 3000), X, Y), 1e-9);
        assertFalse(RoadCircuity.plausible(matrix(3000, 3000), X, Y));
        // Sides 1,700 m (ratio 1.7), diagonals 2,000 m (1.41): median 1.7, just over the limit; 1,500 m sides pass.
        assertFalse(RoadCircuity.plausible(matrix(1700, 2000), X, Y));
        assertTrue(RoadCircuity.plausible(matrix(1500, 2000), X, Y));
    }

    @Test
    void placesTooCloseTellNothing() {
        double[] x = {0, 50};
        double[] y = {0, 0};
        assertTrue(Double.isNaN(RoadCircuity.median(matrix(5000, 5000), x, y)));
        assertTrue(RoadCircuity.plausible(matrix(5000, 5000), x, y));
    }

    private static MatrixCost matrix(double side, double diagonal) {
        double[][] m = new double[4][4];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                m[i][j] = i == j ? 0 : Math.abs(i - j) == 2 ? diagonal : side;
            }
        }
        return MatrixCost.of(m);
    }
}

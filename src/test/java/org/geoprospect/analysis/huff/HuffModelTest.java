package org.geoprospect.analysis.huff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HuffModelTest {
    /**
     * On a line, household at 0: our site at +1 km (A = 1), competitor K1 at +2 km (A = 2), K2 at −4 km
     * (A = 8). With λ = 2 the attractions are 1/1e6, 2/4e6, 8/16e6 = 1e-6, 5e-7, 5e-7: P = 0.5, 0.25, 0.25.
     * With λ = 1: 1/1000, 2/2000, 8/4000 = 1e-3, 1e-3, 2e-3: P = 0.25, 0.25, 0.5.
     */
    private static HuffModel lineModel(double lambda) {
        return new HuffModel(new double[]{1000}, new double[]{0}, new double[]{2000, -4000}, new double[]{0, 0},
                new double[]{2, 8}, new HuffParameters(lambda, 1.0, 50, 1));
    }

    @Test
    void handComputedProbabilitiesWithLambdaTwo() {
        assertArrayEquals(new double[]{0.5, 0.25, 0.25}, lineModel(2).probabilities(0, 0), 1e-9);
    }

    @Test
    void handComputedProbabilitiesWithLambdaOne() {
        assertArrayEquals(new double[]{0.25, 0.25, 0.5}, lineModel(1).probabilities(0, 0), 1e-9);
    }

    @Test
    void columnsGiveNearestSitesRatioAndOurShare() {
        EscapeColumns columns = lineModel(2).compute(new double[]{0, 3000}, new double[]{0, 0}, 2);
        assertEquals(0.5, columns.usProbability()[0], 1e-7);
        assertEquals(0, columns.nearestCompetitor()[0]);
        assertEquals(2000, columns.competitorDistance()[0], 1e-3);
        assertEquals(1000, columns.ownDistance()[0], 1e-3);
        assertEquals(0.5, columns.distanceRatio()[0], 1e-7);
        // At +3 km: us at 2 km (1/4e6 = 2.5e-7), K1 at 1 km (2/1e6 = 2e-6), K2 at 7 km (8/49e6).
        double us = 2.5e-7, k1 = 2e-6, k2 = 8 / 49e6;
        assertEquals(us / (us + k1 + k2), columns.usProbability()[1], 1e-7);
        assertEquals(2.0, columns.distanceRatio()[1], 1e-6);
    }

    @Test
    void defaultAttractivenessIsTheCompetitorsMean() {
        HuffModel model = new HuffModel(new double[]{0}, new double[]{0}, new double[]{1, 2}, new double[]{0, 0},
                new double[]{2, 8}, HuffParameters.DEFAULT);
        assertEquals(5.0, model.ourAttractiveness(), 1e-12);
    }

    @Test
    void cutoffModeAgreesWithTheExactSumWhenEverySiteIsInsideTheCutoff() {
        SplittableRandom random = new SplittableRandom(7);
        int sites = 400;
        double[] cx = new double[sites], cy = new double[sites], ca = new double[sites];
        for (int k = 0; k < sites; k++) {
            cx[k] = random.nextDouble(0, 20_000);
            cy[k] = random.nextDouble(0, 20_000);
            ca[k] = random.nextDouble(100, 5000);
        }
        double[] ox = {5000, 15_000}, oy = {5000, 15_000};
        HuffModel model = new HuffModel(ox, oy, cx, cy, ca, new HuffParameters(2, 2000.0, 100, 1));
        double[] hx = new double[50], hy = new double[50];
        for (int i = 0; i < hx.length; i++) {
            hx[i] = random.nextDouble(0, 20_000);
            hy[i] = random.nextDouble(0, 20_000);
        }
        EscapeColumns columns = model.compute(hx, hy, hx.length);
        for (int i = 0; i < hx.length; i++) {
            assertEquals(model.probabilities(hx[i], hy[i])[0], columns.usProbability()[i], 1e-6);
        }
    }
}

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

    /**
     * Issue 13: one competitor of attractiveness 4,500 (Grand Air Exemple Angers' floor area) at x = 0, our one
     * site 30 km east, our attractiveness 1,500, λ = 2; households 1, 5 and 20 km east of the competitor.
     * Attractions in km⁻² (the unit cancels out):
     * <pre>
     *   1 km:  competitor 4500 / 1²  = 4500      us 1500 / 29² = 1.78359   P(competitor) = 4500 / 4501.78359 = 0.999604
     *   5 km:  competitor 4500 / 5²  = 180       us 1500 / 25² = 2.4       P(competitor) = 180 / 182.4        = 0.986842
     *  20 km:  competitor 4500 / 20² = 11.25     us 1500 / 10² = 15        P(competitor) = 11.25 / 26.25      = 0.428571
     * </pre>
     * Next to the strong competitor nearly everyone escapes; 10 km from our site, fewer than half do.
     */
    @Test
    void nextToAStrongCompetitorNearlyEveryoneEscapesAndFarFromItFewerThanHalf() {
        HuffModel model = new HuffModel(new double[]{30_000}, new double[]{0}, new double[]{0}, new double[]{0},
                new double[]{4500}, new HuffParameters(2, 1500.0, 50, 10));
        double[] x = {1000, 5000, 20_000};
        EscapeColumns columns = model.compute(x, new double[3], 3);
        double[] expectedCompetitor = {4500 / (4500 + 1500 / 841.0), 180 / 182.4, 11.25 / 26.25};
        assertEquals(0.999604, expectedCompetitor[0], 1e-6);
        assertEquals(0.986842, expectedCompetitor[1], 1e-6);
        assertEquals(0.428571, expectedCompetitor[2], 1e-6);
        for (int i = 0; i < 3; i++) {
            assertEquals(expectedCompetitor[i], model.probabilities(x[i], 0)[1], 1e-9, "exact model at " + x[i] + " m");
            assertEquals(1 - expectedCompetitor[i], columns.usProbability()[i], 1e-6, "escape columns at " + x[i] + " m");
        }
    }

    /**
     * Our attractiveness belongs to all our sites together: two sites on the same spot share the 1,500 and
     * weigh what one does (before, each took the whole 1,500, and 116 client addresses made the demo's company
     * 116 outlets strong, so every household looked ours). Without a value, ours is the competitors' mean,
     * here 4,500: at 20 km, us 4500 / 10² = 45 against 11.25, P(competitor) = 11.25 / 56.25 = 0.2.
     */
    @Test
    void ourSitesShareOurAttractivenessAndTheDefaultIsTheCompetitorsMeanForAllOfThem() {
        HuffParameters parameters = new HuffParameters(2, 1500.0, 50, 10);
        HuffModel one = new HuffModel(new double[]{30_000}, new double[]{0}, new double[]{0}, new double[]{0},
                new double[]{4500}, parameters);
        HuffModel two = new HuffModel(new double[]{30_000, 30_000}, new double[]{0, 0}, new double[]{0}, new double[]{0},
                new double[]{4500}, parameters);
        assertEquals(750, two.ourAttractivenessPerSite(), 1e-12);
        assertArrayEquals(one.probabilities(20_000, 0), two.probabilities(20_000, 0), 1e-12);
        HuffModel byDefault = new HuffModel(new double[]{30_000, 30_000}, new double[]{0, 0}, new double[]{0},
                new double[]{0}, new double[]{4500}, HuffParameters.DEFAULT);
        assertEquals(4500, byDefault.ourAttractiveness(), 1e-12);
        assertEquals(0.2, byDefault.probabilities(20_000, 0)[1], 1e-9);
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

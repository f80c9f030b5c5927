package org.geoprospect.tour;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.geoprospect.model.ProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TourSolverTest {
    private static final SolverOptions FIXED = SolverOptions.iterations(7, 2_000);

    @ParameterizedTest
    @ValueSource(ints = {4, 5, 6, 7, 8, 9})
    void closedTourMatchesBruteForceOptimum(int n) {
        for (long seed = 1; seed <= 10; seed++) {
            TravelCost cost = randomPoints(n, seed * 31 + n);
            TourSolver.Tour tour = TourSolver.solve(cost, FIXED);
            assertPermutation(tour.order(), n);
            assertEquals(BruteForce.closedOptimum(cost), tour.length(), 1e-9, "seed " + seed);
            assertEquals(VisitOrder.closedLength(cost, tour.order()), tour.length(), 1e-9);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 4, 6, 9})
    void openPathMatchesBruteForceOptimumAndKeepsItsEnds(int n) {
        for (long seed = 1; seed <= 10; seed++) {
            TravelCost cost = randomPoints(n, seed * 17 + n);
            TourSolver.Tour path = VisitOrder.path(cost, 0, n - 1, FIXED, ProgressMonitor.NONE);
            int[] order = path.order();
            assertPermutation(order, n);
            assertEquals(0, order[0]);
            assertEquals(n - 1, order[n - 1]);
            assertEquals(BruteForce.pathOptimum(cost, 0, n - 1), path.length(), 1e-9, "seed " + seed);
        }
    }

    @Test
    void roundStartsAtTheOffice() {
        TravelCost cost = randomPoints(9, 99);
        TourSolver.Tour round = VisitOrder.round(cost, 4, FIXED, ProgressMonitor.NONE);
        assertEquals(4, round.order()[0]);
        assertEquals(BruteForce.closedOptimum(cost), round.length(), 1e-9);
    }

    @Test
    void pointsOnACircleAreVisitedAroundIt() {
        // Known by construction: the optimal tour of points on a circle follows the circle.
        int n = 40;
        double[] x = new double[n];
        double[] y = new double[n];
        int[] shuffled = shuffledIndices(n, 5);
        for (int i = 0; i < n; i++) {
            double angle = 2 * Math.PI * shuffled[i] / n;
            x[i] = 1000 * Math.cos(angle);
            y[i] = 1000 * Math.sin(angle);
        }
        TravelCost cost = EuclideanCost.plain(x, y);
        TourSolver.Tour tour = TourSolver.solve(cost, FIXED);
        double perimeter = n * 2 * 1000 * Math.sin(Math.PI / n);
        assertEquals(perimeter, tour.length(), 1e-6);
    }

    @Test
    void sameSeedAndIterationsGiveTheSameTour() {
        TravelCost cost = randomPoints(200, 3);
        TourSolver.Tour a = TourSolver.solve(cost, SolverOptions.iterations(11, 3_000));
        TourSolver.Tour b = TourSolver.solve(cost, SolverOptions.iterations(11, 3_000));
        assertArrayEquals(a.order(), b.order());
        assertPermutation(a.order(), 200);
    }

    @Test
    void detourFactorScalesTheLength() {
        double[] x = {0, 3, 3, 0};
        double[] y = {0, 0, 4, 4};
        assertEquals(14 * 1.3, TourSolver.solve(EuclideanCost.withDetour(x, y, 1.3), FIXED).length(), 1e-9);
    }

    @Test
    void tsplibRoundingIsNearestInteger() {
        EuclideanCost cost = EuclideanCost.tsplib(new double[] {0, 1, 0}, new double[] {0, 1, 2.6});
        assertEquals(1, cost.cost(0, 1)); // sqrt(2) = 1.41 -> 1
        assertEquals(3, cost.cost(0, 2)); // 2.6 -> 3
        assertEquals(2, cost.cost(1, 2)); // sqrt(1 + 2.56) = 1.89 -> 2
    }

    static TravelCost randomPoints(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextDouble(0, 10_000);
            y[i] = random.nextDouble(0, 10_000);
        }
        return EuclideanCost.plain(x, y);
    }

    private static int[] shuffledIndices(int n, long seed) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }

    static void assertPermutation(int[] order, int n) {
        int[] sorted = order.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < n; i++) {
            assertEquals(i, sorted[i], "not a permutation: " + Arrays.toString(order));
        }
        assertTrue(order.length == n);
    }
}

package org.geoprospect.tour;

import java.util.Arrays;

/**
 * Whether a roads layer describes the roads between a tour's places. A road path is usually 1.2 to 1.4
 * times the straight line between two places (this application's default detour factor is 1.3); a layer
 * that holds only the main roads (an extract by road class, the demo's synthetic network) sends the
 * shortest path to a junction kilometres away between neighbours on unmapped lanes, and the visit order
 * optimised on such costs zig-zags. When the median ratio of road cost to straight-line distance over
 * the places' pairs exceeds {@value #MAX_MEDIAN}, the layer is set aside for that tour. (Measured on the
 * demo: the 25 picnic-interested households nearest Angers give a median of 1.82 on its synthetic main
 * roads, and the visit order optimised on them crossed the town back and forth.) Stateless.
 */
public final class RoadCircuity {
    /** The largest median road / straight-line ratio for which the road costs are used. */
    public static final double MAX_MEDIAN = 1.6;
    /** Pairs closer than this (same building, same street) say nothing about the network. */
    private static final double MIN_PAIR_METRES = 100;

    private RoadCircuity() {
    }

    /**
     * The median of {@code roads.cost(i, j) / straight(i, j)} over the pairs {@code i < j} at least
     * 100 m apart; NaN when there is no such pair.
     */
    public static double median(TravelCost roads, double[] x, double[] y) {
        int k = x.length;
        double[] ratios = new double[k * (k - 1) / 2];
        int n = 0;
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                double straight = Math.hypot(x[i] - x[j], y[i] - y[j]);
                if (straight >= MIN_PAIR_METRES) {
                    ratios[n++] = roads.cost(i, j) / straight;
                }
            }
        }
        if (n == 0) {
            return Double.NaN;
        }
        Arrays.sort(ratios, 0, n);
        return n % 2 == 1 ? ratios[n / 2] : (ratios[n / 2 - 1] + ratios[n / 2]) / 2;
    }

    /** Whether the road costs are plausible for these places (median ratio at most {@value #MAX_MEDIAN}, or no pair to judge). */
    public static boolean plausible(TravelCost roads, double[] x, double[] y) {
        double median = median(roads, x, y);
        return Double.isNaN(median) || median <= MAX_MEDIAN;
    }
}

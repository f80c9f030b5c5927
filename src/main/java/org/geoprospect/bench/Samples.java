package org.geoprospect.bench;

import java.util.Arrays;

/**
 * Summary statistics of repeated measurements: median, 95th percentile and maximum.
 *
 * <p>Percentiles use the nearest-rank method on the sorted values (p95 of 20 runs is the 19th value),
 * which never invents a value that was not measured.
 */
public record Samples(double median, double p95, double max, int count) {
    /** Summarises the values; the array is not modified. */
    public static Samples of(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("No measurement to summarise");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new Samples(median(sorted), nearestRank(sorted, 0.95), sorted[sorted.length - 1], sorted.length);
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double nearestRank(double[] sorted, double quantile) {
        int rank = (int) Math.ceil(quantile * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}

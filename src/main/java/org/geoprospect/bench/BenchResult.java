package org.geoprospect.bench;

/**
 * One row of the benchmark file. {@code ratio} is our median divided by the peer's median (lower is
 * better); the peer fields are null when no peer was measured.
 *
 * @param name metric name, e.g. {@code select.polygon}
 * @param size workload size (households, features, stops...)
 * @param unit {@code ms}, {@code features/s}, {@code %}...
 */
public record BenchResult(String name, long size, String unit, double median, double p95, double max,
                          String peer, Double peerMedian, Double ratio, String note) {
    /** A row without peer. */
    public static BenchResult of(String name, long size, String unit, Samples samples) {
        return new BenchResult(name, size, unit, samples.median(), samples.p95(), samples.max(), null, null, null, null);
    }

    /** A row compared with a peer measured in the same run. */
    public static BenchResult withPeer(String name, long size, String unit, Samples ours, String peer, Samples theirs) {
        double ratio = theirs.median() == 0 ? Double.NaN : ours.median() / theirs.median();
        return new BenchResult(name, size, unit, ours.median(), ours.p95(), ours.max(), peer, theirs.median(), ratio, null);
    }

    /** The same row with an explanatory note (e.g. why a peer was skipped). */
    public BenchResult withNote(String text) {
        return new BenchResult(name, size, unit, median, p95, max, peer, peerMedian, ratio, text);
    }
}

package org.geoprospect.bench;

import java.util.function.LongSupplier;

/**
 * Decides how often a measurement is repeated, from how long one run takes: normally
 * {@value #WARMUPS} warm-ups and {@code runs} measured runs (20 by default, as the benchmark issue
 * asks); when a warm-up run takes more than {@value #LONG_RUN_MILLIS} ms, a single warm-up and
 * {@value #LONG_RUNS} runs, so that a million-row import does not take half an hour — the row's note
 * then says so.
 *
 * <p>Immutable and thread-safe; the clock is injectable so that tests need no real time.
 */
public final class RunPlan {
    /** Warm-ups for short measurements: lets the JIT compile the hot paths first. */
    static final int WARMUPS = 3;
    /** A run longer than this (the first warm-up) makes the measurement "long". */
    static final double LONG_RUN_MILLIS = 10_000;
    /** Runs of a long measurement. */
    static final int LONG_RUNS = 5;

    private final int runs;
    private final LongSupplier nanoClock;

    /**
     * @param runs measured runs of a short measurement, at least 1 (20 for published figures)
     */
    public RunPlan(int runs, LongSupplier nanoClock) {
        if (runs < 1) {
            throw new IllegalArgumentException("At least one measured run is needed, not " + runs + ".");
        }
        this.runs = runs;
        this.nanoClock = nanoClock;
    }

    /** The published setting: 20 runs, System.nanoTime. */
    public static RunPlan standard() {
        return new RunPlan(Repeat.DEFAULT_RUNS, System::nanoTime);
    }

    /** Measured runs of a short measurement. */
    public int runs() {
        return runs;
    }

    /**
     * A measurement: the measured runs' durations in milliseconds (in run order), their summary and,
     * when fewer runs than the standard were made, why.
     */
    public record Timing(double[] millis, Samples samples, String note) {
    }

    /**
     * Times an action: one warm-up decides whether the measurement is long, then the remaining
     * warm-ups and the measured runs follow.
     *
     * @param prepare runs untimed before every run, warm-ups included (e.g. a fresh empty project)
     * @param cleanup runs untimed after every run
     */
    public Timing time(Repeat.Action prepare, Repeat.Action action, Repeat.Action cleanup) throws Exception {
        double first = once(prepare, action, cleanup);
        boolean longRun = first > LONG_RUN_MILLIS;
        int warmups = longRun ? 0 : Math.min(WARMUPS, runs) - 1;
        for (int i = 0; i < warmups; i++) {
            once(prepare, action, cleanup);
        }
        int count = longRun ? Math.min(LONG_RUNS, runs) : runs;
        double[] durations = new double[count];
        for (int i = 0; i < count; i++) {
            durations[i] = once(prepare, action, cleanup);
        }
        String note = count < Repeat.DEFAULT_RUNS
                ? count + " runs" + (longRun ? " (one run takes more than 10 s)" : "") + " after "
                        + (warmups + 1) + " warm-up" + (warmups > 0 ? "s" : "")
                : null;
        return new Timing(durations, Samples.of(durations), note);
    }

    private double once(Repeat.Action prepare, Repeat.Action action, Repeat.Action cleanup) throws Exception {
        prepare.run();
        long start = nanoClock.getAsLong();
        try {
            action.run();
            return (nanoClock.getAsLong() - start) / 1e6;
        } finally {
            cleanup.run();
        }
    }
}

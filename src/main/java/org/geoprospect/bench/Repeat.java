package org.geoprospect.bench;

import java.util.function.LongSupplier;

/**
 * Times an action repeatedly after a warm-up; the clock is injectable so that tests need no real time.
 */
public final class Repeat {
    /** At least this many measured runs, as the benchmark issue asks. */
    public static final int DEFAULT_RUNS = 20;

    private final int warmups;
    private final int runs;
    private final LongSupplier nanoClock;

    public Repeat(int warmups, int runs, LongSupplier nanoClock) {
        if (runs < 1 || warmups < 0) {
            throw new IllegalArgumentException("runs must be >= 1 and warmups >= 0");
        }
        this.warmups = warmups;
        this.runs = runs;
        this.nanoClock = nanoClock;
    }

    /** The usual setting: 5 warm-ups, 20 runs, System.nanoTime. */
    public static Repeat standard() {
        return new Repeat(5, DEFAULT_RUNS, System::nanoTime);
    }

    /** An action under measurement; may throw. */
    @FunctionalInterface
    public interface Action {
        void run() throws Exception;
    }

    /** Runs the action warmups + runs times and returns the measured durations in milliseconds. */
    public Samples millis(Action action) throws Exception {
        for (int i = 0; i < warmups; i++) {
            action.run();
        }
        double[] durations = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = nanoClock.getAsLong();
            action.run();
            durations[i] = (nanoClock.getAsLong() - start) / 1e6;
        }
        return Samples.of(durations);
    }
}

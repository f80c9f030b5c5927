package org.geoprospect.tour;

import java.time.Duration;

/**
 * How long and how the solver searches.
 *
 * @param seed          seed of the kicks' random choices: the same seed, cost and iteration count give
 *                      the same tour
 * @param maxIterations number of perturbation + local search rounds after the first descent
 * @param timeBudget    wall-clock limit of the search (checked every round); {@code null} for none,
 *                      which with a finite {@code maxIterations} makes the result deterministic
 * @param stallRounds   stop after this many rounds in a row without a shorter tour (a count, so it
 *                      keeps the result deterministic); {@code Long.MAX_VALUE} for never
 */
public record SolverOptions(long seed, long maxIterations, Duration timeBudget, long stallRounds) {
    /** The default seed. */
    public static final long DEFAULT_SEED = 20_261_125L;

    public SolverOptions {
        if (maxIterations < 0) {
            throw new IllegalArgumentException("The iteration count cannot be negative, got " + maxIterations + ".");
        }
        if (stallRounds < 1) {
            throw new IllegalArgumentException("The stall limit must be at least 1, got " + stallRounds + ".");
        }
        if (timeBudget != null && timeBudget.isNegative()) {
            throw new IllegalArgumentException("The time budget cannot be negative, got " + timeBudget + ".");
        }
    }

    /** Deterministic: a fixed number of rounds and no clock. */
    public static SolverOptions iterations(long seed, long iterations) {
        return new SolverOptions(seed, iterations, null, Long.MAX_VALUE);
    }

    /**
     * What interactive use wants: search until the time budget is spent, but no more rounds than
     * useful: stops after {@value #INTERACTIVE_STALL_ROUNDS} rounds without improvement (small tours
     * converge in a fraction of a second).
     */
    public static SolverOptions timeBudget(Duration budget) {
        return new SolverOptions(DEFAULT_SEED, Long.MAX_VALUE, budget, INTERACTIVE_STALL_ROUNDS);
    }

    /** The stall limit of {@link #timeBudget}: measured, a 280-place tour stops improving well before. */
    public static final long INTERACTIVE_STALL_ROUNDS = 200_000;
}

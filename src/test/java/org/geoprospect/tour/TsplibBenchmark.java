package org.geoprospect.tour;

import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Prints the TSPLIB table (gap to the published optimum, time) with the interactive time budgets.
 * Timing depends on the machine, so it is a benchmark (run with {@code -Dtest.excludedGroups=}), not
 * a test; {@link TsplibQualityTest} holds the deterministic checks.
 */
@Tag("benchmark")
class TsplibBenchmark {
    @Test
    void printTable() throws Exception {
        System.out.println("instance n optimum ours gap% time_ms");
        for (TsplibCase c : TsplibCase.ALL) {
            TsplibInstance instance = c.load();
            Duration budget = Duration.ofMillis(instance.x().length > 300 ? 5000 : 1000);
            long t0 = System.nanoTime();
            TourSolver.Tour tour = TourSolver.solve(instance.cost(), SolverOptions.timeBudget(budget));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            double gap = 100.0 * (tour.length() - c.optimum()) / c.optimum();
            System.out.println(String.format(Locale.ROOT, "%s %d %d %.0f %.2f %d", c.name(), instance.x().length,
                    c.optimum(), tour.length(), gap, ms));
        }
    }
}

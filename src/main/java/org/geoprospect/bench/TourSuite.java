package org.geoprospect.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.geoprospect.tour.SolverOptions;
import org.geoprospect.tour.TourSolver;
import org.geoprospect.tour.TsplibInstance;

/**
 * The {@code tour} suite (issue 7): the visit-order solver on six TSPLIB instances (EUC_2D) with the
 * product's interactive budgets (1 s up to 300 stops, 5 s above): {@code tour.gap_<instance>}, percent
 * over the published optimum, and {@code tour.time_<instance>}, milliseconds of
 * {@link TourSolver#solve}. The instances travel in the jar ({@code bench/tsplib/}). The suite ignores
 * {@code --sizes} (the instances fix the sizes); in {@code --quick} mode the budgets are divided by 20.
 * No peer. Not thread-safe.
 */
public final class TourSuite implements BenchSuite {
    /** An instance and its published optimal tour length (TSPLIB95 STSP.html). */
    record Case(String name, long optimum) {
    }

    static final List<Case> CASES = List.of(new Case("eil51", 426), new Case("berlin52", 7542),
            new Case("kroA100", 21282), new Case("ch150", 6528), new Case("a280", 2579), new Case("pr1002", 259045));
    private static final int QUICK_DIVISOR = 20;

    @Override
    public String name() {
        return "tour";
    }

    @Override
    public String description() {
        return "visit order on TSPLIB instances: gap to the optimum and time with the interactive budgets";
    }

    @Override
    public List<BenchResult> run(BenchContext context) throws Exception {
        List<BenchResult> results = new ArrayList<>();
        for (Case c : CASES) {
            TsplibInstance instance = load(c.name());
            int stops = instance.x().length;
            Duration budget = Duration.ofMillis((stops > 300 ? 5000 : 1000) / (context.quick() ? QUICK_DIVISOR : 1));
            context.say("tour " + c.name() + " (" + stops + " stops, budget " + budget.toMillis() + " ms)");
            List<Double> lengths = new ArrayList<>();
            RunPlan.Timing timing = context.plan().time(() -> { },
                    () -> lengths.add(TourSolver.solve(instance.cost(), SolverOptions.timeBudget(budget)).length()),
                    () -> { });
            // The lengths of the measured runs are the last ones (warm-ups come first).
            double[] gaps = new double[timing.millis().length];
            int first = lengths.size() - gaps.length;
            for (int i = 0; i < gaps.length; i++) {
                gaps[i] = 100.0 * (lengths.get(first + i) - c.optimum()) / c.optimum();
            }
            String budgetNote = String.format(Locale.ROOT, "%d stops, time budget %d ms%s, optimum %d", stops,
                    budget.toMillis(), context.quick() ? " (--quick)" : "", c.optimum());
            results.add(BenchResult.of("tour.gap_" + c.name(), stops, "% over optimum", Samples.of(gaps))
                    .withNote(Notes.join(timing.note(), budgetNote)));
            results.add(BenchResult.of("tour.time_" + c.name(), stops, "ms", timing.samples())
                    .withNote(Notes.join(timing.note(), budgetNote)));
        }
        return results;
    }

    static TsplibInstance load(String name) throws IOException {
        String resource = "tsplib/" + name + ".tsp";
        try (InputStream in = TourSuite.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("The TSPLIB instance " + resource + " is missing from the jar; rebuild it.");
            }
            return TsplibInstance.read(new InputStreamReader(in, StandardCharsets.US_ASCII), name + ".tsp");
        }
    }
}

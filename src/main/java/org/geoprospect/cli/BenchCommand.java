package org.geoprospect.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.geoprospect.bench.BenchContext;
import org.geoprospect.bench.BenchReport;
import org.geoprospect.bench.BenchResult;
import org.geoprospect.bench.BenchSuite;
import org.geoprospect.bench.BenchSuites;
import org.geoprospect.bench.CostPlot;
import org.geoprospect.bench.MachineInfo;
import org.geoprospect.bench.RunPlan;
import org.geoprospect.bench.Scratch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bench [--suite NAME] [--sizes N,...] [--json] [--out FILE.json]}: measures the hot paths on
 * generated workloads against peers measured in the same run (see docs/BENCHMARKS.md).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure the hot paths (median, p95, max of at least 20 runs) on generated workloads, "
                + "against peers run on the same files; see docs/BENCHMARKS.md.")
final class BenchCommand implements Callable<Integer> {
    private static final int MAX_SIZE = 50_000_000;

    @Mixin
    JsonOption jsonOption;
    @Option(names = "--suite", paramLabel = "NAME", description = "Run one suite only (default: all).")
    String suite;
    @Option(names = "--sizes", paramLabel = "N,...", split = ",", defaultValue = "1000000",
            description = "Workload sizes in households (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;
    @Option(names = "--out", paramLabel = "FILE.json", description = "Also write the results as JSON to this file.")
    Path out;
    @Option(names = "--plot", paramLabel = "FILE.png", description = "Also draw the cost against size as a PNG chart.")
    Path plot;
    @Option(names = "--runs", paramLabel = "N", defaultValue = "20",
            description = "Measured runs per metric (default: ${DEFAULT-VALUE}; published figures use 20).")
    int runs;
    @Option(names = "--work-dir", paramLabel = "DIR",
            description = "Scratch folder for workloads and projects (default: a temporary folder, removed afterwards).")
    Path workDir;
    @Option(names = "--no-peer-install", description = "Never install a missing peer (its rows then carry a note).")
    boolean noPeerInstall;
    @Option(names = "--quick", description = "Smoke-test mode: every metric, shortened tour budgets, no database server peer;"
            + " the figures are not comparable.")
    boolean quick;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<BenchSuite> suites = chosenSuites();
        validate();
        PrintWriter err = spec.commandLine().getErr();
        boolean temporary = workDir == null;
        Path scratch = temporary ? Files.createTempDirectory("geoprospect-bench") : Files.createDirectories(workDir);
        List<BenchResult> results = new ArrayList<>();
        Map<String, List<BenchResult>> bySuite = new LinkedHashMap<>();
        try {
            BenchContext context = BenchContext.of(sizes, scratch, new RunPlan(runs, System::nanoTime), err, !noPeerInstall,
                    quick);
            for (BenchSuite benchSuite : suites) {
                context.say("suite " + benchSuite.name() + ": " + benchSuite.description());
                List<BenchResult> rows = benchSuite.run(context);
                bySuite.put(benchSuite.name(), rows);
                results.addAll(rows);
            }
        } finally {
            if (temporary) {
                Scratch.deleteTree(scratch);
            }
        }
        BenchReport report = new BenchReport(MachineInfo.current(), results);
        if (out != null) {
            report.writeJson(out);
        }
        if (plot != null) {
            writePlots(report, bySuite);
        }
        PrintWriter printer = spec.commandLine().getOut();
        if (jsonOption.json) {
            printer.println(report.toJson());
        } else {
            printer.print(report.toText());
        }
        printer.flush();
        return 0;
    }

    /** The plot of every row, and with several suites one plot per suite beside it ({@code NAME-SUITE.png}). */
    private void writePlots(BenchReport report, Map<String, List<BenchResult>> bySuite) throws java.io.IOException {
        CostPlot.write(report, "GeoProspect bench: time per run against size", plot);
        if (bySuite.size() < 2) {
            return;
        }
        String file = plot.getFileName().toString();
        String stem = file.toLowerCase(java.util.Locale.ROOT).endsWith(".png") ? file.substring(0, file.length() - 4) : file;
        for (Map.Entry<String, List<BenchResult>> suiteRows : bySuite.entrySet()) {
            CostPlot.write(new BenchReport(report.machine(), suiteRows.getValue()),
                    "GeoProspect bench, " + suiteRows.getKey() + ": time per run against size",
                    plot.resolveSibling(stem + "-" + suiteRows.getKey() + ".png"));
        }
    }

    private List<BenchSuite> chosenSuites() {
        if (suite == null) {
            return BenchSuites.all();
        }
        return List.of(BenchSuites.byName(suite).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "Unknown suite '" + suite + "'; the suites are: " + BenchSuites.names() + ".")));
    }

    private void validate() {
        if (sizes.isEmpty() || sizes.stream().anyMatch(size -> size == null || size < 1 || size > MAX_SIZE)) {
            throw new ParameterException(spec.commandLine(), "--sizes takes household counts between 1 and " + MAX_SIZE
                    + ", separated by commas (e.g. --sizes 100000,1000000).");
        }
        if (runs < 1 || runs > 1000) {
            throw new ParameterException(spec.commandLine(), "--runs must be between 1 and 1000.");
        }
    }
}

package org.geoprospect.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.service.SampleService;

/**
 * What a suite needs to run: the workload sizes, a scratch folder, how to repeat measurements, where
 * to say what it is doing, and whether peers may be installed.
 *
 * <p>Workloads are generated once per size with {@link SampleService#generate} (deterministic for the
 * seed), shared by the suites of the run and reused by later runs in the same scratch folder. Not
 * thread-safe.
 *
 * @param sizes         workload sizes (households), in the order given on the command line
 * @param workDir       scratch folder; the caller removes it
 * @param seed          seed of the generated workloads
 * @param plan          how measurements are repeated
 * @param log           progress lines for a person (never row contents)
 * @param installPeers  whether a missing peer may be installed (root + apt only)
 * @param quick         smoke-test mode ({@code bench --quick}): shortened tour budgets, no database server
 *                      peer; every metric is still produced, its figures are not comparable
 * @param generated     workload folders already generated in this run, by size
 */
public record BenchContext(List<Integer> sizes, Path workDir, long seed, RunPlan plan, PrintWriter log,
                           boolean installPeers, boolean quick, Map<Integer, Path> generated) {
    /** The demo's seed; the same seed gives the same workload files. */
    public static final long DEFAULT_SEED = 49;

    public BenchContext {
        sizes = List.copyOf(sizes);
        Objects.requireNonNull(workDir, "workDir");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(generated, "generated");
    }

    /** A context with no workload generated yet. */
    public static BenchContext of(List<Integer> sizes, Path workDir, RunPlan plan, PrintWriter log, boolean installPeers) {
        return of(sizes, workDir, plan, log, installPeers, false);
    }

    /** A context with no workload generated yet, in quick (smoke-test) mode or not. */
    public static BenchContext of(List<Integer> sizes, Path workDir, RunPlan plan, PrintWriter log, boolean installPeers,
                                  boolean quick) {
        return new BenchContext(sizes, workDir, DEFAULT_SEED, plan, log, installPeers, quick, new HashMap<>());
    }

    /** The largest workload size asked for. */
    public int largestSize() {
        return sizes.stream().mapToInt(Integer::intValue).max().orElseThrow();
    }

    /**
     * The folder holding the generated demo files for {@code households} households
     * ({@code maps/*.shp}, {@code sample-data/households.csv}...), generating them on first use.
     */
    public Path workload(int households) throws IOException {
        Path existing = generated.get(households);
        if (existing != null) {
            return existing;
        }
        Path dir = workDir.resolve("workload-" + households + "-seed-" + seed);
        // Generation is deterministic: files completed by an earlier run in the same --work-dir are reused.
        Path complete = dir.resolve(".complete");
        if (!Files.exists(complete)) {
            Scratch.deleteTree(dir);
            Files.createDirectories(dir);
            say("generating " + households + " households (seed " + seed + ")");
            new SampleService().generate(dir, households, seed, ProgressMonitor.NONE);
            Files.createFile(complete);
        }
        generated.put(households, dir);
        return dir;
    }

    /** A fresh, empty folder under the scratch folder. */
    public Path freshDir(String name) throws IOException {
        Path dir = workDir.resolve(name);
        Scratch.deleteTree(dir);
        return Files.createDirectories(dir);
    }

    /** Prints one progress line. */
    public void say(String line) {
        log.println("bench: " + line);
        log.flush();
    }
}

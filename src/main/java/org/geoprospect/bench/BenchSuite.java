package org.geoprospect.bench;

import java.util.List;

/**
 * A named group of measurements ({@code import}, {@code map}, {@code select}...) that the
 * {@code bench} command runs. A suite generates or reuses its workloads through the
 * {@link BenchContext}, times each metric (warm-ups, then repeated runs) and measures its peers in the
 * same run.
 *
 * <p>To add a suite: implement this interface and list it in {@link BenchSuites#all()}.
 * Implementations need not be thread-safe; the command runs one suite at a time.
 */
public interface BenchSuite {
    /** The name given to {@code --suite}, lower case, e.g. {@code import}. */
    String name();

    /** One line saying what the suite measures, for {@code bench --help} and the unknown-suite message. */
    String description();

    /**
     * Runs every metric of the suite at each of the context's sizes.
     *
     * @return one row per metric and size, in a stable order; never null
     * @throws Exception when a workload cannot be generated or our own code fails (a failing peer is
     *                   not an error: its row carries a note instead)
     */
    List<BenchResult> run(BenchContext context) throws Exception;
}

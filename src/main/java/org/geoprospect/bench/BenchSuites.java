package org.geoprospect.bench;

import java.util.List;
import java.util.Optional;

/** The registry of benchmark suites, in the order {@code bench} without {@code --suite} runs them. */
public final class BenchSuites {
    private BenchSuites() {
    }

    /** Every suite, in running order. */
    public static List<BenchSuite> all() {
        return List.of(new ImportSuite(), new SelectSuite(), new ExportSuite(), new TourSuite(), new MapSuite(),
                new MemorySuite());
    }

    /** The suite of that name (case-insensitive), if any. */
    public static Optional<BenchSuite> byName(String name) {
        return all().stream().filter(suite -> suite.name().equalsIgnoreCase(name)).findFirst();
    }

    /** The names of all suites, comma-separated, for messages. */
    public static String names() {
        return String.join(", ", all().stream().map(BenchSuite::name).toList());
    }
}

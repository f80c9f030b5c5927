package org.geoprospect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.geoprospect.bench.BenchReport;
import org.geoprospect.bench.BenchResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Smoke test of {@code bench}: a tiny import suite produces every metric with sane figures. It checks
 * that the metrics exist, never how fast anything is.
 */
class BenchCommandTest {
    private static final List<String> IMPORT_METRICS = List.of("import.shp_points", "import.shp_points_mb",
            "import.csv_households_1m");

    @Test
    void importSuiteProducesEveryMetricWithSaneFigures(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("bench.json");
        Path png = dir.resolve("bench.png");
        CommandRun run = CommandRun.of("bench", "--suite", "import", "--sizes", "2000", "--runs", "2",
                "--no-peer-install", "--work-dir", dir.resolve("work").toString(), "--plot", png.toString(),
                "--json", "--out", json.toString());

        assertEquals(0, run.exitCode(), run.err());
        BenchReport report = BenchReport.readJson(json);
        assertTrue(report.machine().cores() > 0);
        assertFalse(report.machine().java().isBlank());
        for (String metric : IMPORT_METRICS) {
            BenchResult row = report.results().stream().filter(r -> r.name().equals(metric)).findFirst()
                    .orElseThrow(() -> new AssertionError("no row for " + metric));
            assertEquals(2000, row.size(), metric);
            assertTrue(row.median() > 0, metric + " median");
            assertTrue(row.p95() >= row.median(), metric + " p95 below median");
            assertTrue(row.max() >= row.p95(), metric + " max below p95");
            if (row.peerMedian() == null) {
                assertNotNull(row.note(), metric + " has no peer and no note saying why");
            } else {
                assertTrue(row.peerMedian() > 0 && row.ratio() > 0, metric + " peer figures");
            }
        }
        assertTrue(run.out().contains("\"results\""), "--json prints the report on stdout");
        assertTrue(Files.size(png) > 1000, "the plot was drawn");
    }

    @Test
    void unknownSuiteIsAUsageErrorListingTheSuites() {
        CommandRun run = CommandRun.of("bench", "--suite", "nosuch");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("import"), run.err());
        assertFalse(run.errShowsInternals(), run.err());
    }

    @Test
    void sizeBelowOneIsAUsageError() {
        CommandRun run = CommandRun.of("bench", "--suite", "import", "--sizes", "0");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--sizes"), run.err());
    }
}

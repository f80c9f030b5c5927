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
import org.geoprospect.bench.SelectSuite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Smoke test of {@code bench}: every suite at a tiny size ({@code --quick}: short tour budgets, no
 * database server) produces every metric with sane figures. It checks that the metrics exist, never how
 * fast anything is. Peers that cannot run here (ogr2ogr, PostGIS, a JavaFX display) leave a note instead.
 */
class BenchCommandTest {
    private static final List<String> METRICS = List.of("import.shp_points", "import.shp_points_mb", "import.shp_polygons_mb",
            "import.csv_households_1m", "select.polygon", "select.radius", "select.criteria",
            "analysis.nearest_competitor", "export.csv_100k", "export.csv_100k_pseudonymised",
            "map.first_frame", "map.pan_frame", "map.zoom_frame",
            "memory.open_heap_peak", "memory.open_live_heap", "memory.open_rss_peak", "memory.open_time",
            "memory.open_xmx4g");
    private static final List<String> TSPLIB = List.of("eil51", "berlin52", "kroA100", "ch150", "a280", "pr1002");

    @Test
    void everySuiteProducesEveryMetricWithSaneFigures(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("bench.json");
        Path png = dir.resolve("bench.png");
        CommandRun run = CommandRun.of("bench", "--sizes", "2000", "--runs", "2", "--quick",
                "--no-peer-install", "--work-dir", dir.resolve("work").toString(), "--plot", png.toString(),
                "--json", "--out", json.toString());

        assertEquals(0, run.exitCode(), run.err());
        BenchReport report = BenchReport.readJson(json);
        assertTrue(report.machine().cores() > 0);
        assertFalse(report.machine().java().isBlank());
        for (String metric : METRICS) {
            checkRows(report, metric, 2000);
        }
        for (String instance : TSPLIB) {
            List<BenchResult> gap = rows(report, "tour.gap_" + instance);
            assertTrue(gap.get(0).median() >= 0, "a tour is never shorter than the optimum: " + instance);
            checkRows(report, "tour.time_" + instance, gap.get(0).size());
        }
        BenchResult pan = rows(report, "map.pan_frame").get(0);
        if (pan.peerMedian() == null) {
            assertTrue(pan.note().contains("render only"), pan.note());
        } else {
            checkRows(report, "map.pulse_interval", 2000);
        }
        assertEquals(1.0, rows(report, "memory.open_xmx4g").get(0).median(), "2,000 households open within 4 GB");
        assertEquals(2, rows(report, "select.polygon").size(), "one row per peer: PostGIS and H2GIS");
        assertTrue(rows(report, "select.polygon").stream().anyMatch(r -> SelectSuite.H2GIS.equals(r.peer())
                && r.ratio() > 0), "H2GIS is measured in the same run");
        assertTrue(run.out().contains("\"results\""), "--json prints the report on stdout");
        assertTrue(Files.size(png) > 1000, "the plot was drawn");
        assertTrue(Files.size(dir.resolve("bench-select.png")) > 1000, "one plot per suite beside it");
    }

    private static List<BenchResult> rows(BenchReport report, String metric) {
        List<BenchResult> rows = report.results().stream().filter(r -> r.name().equals(metric)).toList();
        assertFalse(rows.isEmpty(), "no row for " + metric);
        return rows;
    }

    private static void checkRows(BenchReport report, String metric, long size) {
        for (BenchResult row : rows(report, metric)) {
            // The polygon workload has a fixed size (a tenth of 10,000 polygons in the quick run), not the households'.
            assertEquals(metric.equals("import.shp_polygons_mb") ? 1_000 : size, row.size(), metric);
            assertTrue(row.median() > 0, metric + " median");
            assertTrue(row.p95() >= row.median(), metric + " p95 below median");
            assertTrue(row.max() >= row.p95(), metric + " max below p95");
            if (row.peerMedian() == null) {
                assertNotNull(row.note(), metric + " has no peer and no note saying why");
            } else {
                assertTrue(row.peerMedian() > 0 && row.ratio() > 0, metric + " peer figures");
            }
        }
    }

    @Test
    void unknownSuiteIsAUsageErrorListingTheSuites() {
        CommandRun run = CommandRun.of("bench", "--suite", "nosuch");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("import") && run.err().contains("select") && run.err().contains("memory"), run.err());
        assertFalse(run.errShowsInternals(), run.err());
    }

    @Test
    void sizeBelowOneIsAUsageError() {
        CommandRun run = CommandRun.of("bench", "--suite", "import", "--sizes", "0");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--sizes"), run.err());
    }
}

package org.geoprospect.index;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.geoprospect.analysis.aggregation.ProspectDotMap;
import org.geoprospect.analysis.aggregation.ProspectDots;
import org.geoprospect.bench.Samples;
import org.geoprospect.demo.SampleGenerator;
import org.geoprospect.io.csv.HouseholdCsvReader;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.render.RasterCanvas;
import org.geoprospect.render.Viewport;
import org.geoprospect.render.points.HouseholdMarkerPainter;
import org.geoprospect.render.points.ProspectDotPainter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * Figures at a million generated households (not run by default: tag "benchmark"). Run with
 * {@code mvn -o -Dtest=IndexBenchmarkTest -Dtest.excludedGroups= test}; the sample is generated once into
 * {@code -Dbench.sample=DIR} (default: the system temp folder). Prints one line per figure.
 */
@Tag("benchmark")
class IndexBenchmarkTest {
    private static final int HOUSEHOLDS = 1_000_000;
    private static final int RUNS = 30;

    @Test
    void millionHouseholds() throws Exception {
        Path dir = Path.of(System.getProperty("bench.sample", System.getProperty("java.io.tmpdir") + "/geoprospect-bench-1m"));
        Path file = dir.resolve("sample-data").resolve("households.csv");
        if (!Files.exists(file)) {
            SampleGenerator.generate(dir, HOUSEHOLDS, 49, ProgressMonitor.NONE);
        }
        HouseholdColumnsBuilder builder = HouseholdColumns.builder();
        long t0 = System.nanoTime();
        HouseholdCsvReader.readAll(file, 2154, ProgressMonitor.NONE, row -> builder.add(row.household()));
        long t1 = System.nanoTime();
        HouseholdColumns columns = builder.build();
        long t2 = System.nanoTime();
        PackedPointIndex index = PackedPointIndex.of(columns);
        long t3 = System.nanoTime();
        report("read CSV + fill columns", (t1 - t0) / 1e6);
        report("build columns (trim)", (t2 - t1) / 1e6);
        report("build index", (t3 - t2) / 1e6);
        double[] warm = new double[3];
        for (int k = 0; k < 3; k++) {
            long s = System.nanoTime();
            PackedPointIndex.of(columns);
            warm[k] = (System.nanoTime() - s) / 1e6;
        }
        report("build index (warm, median of 3)", Samples.of(warm).median());
        System.out.printf(Locale.ROOT, "BENCH households=%d columns=%.1f B/household index=%.1f B/household%n",
                columns.size(), (double) columns.memoryBytes() / columns.size(), (double) index.memoryBytes() / columns.size());

        Envelope extent = new Envelope();
        for (int i = 0; i < columns.size(); i++) {
            extent.expandToInclude(columns.x(i), columns.y(i));
        }
        // The densest place: the cell of a coarse grid with the most households (a town centre).
        double[] centre = densest(columns, extent);

        // Polygon: 64 vertices around the densest place, radius tuned to about 35k hits.
        GeometryFactory factory = new GeometryFactory();
        double radius = 500;
        Polygon polygon = null;
        int hits = 0;
        for (int attempt = 0; attempt < 40; attempt++) {
            polygon = polygon(factory, centre[0], centre[1], radius, 64);
            hits = index.selectPolygon(polygon).cardinality();
            if (hits > 33_000 && hits < 37_000) {
                break;
            }
            radius *= Math.sqrt(35_000.0 / Math.max(1, hits));
        }
        Polygon finalPolygon = polygon;
        report("polygon 64 vertices (" + hits + " hits, r=" + Math.round(radius) + " m)",
                time(() -> index.selectPolygon(finalPolygon).cardinality()));
        double[] radiusTimes = new double[RUNS];
        SplittableRandom random = new SplittableRandom(1);
        int[] radiusHits = new int[1];
        double circle = 1000;
        for (int k = 0; k < RUNS + 5; k++) {
            double qx = centre[0] + random.nextDouble(-3000, 3000);
            double qy = centre[1] + random.nextDouble(-3000, 3000);
            long s = System.nanoTime();
            radiusHits[0] = index.selectRadius(qx, qy, circle).cardinality();
            if (k >= 5) {
                radiusTimes[k - 5] = (System.nanoTime() - s) / 1e6;
            }
        }
        report("radius 1 km near the densest place (last " + radiusHits[0] + " hits)", Samples.of(radiusTimes));
        report("radius same centre as polygon (" + index.selectRadius(centre[0], centre[1], radius).cardinality() + " hits)",
                time(() -> index.selectRadius(centre[0], centre[1], 1000).cardinality()));

        double[] nearest = new double[5];
        for (int k = 0; k < nearest.length; k++) {
            long s = System.nanoTime();
            int found = 0;
            for (int q = 0; q < 100_000; q++) {
                found += index.nearest(columns.x(q), columns.y(q) + 30) >= 0 ? 1 : 0;
            }
            nearest[k] = (System.nanoTime() - s) / 1e6;
            assertTrue(found == 100_000);
        }
        report("nearest household x 100k queries", Samples.of(nearest));

        // Overview: the whole territory in 1920 x 1080.
        Viewport overview = Viewport.fitting(extent, 1920, 1080);
        Selection filter = mountainBikeFilter(columns);
        ProspectDotMap[] dots = new ProspectDotMap[1];
        report("aggregate overview, all households",
                time(() -> ProspectDots.aggregate(index, null, overview.envelope(), overview.metresPerPixel()).dots().size()));
        report("aggregate overview, filter (" + filter.cardinality() + " mountain_bike)",
                time(() -> {
                    dots[0] = ProspectDots.aggregate(index, filter, overview.envelope(), overview.metresPerPixel());
                    return dots[0].dots().size();
                }));
        RasterCanvas canvas = new RasterCanvas(1920, 1080);
        ProspectDotPainter dotPainter = new ProspectDotPainter();
        List<org.geoprospect.analysis.aggregation.ProspectDot> overviewDots =
                ProspectDots.aggregate(index, null, overview.envelope(), overview.metresPerPixel()).dots();
        report("paint " + overviewDots.size() + " dots (all households)",
                time(() -> dotPainter.paint(canvas, overview, overviewDots, ProgressMonitor.NONE)));
        HouseholdMarkerPainter markers = new HouseholdMarkerPainter();
        report("plot 1M household markers (overview)",
                time(() -> markers.paint(canvas, overview, index, null, ProgressMonitor.NONE)));
        HouseholdMarkerPainter pixelPlot = HouseholdMarkerPainter.singlePixel(0xFF7F2704);
        report("plot 1M households as single pixels (overview)",
                time(() -> pixelPlot.paint(canvas, overview, index, null, ProgressMonitor.NONE)));
        double[] cx = new double[10_000];
        double[] cy = new double[10_000];
        for (int k = 0; k < cx.length; k++) {
            cx[k] = random.nextDouble(extent.getMinX(), extent.getMaxX());
            cy[k] = random.nextDouble(extent.getMinY(), extent.getMaxY());
        }
        PackedPointIndex competitors = PackedPointIndex.build(cx, cy);
        long s = System.nanoTime();
        long sum = 0;
        for (int id = 0; id < columns.size(); id++) {
            sum += competitors.nearest(columns.x(id), columns.y(id));
        }
        report("nearest of 10k competitors for each of 1M households", (System.nanoTime() - s) / 1e6);
        assertTrue(sum > 0);
        Viewport town = Viewport.of(centre[0], centre[1], 6.6, 1920, 1080);
        report("plot household markers at 1:25,000 on the densest place",
                time(() -> markers.paint(canvas, town, index, null, ProgressMonitor.NONE)));
    }

    private static Selection mountainBikeFilter(HouseholdColumns columns) {
        int bit = HouseholdColumns.interestBit("mountain_bike");
        SelectionBuilder builder = new SelectionBuilder(columns.size());
        for (int id = 0; id < columns.size(); id++) {
            if (columns.hasAnyInterest(id, bit)) {
                builder.add(id);
            }
        }
        return builder.build();
    }

    private static double[] densest(HouseholdColumns columns, Envelope extent) {
        int cells = 100;
        int[] counts = new int[cells * cells];
        for (int i = 0; i < columns.size(); i++) {
            int cx = (int) Math.min(cells - 1, (columns.x(i) - extent.getMinX()) / extent.getWidth() * cells);
            int cy = (int) Math.min(cells - 1, (columns.y(i) - extent.getMinY()) / extent.getHeight() * cells);
            counts[cy * cells + cx]++;
        }
        int best = 0;
        for (int k = 1; k < counts.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return new double[] {extent.getMinX() + (best % cells + 0.5) * extent.getWidth() / cells,
            extent.getMinY() + (best / cells + 0.5) * extent.getHeight() / cells};
    }

    private static Polygon polygon(GeometryFactory factory, double cx, double cy, double radius, int vertices) {
        Coordinate[] ring = new Coordinate[vertices + 1];
        for (int k = 0; k < vertices; k++) {
            double angle = 2 * Math.PI * k / vertices;
            // a slightly irregular ring, as a hand-drawn one
            double r = radius * (1 + 0.15 * Math.sin(5 * angle));
            ring[k] = new Coordinate(cx + r * Math.cos(angle), cy + r * Math.sin(angle));
        }
        ring[vertices] = ring[0];
        return factory.createPolygon(ring);
    }

    private static Samples time(java.util.function.IntSupplier work) {
        int sink = 0;
        for (int k = 0; k < 5; k++) {
            sink += work.getAsInt();
        }
        double[] times = new double[RUNS];
        for (int k = 0; k < RUNS; k++) {
            long s = System.nanoTime();
            sink += work.getAsInt();
            times[k] = (System.nanoTime() - s) / 1e6;
        }
        assertTrue(sink >= 0);
        return Samples.of(times);
    }

    private static void report(String what, Samples samples) {
        System.out.printf(Locale.ROOT, "BENCH %-62s median %8.2f ms  p95 %8.2f ms  max %8.2f ms%n",
                what, samples.median(), samples.p95(), samples.max());
    }

    private static void report(String what, double ms) {
        System.out.printf(Locale.ROOT, "BENCH %-62s %8.1f ms%n", what, ms);
    }
}

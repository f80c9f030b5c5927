package org.geoprospect.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.IntSupplier;
import org.geoprospect.analysis.criteria.ContactHistory;
import org.geoprospect.analysis.criteria.Criteria;
import org.geoprospect.analysis.criteria.ObjectionFilter;
import org.geoprospect.analysis.huff.NearestSites;
import org.geoprospect.analysis.selection.ShapeSpec;
import org.geoprospect.bench.Samples;
import org.geoprospect.demo.SampleGenerator;
import org.geoprospect.geo.CoordinateTransform;
import org.geoprospect.geo.Srids;
import org.geoprospect.index.HouseholdColumns;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.store.HouseholdRepository;
import org.geoprospect.store.ProjectDatabase;
import org.geoprospect.store.SpatialQueryRepository;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * The targeting figures of issue 5 at a million households, through the services (our in-memory path)
 * and through H2GIS SQL on the same project (spatial index, {@code &&} plus ST_Covers / ST_DWithin,
 * result cache off): polygon of 64 vertices (~35k hits), 1 km radius, a criteria evaluation, and the
 * nearest of 10k competitors for every household. Run on demand:
 * {@code mvn -Dtest.excludedGroups= -Dtest=SelectBenchmarkTest test} ({@code -Dbench.sample=DIR} reuses a
 * generated sample; {@code -Dbench.project=DIR} reuses an imported project).
 * No timed assertion: it prints one line per figure.
 */
@Tag("benchmark")
class SelectBenchmarkTest {
    private static final int HOUSEHOLDS = 1_000_000;
    private static final int RUNS = 15;

    @Test
    void millionHouseholds() throws Exception {
        Path sample = Path.of(System.getProperty("bench.sample", System.getProperty("java.io.tmpdir") + "/geoprospect-bench-1m"));
        if (!Files.exists(sample.resolve("sample-data").resolve("households.csv"))) {
            SampleGenerator.generate(sample, HOUSEHOLDS, 49, ProgressMonitor.NONE);
        }
        Path project = Path.of(System.getProperty("bench.project", System.getProperty("java.io.tmpdir") + "/geoprospect-bench-select"));
        if (!ProjectDatabase.exists(project)) {
            long s = System.nanoTime();
            new ProjectService().create(project, false, ProgressMonitor.NONE);
            new ImportService().importCustomers(project, CustomerFileKind.HOUSEHOLDS,
                    sample.resolve("sample-data").resolve("households.csv"), null, null, ProgressMonitor.NONE);
            report("import 1M households (setup)", (System.nanoTime() - s) / 1e6);
        }
        try (ProjectDatabase database = ProjectDatabase.open(project)) {
            long s = System.nanoTime();
            new HouseholdRepository(database).createSpatialIndex();
            report("H2GIS spatial index (setup; 0 when it existed)", (System.nanoTime() - s) / 1e6);
            s = System.nanoTime();
            AnalysisSession session = AnalysisSession.load(database, Clock.systemDefaultZone(), ObjectionFilter.NONE,
                    ContactHistory.NONE, ProgressMonitor.NONE);
            report("load session (columns + index)", (System.nanoTime() - s) / 1e6);
            HouseholdColumns h = session.data().households();
            assertEquals(HOUSEHOLDS, h.size());
            measure(session, new SpatialQueryRepository(database), h);
        }
    }

    private static void measure(AnalysisSession session, SpatialQueryRepository sql, HouseholdColumns h) {
        Envelope extent = new Envelope();
        for (int i = 0; i < h.size(); i++) {
            extent.expandToInclude(h.x(i), h.y(i));
        }
        double[] centre = densest(h, extent);
        GeometryFactory factory = new GeometryFactory();
        double radius = 500;
        Polygon polygon = null;
        int hits = 0;
        for (int attempt = 0; attempt < 40; attempt++) {
            polygon = ring(factory, centre[0], centre[1], radius);
            hits = session.data().householdIndex().selectPolygon(polygon).cardinality();
            if (hits > 33_000 && hits < 37_000) {
                break;
            }
            radius *= Math.sqrt(35_000.0 / Math.max(1, hits));
        }
        Polygon drawn = polygon;
        ShapeSpec shape = session.polygonShape(drawn);
        int serviceHits = session.select(List.of(shape)).households().cardinality();
        Samples ours = time(() -> session.select(List.of(shape)).households().cardinality());
        Samples peer = time(() -> (int) sql.countInPolygon(drawn));
        assertEquals(sql.countInPolygon(drawn), hits, "SQL and the index agree on the drawn polygon");
        compare("select.polygon 64 vertices (" + hits + " hits; service path " + serviceHits + " after WGS84 round trip)", ours, peer);

        double[] lonLatCentre = CoordinateTransform.between(Srids.LAMBERT_93, Srids.WGS84).transform(centre[0], centre[1]);
        ShapeSpec circle = ShapeSpec.circle(lonLatCentre[0], lonLatCentre[1], 1.0);
        int circleHits = session.select(List.of(circle)).households().cardinality();
        Samples oursRadius = time(() -> session.select(List.of(circle)).households().cardinality());
        Samples peerRadius = time(() -> (int) sql.countWithin(centre[0], centre[1], 1000));
        compare("select.radius 1 km (" + circleHits + " hits)", oursRadius, peerRadius);

        Criteria criteria = Criteria.builder().interestsAny(List.of("mountain_bike", "picnic")).consentChannels(List.of("email"))
                .notContactedDays(60).householdSize(2, null).build();
        int matched = session.households(criteria, null).cardinality();
        report("select.criteria (4 criteria, " + matched + " matches)", time(() -> session.households(criteria, null).cardinality()));
        Criteria withDistance = criteria.toBuilder().competitorKm(null, 10.0).build();
        session.households(withDistance, null);
        report("select.criteria + competitor distance (derived column cached)",
                time(() -> session.households(withDistance, null).cardinality()));

        SplittableRandom random = new SplittableRandom(3);
        int competitors = 10_000;
        double[] kx = new double[competitors];
        double[] ky = new double[competitors];
        for (int k = 0; k < competitors; k++) {
            int near = random.nextInt(h.size());
            kx[k] = h.x(near) + random.nextDouble(-2000, 2000);
            ky[k] = h.y(near) + random.nextDouble(-2000, 2000);
        }
        double[] hx = new double[h.size()];
        double[] hy = new double[h.size()];
        for (int i = 0; i < hx.length; i++) {
            hx[i] = h.x(i);
            hy[i] = h.y(i);
        }
        double[] times = new double[5];
        for (int k = 0; k < times.length; k++) {
            long s = System.nanoTime();
            NearestSites sites = NearestSites.of(kx, ky);
            NearestSites.Result result = sites.find(hx, hy, hx.length);
            times[k] = (System.nanoTime() - s) / 1e6;
            assertTrue(result.site()[0] >= 0);
        }
        report("analysis.nearest_competitor 1M x 10k (grid build + queries)", Samples.of(times));
    }

    private static double[] densest(HouseholdColumns h, Envelope extent) {
        int cells = 64;
        int[] counts = new int[cells * cells];
        for (int i = 0; i < h.size(); i++) {
            int cx = (int) Math.min(cells - 1, (h.x(i) - extent.getMinX()) / extent.getWidth() * cells);
            int cy = (int) Math.min(cells - 1, (h.y(i) - extent.getMinY()) / extent.getHeight() * cells);
            counts[cy * cells + cx]++;
        }
        int best = 0;
        for (int k = 1; k < counts.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return new double[]{extent.getMinX() + (best % cells + 0.5) * extent.getWidth() / cells,
                extent.getMinY() + (best / cells + 0.5) * extent.getHeight() / cells};
    }

    private static Polygon ring(GeometryFactory factory, double cx, double cy, double radius) {
        Coordinate[] ring = new Coordinate[65];
        for (int k = 0; k < 64; k++) {
            double angle = 2 * Math.PI * k / 64;
            double r = radius * (1 + 0.15 * Math.sin(5 * angle));
            ring[k] = new Coordinate(cx + r * Math.cos(angle), cy + r * Math.sin(angle));
        }
        ring[64] = ring[0];
        return factory.createPolygon(ring);
    }

    private static Samples time(IntSupplier work) {
        long sink = 0;
        for (int k = 0; k < 3; k++) {
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

    private static void compare(String what, Samples ours, Samples peer) {
        System.out.printf(Locale.ROOT, "BENCH %-70s ours median %8.2f ms p95 %8.2f | H2GIS median %8.2f ms p95 %8.2f | ratio %.1fx%n",
                what, ours.median(), ours.p95(), peer.median(), peer.p95(), peer.median() / ours.median());
    }

    private static void report(String what, Samples samples) {
        System.out.printf(Locale.ROOT, "BENCH %-70s median %8.2f ms  p95 %8.2f ms  max %8.2f ms%n",
                what, samples.median(), samples.p95(), samples.max());
    }

    private static void report(String what, double ms) {
        System.out.printf(Locale.ROOT, "BENCH %-70s %8.1f ms%n", what, ms);
    }
}

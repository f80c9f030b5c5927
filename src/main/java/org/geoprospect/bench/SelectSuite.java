package org.geoprospect.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.geoprospect.analysis.criteria.ContactHistory;
import org.geoprospect.analysis.criteria.Criteria;
import org.geoprospect.analysis.criteria.ObjectionFilter;
import org.geoprospect.analysis.huff.NearestSites;
import org.geoprospect.analysis.selection.ShapeSpec;
import org.geoprospect.index.HouseholdColumns;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.service.AnalysisSession;
import org.geoprospect.store.HouseholdRepository;
import org.geoprospect.store.ProjectDatabase;
import org.geoprospect.store.SpatialQueryRepository;
import org.locationtech.jts.io.WKTWriter;

/**
 * The {@code select} suite (issue 5): interactive targeting on the households loaded in memory
 * ({@link AnalysisSession}: columns + packed index), against H2GIS SQL on the project's own database
 * (spatial index, {@code &&} then the exact predicate, result cache off) and PostgreSQL + PostGIS
 * (GiST index) loaded with the same households, all in the same run.
 *
 * <ul>
 *   <li>{@code select.polygon} — the map's polygon tool: a 64-vertex polygon holding 3.5 % of the
 *       households (35k at 1M), through {@link AnalysisSession#select} (WGS84 shape → project CRS → index);</li>
 *   <li>{@code select.radius} — a 1 km circle around the same centre;</li>
 *   <li>{@code select.criteria} — four criteria over every household (interests, email consent, not
 *       contacted for 60 days, household size ≥ 2); no peer (no SQL version exists in the store);</li>
 *   <li>{@code analysis.nearest_competitor} — the nearest of 10,000 competitors for every household
 *       ({@link NearestSites}: grid build + queries); peer: PostGIS KNN ({@code <->}, LATERAL … LIMIT 1).</li>
 * </ul>
 * Each peer gives its own row (same metric name, the {@code peer} field says which). Not thread-safe.
 */
public final class SelectSuite implements BenchSuite {
    public static final String H2GIS = "H2GIS SQL (spatial index)";
    public static final String POSTGIS = "PostGIS 3.3 (PostgreSQL 15, GiST)";
    /** The PostGIS nearest-neighbour query runs on at most this many households, then is scaled. */
    static final int KNN_SAMPLE = 100_000;
    private static final double RADIUS_METRES = 1000;

    private final PostgisInstall postgis = new PostgisInstall();
    private long sink;

    @Override
    public String name() {
        return "select";
    }

    @Override
    public String description() {
        return "polygon, radius, criteria selection and nearest competitor on in-memory columns, against H2GIS and PostGIS";
    }

    @Override
    public List<BenchResult> run(BenchContext context) throws Exception {
        List<BenchResult> results = new ArrayList<>();
        for (int size : context.sizes()) {
            results.addAll(runAt(context, size));
        }
        return results;
    }

    private List<BenchResult> runAt(BenchContext context, int size) throws Exception {
        Path project = BenchProjects.project(context, size);
        try (ProjectDatabase database = ProjectDatabase.open(project)) {
            HouseholdRepository repository = new HouseholdRepository(database);
            if (!repository.hasSpatialIndex()) {
                context.say("building the H2GIS spatial index of " + size + " households (setup, untimed)");
                repository.createSpatialIndex();
            }
            AnalysisSession session = AnalysisSession.load(database, Clock.systemDefaultZone(), ObjectionFilter.NONE,
                    ContactHistory.NONE, ProgressMonitor.NONE);
            HouseholdColumns households = session.data().households();
            SelectWorkload workload = SelectWorkload.of(households, session.data().householdIndex());
            context.say(String.format(Locale.ROOT, "select at %d households: polygon of %d hits", size, workload.polygonHits()));
            Ours ours = measureOurs(context, session, workload);
            SpatialQueryRepository sql = new SpatialQueryRepository(database);
            RunPlan.Timing h2Polygon = context.plan().time(() -> { }, () -> sink += sql.countInPolygon(workload.polygon()), () -> { });
            RunPlan.Timing h2Radius = context.plan().time(() -> { },
                    () -> sink += sql.countWithin(workload.centreX(), workload.centreY(), RADIUS_METRES), () -> { });
            long h2PolygonHits = sql.countInPolygon(workload.polygon());
            long h2RadiusHits = sql.countWithin(workload.centreX(), workload.centreY(), RADIUS_METRES);
            PostgisFigures pg = measurePostgis(context, size, workload);

            List<BenchResult> rows = new ArrayList<>();
            String polygonHits = "our hits " + ours.polygonHits + " (service path: WGS84 polygon)";
            rows.add(peerRow("select.polygon", size, ours.polygon, pg.polygon, pg, Notes.join(polygonHits,
                    pg.polygonHits == null ? null : "PostGIS hits " + pg.polygonHits)));
            rows.add(BenchResult.withPeer("select.polygon", size, "ms", ours.polygon.samples(), H2GIS, h2Polygon.samples())
                    .withNote(Notes.join(ours.polygon.note(), polygonHits, "H2GIS hits " + h2PolygonHits)));
            String radiusHits = "1 km circle; our hits " + ours.radiusHits;
            rows.add(peerRow("select.radius", size, ours.radius, pg.radius, pg, Notes.join(radiusHits,
                    pg.radiusHits == null ? null : "PostGIS hits " + pg.radiusHits)));
            rows.add(BenchResult.withPeer("select.radius", size, "ms", ours.radius.samples(), H2GIS, h2Radius.samples())
                    .withNote(Notes.join(ours.radius.note(), radiusHits, "H2GIS hits " + h2RadiusHits)));
            rows.add(BenchResult.of("select.criteria", size, "ms", ours.criteria.samples()).withNote(Notes.join(
                    ours.criteria.note(), "interests any of mountain_bike/picnic, email consent, not contacted for 60 days,"
                            + " household size >= 2; " + ours.criteriaHits + " matches; no SQL peer (the store has no"
                            + " criteria query)")));
            rows.add(peerRow("analysis.nearest_competitor", size, ours.nearest, pg.nearest, pg, Notes.join(
                    SelectWorkload.COMPETITORS + " competitors, every household (grid build + queries)", pg.nearestNote)));
            return rows;
        }
    }

    /** Our timings and hit counts. */
    private record Ours(RunPlan.Timing polygon, int polygonHits, RunPlan.Timing radius, int radiusHits,
                        RunPlan.Timing criteria, int criteriaHits, RunPlan.Timing nearest) {
    }

    private Ours measureOurs(BenchContext context, AnalysisSession session, SelectWorkload workload) throws Exception {
        ShapeSpec polygon = session.polygonShape(workload.polygon());
        ShapeSpec circle = session.circleShape(workload.centreX(), workload.centreY(), RADIUS_METRES / 1000);
        Criteria criteria = Criteria.builder().interestsAny(List.of("mountain_bike", "picnic"))
                .consentChannels(List.of("email")).notContactedDays(60).householdSize(2, null).build();
        RunPlan.Timing polygonTime = context.plan().time(() -> { },
                () -> sink += session.select(List.of(polygon)).households().cardinality(), () -> { });
        RunPlan.Timing radiusTime = context.plan().time(() -> { },
                () -> sink += session.select(List.of(circle)).households().cardinality(), () -> { });
        RunPlan.Timing criteriaTime = context.plan().time(() -> { },
                () -> sink += session.households(criteria, null).cardinality(), () -> { });
        HouseholdColumns h = session.data().households();
        double[] hx = new double[h.size()];
        double[] hy = new double[h.size()];
        for (int i = 0; i < hx.length; i++) {
            hx[i] = h.x(i);
            hy[i] = h.y(i);
        }
        RunPlan.Timing nearestTime = context.plan().time(() -> { }, () -> {
            NearestSites sites = NearestSites.of(workload.competitorX(), workload.competitorY());
            sink += sites.find(hx, hy, hx.length).site()[0];
        }, () -> { });
        return new Ours(polygonTime, session.select(List.of(polygon)).households().cardinality(), radiusTime,
                session.select(List.of(circle)).households().cardinality(), criteriaTime,
                session.households(criteria, null).cardinality(), nearestTime);
    }

    /** The PostGIS figures, or why there are none. */
    private record PostgisFigures(Samples polygon, String polygonHits, Samples radius, String radiusHits,
                                  Samples nearest, String nearestNote, String missing) {
    }

    private PostgisFigures measurePostgis(BenchContext context, int size, SelectWorkload workload) throws IOException {
        String missing = postgis.missingReason(context);
        if (missing == null && context.quick()) {
            missing = "PostGIS peer skipped in --quick mode";
        }
        if (missing != null) {
            return new PostgisFigures(null, null, null, null, null, null, missing);
        }
        int step = Math.max(1, (int) Math.ceil((double) size / KNN_SAMPLE));
        Path householdsCsv = context.workload(size).resolve("sample-data").resolve("households.csv");
        Path competitorsCsv = workload.writeCompetitors(context.workDir().resolve("competitors-10k.csv"));
        try (PostgisCluster cluster = PostgisCluster.start(context)) {
            context.say("loading " + size + " households into PostGIS (setup, untimed)");
            cluster.load(householdsCsv, competitorsCsv, step);
            String wkt = "ST_GeomFromText('" + new WKTWriter().write(workload.polygon()) + "', 2154)";
            String point = String.format(Locale.ROOT, "ST_SetSRID(ST_MakePoint(%.3f, %.3f), 2154)",
                    workload.centreX(), workload.centreY());
            int runs = context.plan().runs();
            int warmups = Math.min(RunPlan.WARMUPS, runs);
            PostgisCluster.Timed polygon = cluster.time("SELECT count(*) FROM household WHERE geom && " + wkt
                    + " AND ST_Covers(" + wkt + ", geom);", warmups, runs);
            PostgisCluster.Timed radius = cluster.time("SELECT count(*) FROM household WHERE ST_DWithin(geom, " + point
                    + ", " + RADIUS_METRES + ");", warmups, runs);
            PostgisCluster.Timed nearest = cluster.time("SELECT count(*), sum(k.d) FROM household_sample h CROSS JOIN"
                    + " LATERAL (SELECT c.geom <-> h.geom AS d FROM competitor c ORDER BY c.geom <-> h.geom LIMIT 1) k;",
                    Math.min(1, warmups), runs);
            double[] scaled = nearest.millis().clone();
            for (int i = 0; i < scaled.length; i++) {
                scaled[i] *= step;
            }
            String nearestNote = step == 1 ? "PostGIS: KNN (<->, LATERAL ... LIMIT 1, GiST) for every household"
                    : "PostGIS: KNN (<->, LATERAL ... LIMIT 1, GiST) timed on every " + step + "th household ("
                            + nearest.result().split("\\|")[0] + " queries) and multiplied by " + step;
            return new PostgisFigures(Samples.of(polygon.millis()), polygon.result(), Samples.of(radius.millis()),
                    radius.result(), Samples.of(scaled), nearestNote, null);
        } catch (IOException e) {
            context.say("PostGIS peer failed: " + e.getMessage());
            return new PostgisFigures(null, null, null, null, null, null, "PostGIS peer failed: " + e.getMessage());
        }
    }

    private static BenchResult peerRow(String name, int size, RunPlan.Timing ours, Samples theirs, PostgisFigures pg,
                                       String note) {
        if (theirs == null) {
            return BenchResult.of(name, size, "ms", ours.samples()).withNote(Notes.join(ours.note(), note, pg.missing));
        }
        return BenchResult.withPeer(name, size, "ms", ours.samples(), POSTGIS, theirs).withNote(Notes.join(ours.note(), note));
    }
}

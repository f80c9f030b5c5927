package org.geoprospect.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.service.CustomerFileKind;
import org.geoprospect.service.ImportService;
import org.geoprospect.service.ProjectService;

/**
 * The {@code import} suite: how fast the product imports what users bring, against GDAL's
 * {@code ogr2ogr} converting the same files to GeoPackage in the same run.
 *
 * <ul>
 *   <li>{@code import.shp_points} — features per second (higher is better) of
 *       {@link ImportService#importLayer} reading a point shapefile (WGS84, five DBF fields),
 *       reprojecting it to Lambert-93 and storing it into a fresh empty project;</li>
 *   <li>{@code import.shp_points_mb} — the same runs as megabytes (10^6 bytes of .shp + .shx + .dbf) per second;</li>
 *   <li>{@code import.shp_polygons_mb} — MB/s for 10,000 polygons of 500 vertices (Lambert-93, about 81 MB),
 *       where the bytes are coordinates rather than per-record overhead;</li>
 *   <li>{@code import.csv_households_1m} — milliseconds of {@link ImportService#importCustomers} for the
 *       generated households CSV into a fresh empty project, with everything the product needs to show
 *       and select them (see {@link #CSV_SCOPE}).</li>
 * </ul>
 * Every run imports into a project created just before (untimed) and deleted just after.
 * For rates the ratio is computed on times (peer's rate / ours), so that a lower ratio is better in
 * every row.
 */
public final class ImportSuite implements BenchSuite {
    /** What the CSV metric includes, written into its rows. */
    static final String CSV_SCOPE = "includes the project's household structures as the product builds them on import"
            + " (table, key and commune indexes); the households' in-memory selection index is built when a project"
            + " opens and is not counted here";
    private static final String SHP_PEER_COMMAND = "ogr2ogr -f GPKG out.gpkg households.shp";
    private static final String CSV_PEER_COMMAND = "ogr2ogr -f GPKG out.gpkg households.csv"
            + " -oo X_POSSIBLE_NAMES=lon -oo Y_POSSIBLE_NAMES=lat -a_srs EPSG:4326";

    private final GdalPeer gdal = new GdalPeer();

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String description() {
        return "shapefile and household CSV import into a fresh project, against ogr2ogr to GeoPackage";
    }

    @Override
    public List<BenchResult> run(BenchContext context) throws Exception {
        List<BenchResult> results = new ArrayList<>();
        for (int size : context.sizes()) {
            Path workload = context.workload(size);
            results.addAll(shapefileRows(context, workload, size));
            results.add(csvRow(context, workload, size));
        }
        results.add(polygonRow(context));
        return results;
    }

    /** MB/s where the bytes are coordinates: the polygon workload, the same at every size. */
    private BenchResult polygonRow(BenchContext context) throws Exception {
        // The smoke run (--quick) only checks that the metric is produced: a tenth of the polygons.
        int polygons = context.quick() ? PolygonShapefileWorkload.POLYGONS / 10 : PolygonShapefileWorkload.POLYGONS;
        Path shp = PolygonShapefileWorkload.polygonsIn(context.workDir(), polygons);
        double megabytes = Scratch.bytes(PointShapefileWorkload.filesOf(shp)) / 1e6;
        context.say("import.shp_polygons_mb: " + polygons + " polygons of " + PolygonShapefileWorkload.VERTICES
                + " vertices (" + Math.round(megabytes) + " MB)");
        ImportService imports = new ImportService();
        RunPlan.Timing ours = timeIntoFreshProject(context, "polygon-project",
                project -> imports.importLayer(project, shp, "zones", null, null, ProgressMonitor.NONE));
        Optional<RunPlan.Timing> peer = timePeer(context, shp.getParent(),
                List.of("-f", "GPKG", "out.gpkg", shp.getFileName().toString()));
        return row("import.shp_polygons_mb", polygons, "MB/s (higher is better)", Rates.perSecond(ours.millis(), megabytes),
                ours, peer, peerTiming -> Rates.perSecond(peerTiming.millis(), megabytes), "ogr2ogr -f GPKG out.gpkg zones.shp");
    }

    private List<BenchResult> shapefileRows(BenchContext context, Path workload, int size) throws Exception {
        Path shp = PointShapefileWorkload.pointsOf(workload);
        double megabytes = Scratch.bytes(PointShapefileWorkload.filesOf(shp)) / 1e6;
        context.say("import.shp_points at " + size + " features (" + Math.round(megabytes) + " MB)");
        ImportService imports = new ImportService();
        RunPlan.Timing ours = timeIntoFreshProject(context, "shp-project",
                project -> imports.importLayer(project, shp, "households", null, null, ProgressMonitor.NONE));
        Optional<RunPlan.Timing> peer = timePeer(context, shp.getParent(),
                List.of("-f", "GPKG", "out.gpkg", shp.getFileName().toString()));
        Samples rate = Rates.perSecond(ours.millis(), size);
        Samples mbRate = Rates.perSecond(ours.millis(), megabytes);
        BenchResult features = row("import.shp_points", size, "features/s (higher is better)", rate, ours, peer,
                peerTiming -> Rates.perSecond(peerTiming.millis(), size), SHP_PEER_COMMAND);
        BenchResult mb = row("import.shp_points_mb", size, "MB/s (higher is better)", mbRate, ours, peer,
                peerTiming -> Rates.perSecond(peerTiming.millis(), megabytes), SHP_PEER_COMMAND);
        return List.of(features, mb);
    }

    private BenchResult csvRow(BenchContext context, Path workload, int size) throws Exception {
        Path csv = workload.resolve("sample-data").resolve("households.csv");
        context.say("import.csv_households_1m at " + size + " households");
        ImportService imports = new ImportService();
        RunPlan.Timing ours = timeIntoFreshProject(context, "csv-project",
                project -> imports.importCustomers(project, CustomerFileKind.HOUSEHOLDS, csv, null, null, ProgressMonitor.NONE));
        Optional<RunPlan.Timing> peer = timePeer(context, csv.getParent(), List.of("-f", "GPKG", "out.gpkg",
                csv.getFileName().toString(), "-oo", "X_POSSIBLE_NAMES=lon", "-oo", "Y_POSSIBLE_NAMES=lat",
                "-a_srs", "EPSG:4326"));
        BenchResult result = row("import.csv_households_1m", size, "ms", ours.samples(), ours, peer,
                RunPlan.Timing::samples, CSV_PEER_COMMAND);
        return result.withNote(join(CSV_SCOPE, result.note()));
    }

    /** An action on a project folder. */
    @FunctionalInterface
    private interface ProjectAction {
        void run(Path project) throws Exception;
    }

    private static RunPlan.Timing timeIntoFreshProject(BenchContext context, String name, ProjectAction action)
            throws Exception {
        Path parent = context.workDir().resolve(name);
        Path project = parent.resolve("project");
        ProjectService projects = new ProjectService();
        return context.plan().time(
                () -> {
                    Scratch.deleteTree(parent);
                    projects.create(project, false, ProgressMonitor.NONE);
                },
                () -> action.run(project),
                () -> Scratch.deleteTree(parent));
    }

    /** Times ogr2ogr with the arguments in {@code dir}, deleting its output before each run; empty when absent. */
    private Optional<RunPlan.Timing> timePeer(BenchContext context, Path dir, List<String> arguments) throws Exception {
        Optional<Path> ogr2ogr = gdal.ogr2ogr(context);
        if (ogr2ogr.isEmpty()) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(ogr2ogr.get().toString());
        command.addAll(arguments);
        Path out = dir.resolve("out.gpkg");
        Path log = context.workDir().resolve("ogr2ogr.log");
        return Optional.of(context.plan().time(
                () -> java.nio.file.Files.deleteIfExists(out),
                () -> ExternalCommand.run(command, dir, log),
                () -> java.nio.file.Files.deleteIfExists(out)));
    }

    /** A function from the peer's timing to its figures in the row's unit. */
    @FunctionalInterface
    private interface PeerFigures {
        Samples of(RunPlan.Timing timing);
    }

    private BenchResult row(String name, int size, String unit, Samples ours, RunPlan.Timing ourTiming,
                            Optional<RunPlan.Timing> peer, PeerFigures peerFigures, String peerCommand) {
        if (peer.isEmpty()) {
            return BenchResult.of(name, size, unit, ours).withNote(join(ourTiming.note(), gdal.missingReason()));
        }
        Samples theirs = peerFigures.of(peer.get());
        // Ratio on times (lower is better in every row): for a rate that is the peer's rate over ours.
        double ratio = ourTiming.samples().median() / peer.get().samples().median();
        BenchResult withPeer = new BenchResult(name, size, unit, ours.median(), ours.p95(), ours.max(),
                GdalPeer.NAME, theirs.median(), ratio, null);
        String peerNote = peer.get().note() == null ? null : "peer: " + peer.get().note();
        return withPeer.withNote(join(ourTiming.note(), join("peer command: " + peerCommand, peerNote)));
    }

    private static String join(String first, String second) {
        if (first == null) {
            return second;
        }
        return second == null ? first : first + "; " + second;
    }

}

package org.geoprospect.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.geoprospect.index.HouseholdColumns;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.model.VectorLayer;
import org.geoprospect.render.LayerDrawing;
import org.geoprospect.render.MapOverlay;
import org.geoprospect.render.MapRenderer;
import org.geoprospect.render.PanningRenderer;
import org.geoprospect.render.RasterCanvas;
import org.geoprospect.render.Viewport;
import org.geoprospect.render.points.PointLayersOverlay;
import org.geoprospect.service.MapContent;
import org.geoprospect.service.ProjectService;

/**
 * The {@code map} suite (issue 4 §7), 1920 × 1080, the households of each size plus the demo's map layers:
 *
 * <ul>
 *   <li>{@code map.first_frame} — open the project's map content (layers, households' columns and index,
 *       clients, competitors) and render the full extent, plus the hand-over to JavaFX when a display is
 *       there;</li>
 *   <li>{@code map.pan_frame} — one pan step (40–200 px) at 4× the full-extent zoom, as the map view draws
 *       it: {@link PanningRenderer} (a copy from its pan cache, filled during the warm-ups) plus the
 *       hand-over;</li>
 *   <li>{@code map.pan_cache_fill} — what a pan step costs when it leaves the cached area (or what the
 *       idle render thread spends after a zoom): the cache filled around the view (2.25 × its pixels);</li>
 *   <li>{@code map.zoom_frame} — a change of zoom level (×1 … ×8, each run another level, the pan cache
 *       emptied before each run): a full render of the view plus the hand-over;</li>
 *   <li>{@code map.pulse_interval} — JavaFX pulse intervals while pan frames are produced back to back
 *       (display only);</li>
 *   <li>{@code app.launch_to_first_map} and {@code app.launch_to_window} — the desktop application started in
 *       a JVM of its own on the size's project, timed from outside from the process's start (display only).</li>
 * </ul>
 * Peer: the straightforward JavaFX {@code Canvas} renderer, one {@code fillRect} per household in view
 * (display only; see {@link FxMapProbe}). Without a display the suite measures the render-only part and
 * says so in the notes. Not thread-safe.
 */
public final class MapSuite implements BenchSuite {
    static final int WIDTH = 1920;
    static final int HEIGHT = 1080;
    static final String PEER = "JavaFX Canvas, one fillRect per household";
    private static final double PAN_PIXELS = 40;
    private static final double[] ZOOMS = {1, 2, 4, 8, 4, 2};

    private long sink;

    @Override
    public String name() {
        return "map";
    }

    @Override
    public String description() {
        return "first frame, pan, zoom and pulse interval at 1920x1080, against a straightforward JavaFX Canvas renderer";
    }

    @Override
    public List<BenchResult> run(BenchContext context) throws Exception {
        FxMapProbe probe = FxMapProbe.load();
        String noFx = null;
        if (probe == null) {
            noFx = "JavaFX is not on the class path";
        } else {
            try {
                probe.open(WIDTH, HEIGHT);
            } catch (Exception e) {
                noFx = e.getMessage();
                probe = null;
            }
        }
        String fxNote = noFx == null ? null : "render only, no hand-over to JavaFX and no peer: " + noFx;
        if (noFx != null) {
            context.say("map suite without JavaFX: " + noFx);
        }
        try {
            List<BenchResult> results = new ArrayList<>();
            for (int size : context.sizes()) {
                results.addAll(runAt(context, size, probe, fxNote));
            }
            return results;
        } finally {
            if (probe != null) {
                probe.close();
            }
        }
    }

    private List<BenchResult> runAt(BenchContext context, int size, FxMapProbe probe, String fxNote) throws Exception {
        Path project = BenchProjects.project(context, size);
        ProjectService projects = new ProjectService();
        MapRenderer renderer = new MapRenderer();
        RasterCanvas canvas = new RasterCanvas(WIDTH, HEIGHT);
        MapContent[] content = new MapContent[1];
        context.say("map.first_frame at " + size + " households");
        RunPlan.Timing first = context.plan().time(() -> content[0] = null, () -> {
            content[0] = projects.mapContent(project, ProgressMonitor.NONE);
            Viewport full = Viewport.fitting(content[0].fullExtent(), WIDTH, HEIGHT);
            sink += renderer.render(content[0], full, canvas, ProgressMonitor.NONE).featuresDrawn();
            handOver(probe, canvas);
        }, () -> { });
        MapContent map = content[0] == null ? projects.mapContent(project, ProgressMonitor.NONE) : content[0];
        // As the map view asks: the drawings and overlays are built once per change, not per frame.
        List<LayerDrawing> drawings = new ArrayList<>();
        for (VectorLayer layer : map.layers()) {
            drawings.add(LayerDrawing.withDefaultStyle(layer));
        }
        List<MapOverlay> overlays = map.points().isEmpty() ? List.of() : List.of(new PointLayersOverlay(map.points()));
        PanningRenderer panning = new PanningRenderer();
        Viewport full = Viewport.fitting(map.fullExtent(), WIDTH, HEIGHT);
        Viewport panBase = full.zoom(4);
        int[] step = {0};
        Runnable panFrame = () -> {
            step[0]++;
            // Back and forth, so that every step shows a new view and the view stays over the territory.
            Viewport view = panBase.pan((step[0] % 2 == 0 ? 1 : -1) * PAN_PIXELS * ((step[0] / 2) % 5 + 1), 0);
            sink += panning.render(drawings, overlays, view, canvas, ProgressMonitor.NONE).featuresDrawn();
            handOverUnchecked(probe, canvas);
        };
        context.say("map.pan_frame, map.pan_cache_fill and map.zoom_frame at " + size + " households");
        RunPlan.Timing pan = context.plan().time(() -> { }, panFrame::run, () -> { });
        RunPlan.Timing fill = context.plan().time(panning::invalidate,
                () -> sink += panning.prefetch(drawings, overlays, panBase, ProgressMonitor.NONE) ? 1 : 0, () -> { });
        int[] zoomStep = {0};
        // Emptied before each zoom run: returning to a cached scale would be a copy, not the render measured here.
        RunPlan.Timing zoom = context.plan().time(panning::invalidate, () -> {
            Viewport view = full.zoom(ZOOMS[++zoomStep[0] % ZOOMS.length]);
            sink += panning.render(drawings, overlays, view, canvas, ProgressMonitor.NONE).featuresDrawn();
            handOver(probe, canvas);
        }, () -> { });

        String scope = "ours: MapRenderer full render (5 map layers, household dots or records, clients, competitors,"
                + " labels, scale bar) into an int[]" + (probe == null ? "" : " + PixelBuffer hand-over on the FX thread");
        String panScope = "ours: PanningRenderer, the map view's renderer: the view's rows copied from the pan cache"
                + " (filled once at this scale during the warm-ups; labels placed for the cached area) + scale bar"
                + (probe == null ? "" : " + PixelBuffer hand-over on the FX thread");
        String fillScope = "PanningRenderer.prefetch at the pan scale: a full render of the view plus a quarter of its"
                + " size on every side (" + (WIDTH + 2 * ((WIDTH + 3) / 4)) + " x " + (HEIGHT + 2 * ((HEIGHT + 3) / 4))
                + " px), no hand-over; the cost of a pan step leaving the cached area";
        List<BenchResult> rows = new ArrayList<>();
        rows.add(BenchResult.of("map.first_frame", size, "ms", first.samples()).withNote(Notes.join(first.note(),
                "open the map content (" + size + " households loaded into columns + index) and render the full extent",
                scope, fxNote, "no peer")));
        rows.add(BenchResult.of("map.pan_cache_fill", size, "ms", fill.samples()).withNote(Notes.join(fill.note(), fillScope)));
        if (probe == null) {
            rows.add(BenchResult.of("map.pan_frame", size, "ms", pan.samples()).withNote(Notes.join(pan.note(), panScope, fxNote)));
            rows.add(BenchResult.of("map.zoom_frame", size, "ms", zoom.samples()).withNote(Notes.join(zoom.note(), scope, fxNote)));
            return rows;
        }
        double[][] xy = coordinates(map.points().households());
        String peerScope = "peer: one GraphicsContext.fillRect per household in view on the FX thread, then a canvas"
                + " snapshot to force the rasterisation; households only (no layers, labels)";
        RunPlan.Timing peerPan = context.plan().time(() -> { }, () -> {
            Viewport view = panBase.pan(step[0]++ % 2 == 0 ? PAN_PIXELS : -PAN_PIXELS, 0);
            probe.drawOnCanvas(xy[0], xy[1], view.minX(), view.maxY(), view.metresPerPixel());
        }, () -> { });
        RunPlan.Timing peerZoom = context.plan().time(() -> { }, () -> {
            Viewport view = full.zoom(ZOOMS[++zoomStep[0] % ZOOMS.length]);
            probe.drawOnCanvas(xy[0], xy[1], view.minX(), view.maxY(), view.metresPerPixel());
        }, () -> { });
        int pulses = Math.max(context.plan().runs(), 20);
        context.say("map.pulse_interval at " + size + " households (" + pulses + " pulses each)");
        double[] ourPulses = probe.pulseIntervalsWhile(panFrame, Math.max(pulses, 60));
        double[] peerPulses = probe.canvasPulseIntervals(xy[0], xy[1], panBase.minX(), panBase.maxY(),
                panBase.metresPerPixel(), PAN_PIXELS, pulses);
        rows.add(BenchResult.withPeer("map.pan_frame", size, "ms", pan.samples(), PEER, peerPan.samples())
                .withNote(Notes.join(pan.note(), "pan step of 40-200 px at 4x the full-extent zoom", panScope, peerScope)));
        rows.add(BenchResult.withPeer("map.zoom_frame", size, "ms", zoom.samples(), PEER, peerZoom.samples())
                .withNote(Notes.join(zoom.note(), "zoom levels x1..x8 of the full extent", scope, peerScope)));
        rows.add(BenchResult.withPeer("map.pulse_interval", size, "ms", Samples.of(ourPulses), PEER, Samples.of(peerPulses))
                .withNote(Notes.join("AnimationTimer intervals: ours while pan frames are rendered and handed over back"
                        + " to back (" + ourPulses.length + " intervals); peer while the canvas is redrawn at every pulse ("
                        + peerPulses.length + " intervals)")));
        rows.addAll(launches(context, size, project));
        return rows;
    }

    /**
     * {@code app.launch_to_first_map} and {@code app.launch_to_window}: the desktop application started in a
     * JVM of its own on the display, on this size's project, as a user starts it; timed from outside, from
     * the process's start to its first painted map (and to its window), as its start-up probe reports.
     * One launch first, not counted (it writes the households' cache the next ones read, as a project's
     * first opening does).
     */
    private List<BenchResult> launches(BenchContext context, int size, Path project) throws Exception {
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            return List.of();
        }
        int runs = context.quick() ? 2 : context.plan().runs();
        context.say("app.launch_to_first_map at " + size + " households (" + runs + " launches)");
        Path scratch = context.workDir().resolve("launch-" + size);
        java.nio.file.Files.createDirectories(scratch);
        java.util.Map<String, String> env = java.util.Map.of("DISPLAY", display, "GEOPROSPECT_HOME", scratch.toString());
        List<String> jvm = List.of("-Xmx8g", "-Dprism.order=sw");
        String classPath = System.getProperty("java.class.path");
        AppLaunch.run(classPath, project, env, jvm, scratch, 300);
        double[] toMap = new double[runs];
        double[] toWindow = new double[runs];
        for (int i = 0; i < runs; i++) {
            AppLaunch.Result launch = AppLaunch.run(classPath, project, env, jvm, scratch, 300);
            toMap[i] = launch.launchToFirstMapMillis();
            toWindow[i] = launch.launchToWindowMillis();
        }
        String scope = "the application in a JVM of its own (-Xmx8g, Prism sw) on " + display + ", project of " + size
                + " households already opened once (households' cache present), timed from outside from the process's start";
        return List.of(
                BenchResult.of("app.launch_to_first_map", size, "ms", Samples.of(toMap))
                        .withNote(Notes.join(runs + " launches after 1 not counted", scope, "to the first map painted", "no peer")),
                BenchResult.of("app.launch_to_window", size, "ms", Samples.of(toWindow))
                        .withNote(Notes.join(runs + " launches after 1 not counted", scope, "to the window's first frame (content laid out)", "no peer")));
    }

    private static double[][] coordinates(HouseholdColumns households) {
        if (households == null) {
            return new double[][] {new double[0], new double[0]};
        }
        double[] x = new double[households.size()];
        double[] y = new double[households.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = households.x(i);
            y[i] = households.y(i);
        }
        return new double[][] {x, y};
    }

    private static void handOver(FxMapProbe probe, RasterCanvas canvas) throws Exception {
        if (probe != null) {
            probe.handOver(canvas.pixels());
        }
    }

    private static void handOverUnchecked(FxMapProbe probe, RasterCanvas canvas) {
        try {
            handOver(probe, canvas);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("The frame could not be handed over to JavaFX: " + e.getMessage(), e);
        }
    }
}

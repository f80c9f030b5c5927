package org.geoprospect.render;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.render.points.Stamp;

/**
 * The two transparent canvases {@link MapRenderer} paints beside the main one so that a render uses
 * two cores: the overlays (a million households as dots or markers) are painted into one on a helper
 * thread while the calling thread draws the layers and then the labels into the other; both are then
 * composited over the layers (source-over, pre-multiplied), in that order. The picture is the one a
 * single canvas would get, within a level of rounding at translucent edges, and it is the same whatever
 * the number of cores (one core runs the overlays on the helper thread as well, just not at the same time).
 *
 * <p>The canvases are kept for the next render of the same size (a frame does not allocate its big
 * buffers); at most two sizes are kept (the view and the pan cache's area). Not thread-safe: one render
 * at a time per instance. The helper thread is shared by every renderer and is a daemon.
 */
final class SideLayers {
    private static final ExecutorService HELPER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "map-render-helper");
        t.setDaemon(true);
        return t;
    });

    /** Above this many pixels (a large export), two more canvases cost more memory than they save time. */
    static final long MAX_PIXELS = 20_000_000;

    private RasterCanvas[] current = new RasterCanvas[2];
    private RasterCanvas[] previous = new RasterCanvas[2];
    private Future<?> overlayTask;

    /** Whether a render of this view should use the side canvases (not when it exceeds {@link #MAX_PIXELS}). */
    static boolean suits(Viewport viewport) {
        return (long) viewport.width() * viewport.height() <= MAX_PIXELS;
    }

    /**
     * Clears both canvases for a render of the view's size and starts painting the overlays into the first
     * on the helper thread.
     */
    void start(List<MapOverlay> overlays, Viewport viewport, ProgressMonitor monitor) {
        prepare(viewport.width(), viewport.height());
        RasterCanvas target = current[0];
        overlayTask = overlays.isEmpty() ? null : HELPER.submit(() -> {
            paintOverlays(overlays, target, viewport, monitor);
        });
    }

    /** Every overlay's ground, then every overlay's markers (the drawing order of {@link MapOverlay}). */
    static void paintOverlays(List<MapOverlay> overlays, RasterCanvas canvas, Viewport viewport, ProgressMonitor monitor) {
        for (MapOverlay overlay : overlays) {
            overlay.paint(canvas, viewport, monitor);
        }
        for (MapOverlay overlay : overlays) {
            overlay.paintMarkers(canvas, viewport, monitor);
        }
    }

    /** The canvas the labels go into (transparent, the view's size). */
    RasterCanvas labels() {
        return current[1];
    }

    /**
     * Waits for the overlays, then composites them and the labels over {@code canvas}.
     *
     * @throws org.geoprospect.model.CancelledException when the overlays' painting was cancelled
     * @throws RuntimeException any other failure of an overlay, as thrown
     */
    void finishOnto(RasterCanvas canvas) {
        awaitOverlays();
        compositeOver(current[0].pixels(), current[1].pixels(), canvas.pixels());
    }

    /** Waits for the overlays' painting if it still runs (after a failure of the calling thread), ignoring its outcome. */
    void abandon() {
        Future<?> task = overlayTask;
        overlayTask = null;
        if (task == null) {
            return;
        }
        boolean interrupted = false;
        while (true) {
            try {
                task.get();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException e) {
                break; // the calling thread's own failure is the one reported
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitOverlays() {
        Future<?> task = overlayTask;
        overlayTask = null;
        if (task == null) {
            return;
        }
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abandonAfterInterrupt(task);
            throw new org.geoprospect.model.CancelledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("An overlay failed: " + e.getCause(), e.getCause());
        }
    }

    /** The canvas must not be reused while the helper still writes it: wait without being interrupted. */
    private static void abandonAfterInterrupt(Future<?> task) {
        while (!task.isDone()) {
            try {
                task.get();
            } catch (InterruptedException again) {
                // keep waiting; the interrupt flag is restored by the caller
            } catch (ExecutionException ignored) {
                return;
            }
        }
    }

    private void prepare(int width, int height) {
        if (!fits(current, width, height)) {
            RasterCanvas[] swap = previous;
            previous = current;
            current = fits(swap, width, height) ? swap
                    : new RasterCanvas[] {new RasterCanvas(width, height), new RasterCanvas(width, height)};
        }
        Arrays.fill(current[0].pixels(), 0);
        Arrays.fill(current[1].pixels(), 0);
    }

    private static boolean fits(RasterCanvas[] pair, int width, int height) {
        return pair[0] != null && pair[0].width() == width && pair[0].height() == height;
    }

    /**
     * Source-over of two pre-multiplied ARGB layers onto {@code dst}, {@code lower} first then {@code upper},
     * in one pass; transparent pixels are skipped.
     */
    static void compositeOver(int[] lower, int[] upper, int[] dst) {
        for (int i = 0; i < dst.length; i++) {
            int l = lower[i];
            int u = upper[i];
            if ((l | u) == 0) {
                continue;
            }
            int d = dst[i];
            if (l != 0) {
                int la = l >>> 24;
                d = la == 255 ? l : Stamp.over(l, d, 255 - la);
            }
            if (u != 0) {
                int ua = u >>> 24;
                d = ua == 255 ? u : Stamp.over(u, d, 255 - ua);
            }
            dst[i] = d;
        }
    }
}

package org.geoprospect.ui.map;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.geoprospect.model.CancelledException;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.render.LayerDrawing;
import org.geoprospect.render.MapOverlay;
import org.geoprospect.render.PanningRenderer;
import org.geoprospect.render.RasterCanvas;
import org.geoprospect.render.Viewport;

/**
 * Renders the map on one background thread, coalescing requests: when several arrive while a
 * render runs, only the latest is drawn next. Finished frames are handed to the FX thread.
 *
 * <p>Three canvases rotate so that the render thread never draws into the image on screen nor into
 * the one just handed over and not yet shown; a frame overtaken by a newer one before the FX thread
 * got to it is dropped. {@link #request} may be called from any thread; frames are delivered on
 * the FX thread.
 *
 * <p>Panning: frames go through a {@link PanningRenderer}; when the thread has nothing else to do after
 * a frame, it fills the renderer's pan cache around that frame's view (cancelled as soon as a new
 * request arrives), so that the next pan step is a copy of rows rather than a render.
 */
final class MapRenderScheduler implements AutoCloseable {
    private record Request(List<LayerDrawing> layers, List<MapOverlay> overlays, Viewport viewport, Object source) {
    }

    private final PanningRenderer renderer = new PanningRenderer();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "map-render");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<Request> pending = new AtomicReference<>();
    private final Consumer<RenderedFrame> onFrame;
    private final Consumer<Throwable> onError;
    private volatile boolean closed;
    /** Guarded by this: the canvas on screen, and the one handed to the FX thread, not yet shown. */
    private RasterCanvas shown;
    private RenderedFrame handedOver;
    /** Render-thread confined. */
    private final List<RasterCanvas> pool = new ArrayList<>();

    /**
     * @param onFrame receives each finished frame on the FX thread
     * @param onError receives render failures on the FX thread
     */
    MapRenderScheduler(Consumer<RenderedFrame> onFrame, Consumer<Throwable> onError) {
        this.onFrame = onFrame;
        this.onError = onError;
    }

    /** Asks for a render without overlays; replaces any request not yet started. */
    void request(List<LayerDrawing> layers, Viewport viewport) {
        request(layers, List.of(), viewport);
    }

    /**
     * Asks for a render of the layers then the overlays (painted on the render thread, one at a time);
     * replaces any request not yet started.
     */
    void request(List<LayerDrawing> layers, List<MapOverlay> overlays, Viewport viewport) {
        request(layers, overlays, viewport, null);
    }

    /**
     * As {@link #request(List, List, Viewport)}, with what the frame draws ({@link RenderedFrame#source()}).
     */
    void request(List<LayerDrawing> layers, List<MapOverlay> overlays, Viewport viewport, Object source) {
        if (closed) {
            return;
        }
        if (pending.getAndSet(new Request(List.copyOf(layers), List.copyOf(overlays), viewport, source)) == null) {
            executor.execute(this::renderLatest);
        }
    }

    /** Marks the frame as on screen unless a newer one was handed over since; FX thread. */
    private synchronized boolean showIfLatest(RenderedFrame frame) {
        // Frames, not canvases, are compared: a canvas dropped unseen may already hold a newer image.
        if (frame != handedOver) {
            return false;
        }
        shown = frame.canvas();
        handedOver = null;
        return true;
    }

    private synchronized void handOver(RenderedFrame frame) {
        handedOver = frame;
    }

    private void renderLatest() {
        Request request = pending.getAndSet(null);
        if (request == null || closed) {
            return;
        }
        Viewport v = request.viewport();
        RasterCanvas canvas = acquire(v.width(), v.height());
        ProgressMonitor stopOnClose = new ProgressMonitor() {
            @Override
            public void progress(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return closed;
            }
        };
        // The prefetch gives way to any new request: a frame the user waits for comes first.
        ProgressMonitor stopOnRequest = new ProgressMonitor() {
            @Override
            public void progress(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return closed || pending.get() != null;
            }
        };
        try {
            renderer.render(request.layers(), request.overlays(), v, canvas, stopOnClose);
        } catch (CancelledException e) {
            return;
        } catch (RuntimeException | Error e) {
            Platform.runLater(() -> onError.accept(e));
            return;
        }
        RenderedFrame frame = new RenderedFrame(canvas, v, request.source());
        handOver(frame);
        Platform.runLater(() -> {
            if (showIfLatest(frame)) {
                onFrame.accept(frame);
            }
        });
        prefetch(request, stopOnRequest);
    }

    /** Fills the pan cache around the frame just rendered, unless a new request waits. */
    private void prefetch(Request request, ProgressMonitor stopOnRequest) {
        if (stopOnRequest.isCancelled()) {
            return;
        }
        try {
            renderer.prefetch(request.layers(), request.overlays(), request.viewport(), stopOnRequest);
        } catch (CancelledException e) {
            // A new request came: it is rendered next, and the cache is filled after it.
        } catch (RuntimeException | Error e) {
            Platform.runLater(() -> onError.accept(e));
        }
    }

    /** A canvas of the size that is neither on screen nor about to be. */
    private synchronized RasterCanvas acquire(int width, int height) {
        RasterCanvas onScreen = shown;
        RasterCanvas next = handedOver == null ? null : handedOver.canvas();
        pool.removeIf(c -> (c.width() != width || c.height() != height) && c != onScreen && c != next);
        for (RasterCanvas c : pool) {
            if (c.width() == width && c.height() == height && c != onScreen && c != next) {
                return c;
            }
        }
        RasterCanvas created = new RasterCanvas(width, height);
        pool.add(created);
        return created;
    }

    @Override
    public void close() {
        closed = true;
        executor.shutdown();
    }
}

package org.geoprospect.render;

import java.awt.Graphics2D;
import java.util.List;
import org.geoprospect.model.ProgressMonitor;

/**
 * The map renderer as the map view uses it: a {@link MapRenderer} plus a {@link PanCache}, so that a
 * pan step costs a copy of rows instead of a render.
 *
 * <p>Policy of {@link #render}: a view the cache covers (same layers, styles, order, overlays, scale,
 * size and background; inside the cached area at a whole-pixel offset) is copied from it. Otherwise,
 * when the previous frame had the same key (the user is panning at a scale already shown), the cache
 * is filled around the view (the view plus a quarter of its size on every side) and the view copied
 * from it. Otherwise (a new scale, new content, a resize…) only the view is rendered, exactly as
 * {@link MapRenderer} does, so that a zoom step does not pay for the larger area; {@link #prefetch}
 * fills the cache later, when the render thread is idle.
 *
 * <p>Pictures: a copied frame has the pixels a render of the same view gives (within anti-aliasing
 * rounding of a few levels at the edges of shapes), except the labels: they are placed once for the
 * whole cached area, so they stay put while panning instead of being placed anew at every step; a
 * label may therefore be cut by the view's edge, and which of two colliding labels wins may differ
 * from a render of the view alone. The scale bar and north arrow are drawn on every frame.
 *
 * <p>Thread-safety: one render or prefetch at a time (the render thread); {@link #invalidate} and the
 * setters may be called from that thread only.
 */
public final class PanningRenderer {
    private final MapRenderer renderer = new MapRenderer().setDecorations(false);
    private final PanCache cache = new PanCache();
    private boolean decorations = true;
    private int background = DefaultStyles.BACKGROUND;
    /** The key of the last frame rendered or copied: a second frame with the same key is a pan. */
    private PanCache.RenderKey lastKey;

    /** Whether the scale bar and north arrow are drawn (default true). */
    public PanningRenderer setDecorations(boolean drawDecorations) {
        this.decorations = drawDecorations;
        return this;
    }

    /** The colour (ARGB) under the layers (default {@link DefaultStyles#BACKGROUND}); a change empties the cache. */
    public PanningRenderer setBackground(int argb) {
        this.background = argb;
        renderer.setBackground(argb);
        return this;
    }

    /**
     * Draws the view into the canvas, from the cache when it can; see the class comment for when.
     *
     * @param layers   layers to draw, bottom first (hidden layers left out); never null
     * @param overlays painted after the layers and before the labels; never null; compared by identity, so
     *                 new point data or choices must come as new overlay objects (as {@code MapViewModel} does)
     * @param viewport what to show; its size must equal the canvas size
     * @param canvas   overwritten entirely
     * @return what was drawn; for a copied frame, what the cached render drew over its whole area
     * @throws IllegalArgumentException when the canvas and viewport sizes differ
     * @throws org.geoprospect.model.CancelledException when the monitor is cancelled (the cache is then empty
     *         if it was being filled)
     */
    public RenderResult render(List<LayerDrawing> layers, List<MapOverlay> overlays, Viewport viewport, RasterCanvas canvas,
                               ProgressMonitor monitor) {
        if (canvas.width() != viewport.width() || canvas.height() != viewport.height()) {
            throw new IllegalArgumentException("The canvas is " + canvas.width() + " x " + canvas.height()
                    + " pixels but the viewport " + viewport.width() + " x " + viewport.height() + ".");
        }
        PanCache.RenderKey key = new PanCache.RenderKey(layers, overlays, viewport, background);
        boolean panning = key.equals(lastKey) || cache.holds(key);
        lastKey = key;
        if (!cache.covers(key, viewport) && panning) {
            fill(key, layers, overlays, viewport, monitor);
        }
        RenderResult result;
        if (cache.covers(key, viewport)) {
            cache.copyTo(viewport, canvas);
            result = cache.result();
        } else {
            result = renderer.render(layers, overlays, viewport, canvas, monitor);
        }
        if (decorations) {
            Graphics2D g = canvas.createGraphics();
            try {
                MapDecorations.draw(g, viewport);
            } finally {
                g.dispose();
            }
        }
        return result;
    }

    /**
     * Fills the cache around the view unless it already covers it: meant for the idle render thread
     * after a frame, so that the next pan step is a copy.
     *
     * @return true when the cache was filled now, false when it already covered the view
     * @throws org.geoprospect.model.CancelledException when the monitor is cancelled (the cache is then empty)
     */
    public boolean prefetch(List<LayerDrawing> layers, List<MapOverlay> overlays, Viewport viewport, ProgressMonitor monitor) {
        PanCache.RenderKey key = new PanCache.RenderKey(layers, overlays, viewport, background);
        if (cache.covers(key, viewport)) {
            return false;
        }
        fill(key, layers, overlays, viewport, monitor);
        return true;
    }

    /** Whether a render of this view would be a copy from the cache. */
    public boolean covers(List<LayerDrawing> layers, List<MapOverlay> overlays, Viewport viewport) {
        return cache.covers(new PanCache.RenderKey(layers, overlays, viewport, background), viewport);
    }

    /**
     * Empties the cache and forgets the last frame (the next render is a plain render of its view):
     * for a change the key does not see, e.g. features edited inside a layer object, and for benchmarks.
     */
    public void invalidate() {
        cache.clear();
        lastKey = null;
    }

    /** Empties the cache and frees its memory (about 2.25 times a frame). */
    public void release() {
        cache.release();
        lastKey = null;
    }

    private void fill(PanCache.RenderKey key, List<LayerDrawing> layers, List<MapOverlay> overlays, Viewport viewport,
                      ProgressMonitor monitor) {
        Viewport area = PanCache.areaAround(viewport);
        RasterCanvas picture = cache.canvasFor(area);
        RenderResult drawn = renderer.render(layers, overlays, area, picture, monitor);
        cache.accept(key, area, drawn);
    }
}

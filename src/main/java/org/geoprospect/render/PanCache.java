package org.geoprospect.render;

import java.util.List;

/**
 * The map picture (layers, overlays and labels; not the scale bar and north arrow) rendered once for
 * an area larger than the view, at one scale, so that a pan step is a copy of shifted rows instead
 * of a render.
 *
 * <p>The cache holds one picture and the {@link RenderKey} it was drawn for. It serves a view when
 * the key is equal (same layers, styles, order, overlays, scale, view size and background), the view
 * lies inside the cached area, and the view's offset from the area's corner is a whole number of
 * pixels (within {@value #PHASE_TOLERANCE} px): then the copied pixels are those a render of the
 * view would give, because every painter places content by its world position.
 *
 * <p>Not thread-safe: one thread fills and reads it (the render thread).
 */
final class PanCache {
    /** How far (in pixels) a view's offset may be from a whole number and still be served. */
    static final double PHASE_TOLERANCE = 1e-3;

    private RasterCanvas image;
    private Viewport area;
    private RenderKey key;
    private RenderResult result;

    /** The cached area for a view: the view grown by a quarter of its size on every side. */
    static Viewport areaAround(Viewport view) {
        int marginX = marginX(view.width());
        int marginY = marginY(view.height());
        return view.withSize(view.width() + 2 * marginX, view.height() + 2 * marginY);
    }

    static int marginX(int viewWidth) {
        return (viewWidth + 3) / 4;
    }

    static int marginY(int viewHeight) {
        return (viewHeight + 3) / 4;
    }

    /** Whether the cache holds a picture for {@code key} that covers {@code view} at a whole-pixel offset. */
    boolean covers(RenderKey key, Viewport view) {
        return this.key != null && this.key.equals(key) && offset(view) != null;
    }

    /** Whether the cache holds a picture drawn for {@code key}, wherever it lies. */
    boolean holds(RenderKey key) {
        return this.key != null && this.key.equals(key);
    }

    /**
     * A canvas of the area's size to draw a new picture into; the cache is empty until
     * {@link #accept} (so a cancelled fill leaves nothing stale behind).
     */
    RasterCanvas canvasFor(Viewport newArea) {
        clear();
        if (image == null || image.width() != newArea.width() || image.height() != newArea.height()) {
            image = null; // the old array can go before the new one is allocated
            image = new RasterCanvas(newArea.width(), newArea.height());
        }
        return image;
    }

    /** Marks the canvas from {@link #canvasFor} as holding the finished picture of {@code newArea} for {@code newKey}. */
    void accept(RenderKey newKey, Viewport newArea, RenderResult drawn) {
        this.key = newKey;
        this.area = newArea;
        this.result = drawn;
    }

    /** Forgets the picture (its array is kept for reuse). */
    void clear() {
        key = null;
        area = null;
        result = null;
    }

    /** Forgets the picture and frees its array. */
    void release() {
        clear();
        image = null;
    }

    /** What the cached render drew (over the whole cached area); null when empty. */
    RenderResult result() {
        return result;
    }

    /**
     * Copies the part of the picture under {@code view} into {@code canvas} (same size as the view).
     *
     * @throws IllegalStateException when the cache does not cover the view (check {@link #covers} first)
     */
    void copyTo(Viewport view, RasterCanvas canvas) {
        int[] at = offset(view);
        if (at == null || canvas.width() != view.width() || canvas.height() != view.height()) {
            throw new IllegalStateException("The pan cache does not cover " + view + ".");
        }
        int[] src = image.pixels();
        int[] dst = canvas.pixels();
        int srcWidth = image.width();
        int width = view.width();
        for (int y = 0; y < view.height(); y++) {
            System.arraycopy(src, (at[1] + y) * srcWidth + at[0], dst, y * width, width);
        }
    }

    /** The view's top-left pixel inside the cached picture, or null when it is not a whole-pixel offset inside it. */
    private int[] offset(Viewport view) {
        if (area == null || view.metresPerPixel() != area.metresPerPixel()) {
            return null;
        }
        double dx = (view.minX() - area.minX()) / area.metresPerPixel();
        double dy = (area.maxY() - view.maxY()) / area.metresPerPixel();
        long x = Math.round(dx);
        long y = Math.round(dy);
        if (Math.abs(dx - x) > PHASE_TOLERANCE || Math.abs(dy - y) > PHASE_TOLERANCE) {
            return null;
        }
        if (x < 0 || y < 0 || x + view.width() > area.width() || y + view.height() > area.height()) {
            return null;
        }
        return new int[] {(int) x, (int) y};
    }

    /**
     * What a cached picture depends on besides its position: the layers (by identity of their data,
     * with equal symbology and opacity, in order), the overlays (by identity: they are immutable
     * inputs), the scale, the view size and the background colour.
     */
    static final class RenderKey {
        private final List<LayerDrawing> layers;
        private final List<MapOverlay> overlays;
        private final double metresPerPixel;
        private final int width;
        private final int height;
        private final int background;

        RenderKey(List<LayerDrawing> layers, List<MapOverlay> overlays, Viewport view, int background) {
            this.layers = List.copyOf(layers);
            this.overlays = List.copyOf(overlays);
            this.metresPerPixel = view.metresPerPixel();
            this.width = view.width();
            this.height = view.height();
            this.background = background;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof RenderKey k) || k.metresPerPixel != metresPerPixel || k.width != width
                    || k.height != height || k.background != background || k.layers.size() != layers.size()
                    || k.overlays.size() != overlays.size()) {
                return false;
            }
            for (int i = 0; i < layers.size(); i++) {
                LayerDrawing a = layers.get(i);
                LayerDrawing b = k.layers.get(i);
                // The layer by identity: comparing a record of thousands of geometries at every frame would cost more than a render.
                if (a.layer() != b.layer() || a.opacity() != b.opacity() || !a.symbology().equals(b.symbology())) {
                    return false;
                }
            }
            for (int i = 0; i < overlays.size(); i++) {
                if (overlays.get(i) != k.overlays.get(i)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            int h = Double.hashCode(metresPerPixel);
            h = 31 * h + width;
            h = 31 * h + height;
            h = 31 * h + background;
            for (LayerDrawing d : layers) {
                h = 31 * h + System.identityHashCode(d.layer());
            }
            for (MapOverlay o : overlays) {
                h = 31 * h + System.identityHashCode(o);
            }
            return h;
        }
    }
}

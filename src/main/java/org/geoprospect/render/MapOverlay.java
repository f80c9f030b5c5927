package org.geoprospect.render;

import org.geoprospect.model.ProgressMonitor;

/**
 * Something drawn on top of the vector layers and under their labels, straight into the canvas's
 * pixels (e.g. a million household markers, where one Java2D call per point would be too slow).
 *
 * <p>{@link MapRenderer} calls {@link #paint} for its overlays one after the other on a helper
 * thread, into a transparent canvas that it then composites over the layers (so that the layers are
 * drawn on another core meanwhile): an overlay must paint source-over only and must not rely on the
 * layers' pixels being under it. {@link #paintAboveLabels} runs on the rendering thread, on the
 * finished picture. Overlays must therefore be immutable (or otherwise safe to read from another
 * thread) while a render runs.
 */
@FunctionalInterface
public interface MapOverlay {
    /**
     * Paints into {@code canvas} for {@code viewport} (same size).
     *
     * @throws org.geoprospect.model.CancelledException when the monitor is cancelled
     */
    void paint(RasterCanvas canvas, Viewport viewport, ProgressMonitor monitor);

    /**
     * Paints what must stay on top of the map's labels (e.g. the names of competitors); called after
     * the labels and before the scale bar. Does nothing by default.
     */
    default void paintAboveLabels(RasterCanvas canvas, Viewport viewport, ProgressMonitor monitor) {
    }
}

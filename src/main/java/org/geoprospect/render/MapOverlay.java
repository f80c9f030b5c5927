package org.geoprospect.render;

import org.geoprospect.model.ProgressMonitor;

/**
 * Something drawn on top of the vector layers and under their labels, straight into the canvas's
 * pixels (e.g. a million household markers, where one Java2D call per point would be too slow).
 *
 * <p>{@link MapRenderer} calls overlays one after the other on its rendering thread, while no
 * Java2D drawing is in progress on the same canvas.
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

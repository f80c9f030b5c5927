package org.geoprospect.render;

import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.render.labels.LabelPlacer;

/**
 * Something drawn on top of the vector layers, straight into the canvas's pixels (e.g. a million household
 * markers, where one Java2D call per point would be too slow).
 *
 * <p>Drawing order of a map (what hides what): the layers; then every overlay's {@link #paint} (prospect
 * dots, households, selections); then every overlay's {@link #paintMarkers} (clients, then competitors);
 * then the labels of the layers and overlays, placed together by one {@link LabelPlacer} from what
 * {@link #collectLabels} gives; then every overlay's {@link #paintAboveLabels} (a tour's route); then the
 * scale bar and north arrow.
 *
 * <p>{@link MapRenderer} calls {@link #paint} then {@link #paintMarkers} for its overlays one after the other
 * on a helper thread, into a transparent canvas that it then composites over the layers (so that the layers
 * are drawn on another core meanwhile): an overlay must paint source-over only and must not rely on the
 * layers' pixels being under it. {@link #collectLabels} runs on the rendering thread at the same time, and
 * {@link #paintAboveLabels} on the rendering thread, on the finished picture. Overlays must therefore be
 * immutable (or otherwise safe to read from two threads) while a render runs.
 */
@FunctionalInterface
public interface MapOverlay {
    /**
     * Paints the overlay's ground: what markers and labels go over (dots, households, selections).
     *
     * @throws org.geoprospect.model.CancelledException when the monitor is cancelled
     */
    void paint(RasterCanvas canvas, Viewport viewport, ProgressMonitor monitor);

    /**
     * Paints the markers that no ground of any overlay may hide (clients, competitors), after every overlay's
     * {@link #paint}. Does nothing by default.
     */
    default void paintMarkers(RasterCanvas canvas, Viewport viewport, ProgressMonitor monitor) {
    }

    /**
     * Adds the overlay's labels and the boxes of its markers that labels must not cover to {@code labels}
     * (screen coordinates of {@code viewport}). Must not touch the state {@link #paint} uses: both run at the
     * same time. Does nothing by default.
     */
    default void collectLabels(LabelPlacer labels, Viewport viewport) {
    }

    /**
     * Paints what must stay on top of the map's labels (e.g. a tour's numbered stops); called after the
     * labels and before the scale bar. Does nothing by default.
     */
    default void paintAboveLabels(RasterCanvas canvas, Viewport viewport, ProgressMonitor monitor) {
    }
}

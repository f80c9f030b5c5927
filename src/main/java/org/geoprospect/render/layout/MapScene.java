package org.geoprospect.render.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.geoprospect.render.LayerDrawing;
import org.geoprospect.render.LegendedOverlay;
import org.geoprospect.render.MapOverlay;
import org.geoprospect.render.points.PointScene;

/**
 * Everything a printed map draws, as the renderer's inputs: the vector layers shown (bottom first), what
 * the point layers show, and the overlays with a legend of their own (the map selection's outline, a
 * tour's route), bottom first. The map picture and the legend are both made from it, so the legend can
 * list exactly what is drawn. Immutable (its parts are immutable render inputs).
 *
 * @param layers        the vector layers drawn, bottom first (hidden ones left out); never null
 * @param points        what the point layers show; never null ({@link PointScene#EMPTY} for none)
 * @param legended      overlays drawn above the point layers, bottom first; never null
 * @param potentialNote what the prospect dots count when they do not count every household (e.g. "The
 *                      dots count only the households of the target…"), or null
 */
public record MapScene(List<LayerDrawing> layers, PointScene points, List<LegendedOverlay> legended, String potentialNote) {
    public MapScene {
        layers = List.copyOf(layers);
        Objects.requireNonNull(points, "points");
        legended = List.copyOf(legended);
    }

    /** Layers and point layers, no overlay with a legend, no note. */
    public MapScene(List<LayerDrawing> layers, PointScene points) {
        this(layers, points, List.of(), null);
    }

    /** Fresh overlays for one render, bottom first: the point layers' (new painters), then the legended ones. */
    public List<MapOverlay> overlays() {
        List<MapOverlay> overlays = new ArrayList<>(points.overlays());
        overlays.addAll(legended);
        return overlays;
    }
}

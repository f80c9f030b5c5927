package org.geoprospect.render.layout;

import java.util.List;
import java.util.Objects;
import org.geoprospect.render.RasterCanvas;
import org.geoprospect.render.labels.LabelPlacement;

/**
 * A map layout ready to write: the layout, the map picture drawn for its frame, and the legend lines it
 * holds (those of what the picture draws). Immutable once made (the picture is not drawn into again).
 *
 * @param layout the layout
 * @param map    the map picture, of the frame's size in pixels
 * @param legend the legend's lines (empty when the legend was left out)
 * @param labels the labels the map picture holds (in its pixels, at the page's device scale)
 */
public record ComposedMap(MapLayout layout, RasterCanvas map, List<LegendItem> legend, LabelPlacement labels) {
    public ComposedMap {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(map, "map");
        legend = List.copyOf(legend);
        Objects.requireNonNull(labels, "labels");
    }

    /** The whole page as an image at the page's resolution. */
    public RasterCanvas rasterize() {
        RasterCanvas page = new RasterCanvas(layout.page().widthPx(), layout.page().heightPx());
        try (Java2dPageCanvas canvas = new Java2dPageCanvas(page, layout.page().pixelsPerPoint())) {
            LayoutPainter.paint(layout, map.image(), canvas);
        }
        return page;
    }
}

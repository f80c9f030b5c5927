package org.geoprospect.render;

import java.util.Objects;
import org.geoprospect.model.VectorLayer;

/**
 * A layer as the renderer draws it: the data, its rules and its opacity. Hidden layers are simply
 * not passed to the renderer.
 *
 * @param layer     the features; never null
 * @param symbology the drawing rules; never null
 * @param opacity   0 (invisible) to 1 (opaque), applied to the whole layer
 */
public record LayerDrawing(VectorLayer layer, LayerSymbology symbology, double opacity) {
    public LayerDrawing {
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(symbology, "symbology");
        if (!(opacity >= 0 && opacity <= 1)) {
            throw new IllegalArgumentException("A layer opacity must lie between 0 and 1, got " + opacity + ".");
        }
    }

    /** The layer with its default style, fully opaque. */
    public static LayerDrawing withDefaultStyle(VectorLayer layer) {
        return new LayerDrawing(layer, DefaultStyles.forLayer(layer.info()), 1.0);
    }
}

package org.geoprospect.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.geoprospect.model.GeometryKind;

/**
 * One line of the legend: a label and the style its swatch shows.
 *
 * @param label text (the layer name, or the class label for classified layers); never null
 * @param kind  geometry kind, which decides the swatch shape; never null
 * @param style the style drawn in the swatch; never null
 */
public record LegendEntry(String label, GeometryKind kind, LayerStyle style) {
    public LegendEntry {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(style, "style");
    }

    /**
     * The legend lines of one layer: one per class (top class first) when it has classes, otherwise
     * one for the layer; a palette layer shows its first palette colour.
     */
    public static List<LegendEntry> of(String layerName, GeometryKind kind, LayerSymbology symbology) {
        List<LegendEntry> entries = new ArrayList<>();
        if (symbology.classes().isEmpty()) {
            LayerStyle style = symbology.defaultStyle();
            if (!symbology.fillPalette().isEmpty()) {
                style = style.withFill(symbology.fillPalette().get(0));
            }
            entries.add(new LegendEntry(layerName, kind, style));
            return entries;
        }
        for (int i = symbology.classes().size() - 1; i >= 0; i--) {
            StyleClass c = symbology.classes().get(i);
            entries.add(new LegendEntry(layerName + ": " + c.legendLabel(), kind, c.style()));
        }
        return entries;
    }
}

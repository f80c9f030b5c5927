package org.geoprospect.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.geoprospect.model.GeometryKind;
import org.geoprospect.model.VectorFeature;

/**
 * "Colour by a field": one class per distinct value of an attribute, coloured from a qualitative palette
 * (ColorBrewer "Set1" then "Dark2", 16 colours that stay apart for readers with the common colour-vision
 * deficiencies as far as 16 colours can). The most frequent values get the classes (ties in text order);
 * beyond {@value #MAX_CLASSES} values the rest keep the base style.
 * Polygons and points take the colour as fill, lines as stroke. Stateless.
 */
public final class CategoryStyles {
    /** At most this many classes; more would not be told apart on the map. */
    public static final int MAX_CLASSES = 16;
    static final int[] PALETTE = {
        0xFFE41A1C, 0xFF377EB8, 0xFF4DAF4A, 0xFF984EA3, 0xFFFF7F00, 0xFFFFFF33, 0xFFA65628, 0xFFF781BF,
        0xFF1B9E77, 0xFFD95F02, 0xFF7570B3, 0xFFE7298A, 0xFF66A61E, 0xFFE6AB02, 0xFF666666, 0xFF999999};

    private CategoryStyles() {
    }

    /**
     * The rules that colour {@code features} by {@code field} on top of {@code base} (its strokes, symbol,
     * sizes and label rule kept).
     *
     * @param kind the layer's geometry kind
     */
    public static LayerSymbology colourBy(LayerSymbology base, GeometryKind kind, List<VectorFeature> features, String field) {
        Map<String, Integer> counts = new HashMap<>();
        for (VectorFeature f : features) {
            String value = f.text(field);
            if (value != null && !value.isBlank()) {
                counts.merge(value, 1, Integer::sum);
            }
        }
        List<String> values = new ArrayList<>(counts.keySet());
        values.sort(Comparator.comparing((String v) -> -counts.get(v)).thenComparing(Comparator.naturalOrder()));
        List<String> kept = values.subList(0, Math.min(MAX_CLASSES, values.size()));
        LayerStyle style = base.defaultStyle();
        List<StyleClass> classes = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            // Drawn in list order, last on top: the most frequent value first, so rarer ones stay visible.
            classes.add(new StyleClass(kept.get(i), kept.get(i), coloured(style, kind, PALETTE[i])));
        }
        return new LayerSymbology(style, field, classes, List.of(), base.label());
    }

    /** The base style in another colour: the fill of polygons and points, the top stroke of lines. */
    static LayerStyle coloured(LayerStyle style, GeometryKind kind, int argb) {
        return switch (kind) {
            case POLYGON -> new LayerStyle(withAlphaOf(style.fillColor(), argb), style.strokes(), style.pointSymbol(),
                    style.pointSize(), style.pointFill(), style.pointOutline());
            case POINT -> new LayerStyle(style.fillColor(), style.strokes(), style.pointSymbol(), style.pointSize(),
                    argb, style.pointOutline());
            case LINE -> {
                List<StrokeSpec> strokes = new ArrayList<>(style.strokes());
                if (strokes.isEmpty()) {
                    strokes.add(StrokeSpec.solid(argb, 1.5f));
                } else {
                    StrokeSpec top = strokes.get(strokes.size() - 1);
                    strokes.set(strokes.size() - 1, new StrokeSpec(argb, top.width(), top.dash()));
                }
                yield new LayerStyle(style.fillColor(), strokes, style.pointSymbol(), style.pointSize(),
                        style.pointFill(), style.pointOutline());
            }
        };
    }

    /** The category colour with the base fill's transparency (a see-through fill stays see-through). */
    private static int withAlphaOf(int baseFill, int argb) {
        int alpha = baseFill >>> 24;
        return ((alpha == 0 ? 0xFF : alpha) << 24) | (argb & 0xFFFFFF);
    }
}

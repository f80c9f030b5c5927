package org.geoprospect.render;

import java.util.ArrayList;
import java.util.List;

/**
 * The style editor's changes to one {@link LayerStyle}, each touching only what it names, so that a
 * style the user did not change stays equal to what it was (casings, dashes and every other pass kept).
 *
 * <p>Lines: the <em>line</em> is the top pass (drawn last), the <em>casing</em> the pass just under it (a
 * road's darker border); other passes are kept. Polygons: the fill, and the outline (the top stroke).
 * Points: marker, size, fill and outline. Stateless.
 */
public final class SymbolEdits {
    /** Width a new casing adds to the line, in pixels (half on each side). */
    static final float NEW_CASING_MARGIN = 1.2f;
    /** The dash patterns offered: solid, dashed, dotted (dash and gap in pixels). */
    public static final List<Float> SOLID = List.of();
    public static final List<Float> DASHED = List.of(6f, 6f);
    public static final List<Float> DOTTED = List.of(1.5f, 3f);

    private SymbolEdits() {
    }

    /** The line's pass (the top one), or null when the style has no stroke. */
    public static StrokeSpec line(LayerStyle style) {
        List<StrokeSpec> strokes = style.strokes();
        return strokes.isEmpty() ? null : strokes.get(strokes.size() - 1);
    }

    /** The casing (the pass under the line), or null when there is none. */
    public static StrokeSpec casing(LayerStyle style) {
        List<StrokeSpec> strokes = style.strokes();
        return strokes.size() < 2 ? null : strokes.get(strokes.size() - 2);
    }

    /** The line in another colour (a style without stroke gets a 1.5 px line). */
    public static LayerStyle lineColour(LayerStyle style, int argb) {
        StrokeSpec top = line(style);
        return withTop(style, top == null ? StrokeSpec.solid(argb, 1.5f) : new StrokeSpec(argb, top.width(), top.dash()));
    }

    /**
     * The line at another width; the passes under it keep the margin they had around it (a casing stays as
     * much wider than the line as it was).
     */
    public static LayerStyle lineWidth(LayerStyle style, float width) {
        StrokeSpec top = line(style);
        if (top == null) {
            return withTop(style, StrokeSpec.solid(0xFF000000, width));
        }
        List<StrokeSpec> strokes = new ArrayList<>();
        for (StrokeSpec s : style.strokes()) {
            float margin = s.width() - top.width();
            strokes.add(new StrokeSpec(s.color(), Math.max(0.1f, width + margin), s.dash()));
        }
        return replaceStrokes(style, strokes);
    }

    /** The line with another dash pattern (empty: solid). */
    public static LayerStyle lineDash(LayerStyle style, List<Float> dash) {
        StrokeSpec top = line(style);
        StrokeSpec base = top == null ? StrokeSpec.solid(0xFF000000, 1.5f) : top;
        return withTop(style, new StrokeSpec(base.color(), base.width(), dash));
    }

    /**
     * The casing in another colour, added under the line (wider by {@value #NEW_CASING_MARGIN} px) when there
     * was none; null removes it (and every pass under it).
     */
    public static LayerStyle casingColour(LayerStyle style, Integer argb) {
        StrokeSpec top = line(style);
        if (top == null) {
            return style;
        }
        List<StrokeSpec> strokes = new ArrayList<>(style.strokes());
        if (argb == null) {
            return replaceStrokes(style, List.of(top));
        }
        StrokeSpec casing = casing(style);
        if (casing == null) {
            strokes.add(0, StrokeSpec.solid(argb, top.width() + NEW_CASING_MARGIN));
        } else {
            strokes.set(strokes.size() - 2, new StrokeSpec(argb, casing.width(), casing.dash()));
        }
        return replaceStrokes(style, strokes);
    }

    /** The polygon fill in another colour, keeping its opacity (an invisible fill becomes opaque). */
    public static LayerStyle fillColour(LayerStyle style, int rgb) {
        int alpha = Colors.alpha(style.fillColor());
        return style.withFill(((alpha == 0 ? 0xFF : alpha) << 24) | (rgb & 0xFFFFFF));
    }

    /** The polygon fill at another opacity (0..1). */
    public static LayerStyle fillOpacity(LayerStyle style, double opacity) {
        return style.withFill(Colors.withAlpha(style.fillColor(), opacity));
    }

    /** Each palette colour at another opacity (0..1): polygons coloured one by one. */
    public static List<Integer> paletteOpacity(List<Integer> palette, double opacity) {
        return palette.stream().map(c -> Colors.withAlpha(c, opacity)).toList();
    }

    /** The outline (top stroke) in another colour; a polygon without outline gets a 1 px one. */
    public static LayerStyle outlineColour(LayerStyle style, int argb) {
        return lineColour(style.strokes().isEmpty() ? withTop(style, StrokeSpec.solid(argb, 1f)) : style, argb);
    }

    /** The outline at another width. */
    public static LayerStyle outlineWidth(LayerStyle style, float width) {
        return lineWidth(style, width);
    }

    /** The polygon without any outline. */
    public static LayerStyle noOutline(LayerStyle style) {
        return replaceStrokes(style, List.of());
    }

    /** Another point marker. */
    public static LayerStyle marker(LayerStyle style, PointSymbol symbol) {
        if (symbol == PointSymbol.NONE) {
            throw new IllegalArgumentException("Choose a marker to draw the points with; NONE would hide them.");
        }
        return new LayerStyle(style.fillColor(), style.strokes(), symbol, style.pointSize(), style.pointFill(),
                style.pointOutline());
    }

    /** Another marker size (pixels). */
    public static LayerStyle pointSize(LayerStyle style, double size) {
        return new LayerStyle(style.fillColor(), style.strokes(), style.pointSymbol(), size, style.pointFill(),
                style.pointOutline());
    }

    /** Another marker colour. */
    public static LayerStyle pointFill(LayerStyle style, int argb) {
        return new LayerStyle(style.fillColor(), style.strokes(), style.pointSymbol(), style.pointSize(), argb,
                style.pointOutline());
    }

    /** Another marker outline colour (0: none). */
    public static LayerStyle pointOutline(LayerStyle style, int argb) {
        return new LayerStyle(style.fillColor(), style.strokes(), style.pointSymbol(), style.pointSize(),
                style.pointFill(), argb);
    }

    private static LayerStyle withTop(LayerStyle style, StrokeSpec top) {
        List<StrokeSpec> strokes = new ArrayList<>(style.strokes());
        if (strokes.isEmpty()) {
            strokes.add(top);
        } else {
            strokes.set(strokes.size() - 1, top);
        }
        return replaceStrokes(style, strokes);
    }

    private static LayerStyle replaceStrokes(LayerStyle style, List<StrokeSpec> strokes) {
        return new LayerStyle(style.fillColor(), strokes, style.pointSymbol(), style.pointSize(), style.pointFill(),
                style.pointOutline());
    }
}

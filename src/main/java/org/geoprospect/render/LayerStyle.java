package org.geoprospect.render;

import java.util.List;
import java.util.Objects;

/**
 * How one class of features is drawn: polygon fill, line passes and point marker. Fields that do
 * not apply to a geometry kind are ignored (a line has no fill, a polygon no marker).
 *
 * @param fillColor    polygon fill (ARGB, its alpha is the fill opacity; 0 = no fill)
 * @param strokes      line passes drawn in order (for polygons: the outline); never null
 * @param pointSymbol  marker of point features; never null
 * @param pointSize    marker diameter or side in pixels
 * @param pointFill    marker fill (ARGB)
 * @param pointOutline marker outline (ARGB, 0 = none)
 */
public record LayerStyle(int fillColor, List<StrokeSpec> strokes, PointSymbol pointSymbol, double pointSize,
                         int pointFill, int pointOutline) {
    public LayerStyle {
        strokes = List.copyOf(Objects.requireNonNull(strokes, "strokes"));
        Objects.requireNonNull(pointSymbol, "pointSymbol");
    }

    /** A polygon style: a fill and an outline. */
    public static LayerStyle polygon(int fillColor, StrokeSpec... outline) {
        return new LayerStyle(fillColor, List.of(outline), PointSymbol.NONE, 0, 0, 0);
    }

    /** A line style: passes drawn in order (casing first). */
    public static LayerStyle line(StrokeSpec... passes) {
        return new LayerStyle(0, List.of(passes), PointSymbol.NONE, 0, 0, 0);
    }

    /** A point style. */
    public static LayerStyle point(PointSymbol symbol, double size, int fill, int outline) {
        return new LayerStyle(0, List.of(), symbol, size, fill, outline);
    }

    /** The same style with another fill colour (used by palettes). */
    public LayerStyle withFill(int argb) {
        return new LayerStyle(argb, strokes, pointSymbol, pointSize, pointFill, pointOutline);
    }
}

package org.geoprospect.render;

import java.util.List;

/**
 * What the user chose for one layer in the layers panel and keeps in the project: opacity, labels on or
 * off and, once the style was edited, one stroke, one fill and one point size for every feature.
 *
 * <p>An unedited look ({@code custom == false}) keeps the layer's default rules (classes, palettes); an
 * edited one replaces them with a single style, because the editor shows one set of colours. A chosen
 * marker and a colouring field apply on top of either. Immutable and thread-safe.
 *
 * @param custom      whether the style fields below replace the default rules
 * @param strokeColor ARGB of the line, or of the polygon outline and point rim
 * @param strokeWidth width of that stroke in pixels, positive
 * @param fillColor   ARGB of the polygon or point fill (alpha included)
 * @param pointSize   marker diameter in pixels, positive
 * @param opacity     0 (invisible) to 1 (opaque), for the whole layer
 * @param labels      whether the layer's labels are drawn (when its rules have any)
 * @param symbol      the point marker chosen by the user, or null for the layer's default marker
 * @param colourBy    the attribute whose values colour the features (see {@link CategoryStyles}), or null
 */
public record LayerLook(boolean custom, int strokeColor, float strokeWidth, int fillColor, double pointSize,
                        double opacity, boolean labels, PointSymbol symbol, String colourBy) {
    /** A look with the default marker and no colouring by a field. */
    public LayerLook(boolean custom, int strokeColor, float strokeWidth, int fillColor, double pointSize,
                     double opacity, boolean labels) {
        this(custom, strokeColor, strokeWidth, fillColor, pointSize, opacity, labels, null, null);
    }

    public LayerLook {
        if (symbol == PointSymbol.NONE) {
            throw new IllegalArgumentException("Choose a marker to draw the points with; NONE would hide them.");
        }
        if (colourBy != null && colourBy.isBlank()) {
            colourBy = null;
        }
        if (!(strokeWidth > 0 && strokeWidth <= 50)) {
            throw new IllegalArgumentException("A stroke width must lie between 0 and 50 pixels, got " + strokeWidth + ".");
        }
        if (!(pointSize > 0 && pointSize <= 100)) {
            throw new IllegalArgumentException("A point size must lie between 0 and 100 pixels, got " + pointSize + ".");
        }
        if (!(opacity >= 0 && opacity <= 1)) {
            throw new IllegalArgumentException("A layer opacity must lie between 0 and 1, got " + opacity + ".");
        }
    }

    /**
     * The look a layer starts with: not custom, opaque, labels on, and the style fields taken from the
     * default rules (top stroke pass, fill, point size) so that the editor opens on what the map shows.
     */
    public static LayerLook startingFrom(LayerSymbology defaults) {
        LayerStyle style = defaults.defaultStyle();
        List<StrokeSpec> strokes = style.strokes();
        StrokeSpec top = strokes.isEmpty() ? null : strokes.get(strokes.size() - 1);
        int stroke = top != null ? top.color() : style.pointOutline();
        float width = top != null ? top.width() : 1f;
        int fill = style.pointSymbol() != PointSymbol.NONE ? style.pointFill()
                : !defaults.fillPalette().isEmpty() ? defaults.fillPalette().get(0) : style.fillColor();
        double size = style.pointSize() > 0 ? style.pointSize() : 6;
        return new LayerLook(false, stroke, width, fill, size, 1.0, true);
    }

    /** The same look with another opacity. */
    public LayerLook withOpacity(double newOpacity) {
        return new LayerLook(custom, strokeColor, strokeWidth, fillColor, pointSize, newOpacity, labels, symbol, colourBy);
    }

    /** The same look with labels on or off. */
    public LayerLook withLabels(boolean on) {
        return new LayerLook(custom, strokeColor, strokeWidth, fillColor, pointSize, opacity, on, symbol, colourBy);
    }

    /** An edited look: these style fields now replace the default rules. */
    public LayerLook withStyle(int newStroke, float newWidth, int newFill, double newPointSize) {
        return new LayerLook(true, newStroke, newWidth, newFill, newPointSize, opacity, labels, symbol, colourBy);
    }

    /** The same look with another point marker (null: the layer's default) and colouring field (null: none). */
    public LayerLook withSymbolAndColouring(PointSymbol newSymbol, String newColourBy) {
        return new LayerLook(custom, strokeColor, strokeWidth, fillColor, pointSize, opacity, labels, newSymbol, newColourBy);
    }

    /**
     * The rules to draw with: the defaults (or one style made of this look's fields when custom), with
     * the default label rule kept only when labels are on.
     */
    public LayerSymbology applyTo(LayerSymbology defaults) {
        return applyTo(defaults, null);
    }

    /**
     * The rules to draw {@code layer} with: as {@link #applyTo(LayerSymbology)}, then the chosen marker,
     * then the classes of {@link #colourBy} made from the layer's features (none when the layer is null).
     */
    public LayerSymbology applyTo(LayerSymbology defaults, org.geoprospect.model.VectorLayer layer) {
        LayerSymbology rules = defaults;
        if (custom) {
            StrokeSpec stroke = StrokeSpec.solid(strokeColor, strokeWidth);
            LayerStyle style = new LayerStyle(fillColor, List.of(stroke),
                    defaults.defaultStyle().pointSymbol() == PointSymbol.NONE ? PointSymbol.CIRCLE
                            : defaults.defaultStyle().pointSymbol(),
                    pointSize, fillColor, strokeColor);
            rules = new LayerSymbology(style, null, List.of(), List.of(), defaults.label());
        }
        if (symbol != null && rules.defaultStyle().pointSymbol() != PointSymbol.NONE) {
            rules = withSymbol(rules, symbol);
        }
        if (colourBy != null && layer != null) {
            rules = CategoryStyles.colourBy(rules, layer.info().kind(), layer.features(), colourBy);
        }
        return labels ? rules : rules.withLabel(null);
    }

    private static LayerSymbology withSymbol(LayerSymbology rules, PointSymbol marker) {
        java.util.function.UnaryOperator<LayerStyle> change = s -> new LayerStyle(s.fillColor(), s.strokes(), marker,
                s.pointSize(), s.pointFill(), s.pointOutline());
        List<StyleClass> classes = rules.classes().stream()
                .map(c -> new StyleClass(c.value(), c.legendLabel(), change.apply(c.style()))).toList();
        return new LayerSymbology(change.apply(rules.defaultStyle()), rules.classField(), classes, rules.fillPalette(),
                rules.label());
    }
}

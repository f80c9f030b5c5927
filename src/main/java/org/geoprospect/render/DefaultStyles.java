package org.geoprospect.render;

import static org.geoprospect.render.Colors.rgb;
import static org.geoprospect.render.Colors.withAlpha;

import java.util.ArrayList;
import java.util.List;
import org.geoprospect.model.GeometryKind;
import org.geoprospect.model.LayerInfo;
import org.geoprospect.render.labels.LabelRanks;

/**
 * The catalogue of cartographic styles the map starts with: the demo layers by name
 * ({@code territory}, {@code sectors}, {@code roads}, {@code railways}, {@code communes}) and a plain
 * style per geometry kind for any other layer. Stateless and thread-safe.
 */
public final class DefaultStyles {
    /** Colour of the map outside every polygon: a neutral grey that lets the territory stand out. */
    public static final int BACKGROUND = rgb("#e4e6e3");

    /** ColorBrewer "Pastel1"/"Set3" hues, distinct side by side, readable under labels. */
    private static final String[] PASTELS = {
        "#8dd3c7", "#fdb462", "#bebada", "#fb8072", "#80b1d3", "#b3de69",
        "#fccde5", "#ffed6f", "#bc80bd", "#ccebc5", "#d9d9d9", "#ffffb3"};
    private static final double SECTOR_FILL_OPACITY = 0.38;

    private DefaultStyles() {
    }

    /** Rules for a layer: by its name for the demo layers, by its geometry kind otherwise. */
    public static LayerSymbology forLayer(LayerInfo info) {
        return forLayer(info.name(), info.kind());
    }

    /** See {@link #forLayer(LayerInfo)}. */
    public static LayerSymbology forLayer(String layerName, GeometryKind kind) {
        return switch (layerName) {
            case "territory" -> territory();
            case "sectors" -> sectors();
            case "roads" -> roads();
            case "railways" -> railways();
            case "communes" -> communes();
            default -> byKind(kind);
        };
    }

    /** Pale paper-like fill with a darker brown boundary. */
    public static LayerSymbology territory() {
        return LayerSymbology.single(LayerStyle.polygon(rgb("#fbf8ef"), StrokeSpec.solid(rgb("#6f5e4a"), 2.0f)));
    }

    /** Distinct pastel fills at low opacity, a slate outline and a bold centred name, placed after the towns'. */
    public static LayerSymbology sectors() {
        List<Integer> palette = new ArrayList<>();
        for (String hex : PASTELS) {
            palette.add(withAlpha(rgb(hex), SECTOR_FILL_OPACITY));
        }
        LayerStyle style = LayerStyle.polygon(withAlpha(rgb(PASTELS[0]), SECTOR_FILL_OPACITY),
                StrokeSpec.solid(withAlpha(rgb("#4b4f7a"), 0.85), 1.3f));
        LabelSpec label = new LabelSpec("name", null, 13f, true, rgb("#3b3f66"), withAlpha(0xFFFFFFFF, 0.85),
                LabelRanks.AREA);
        return new LayerSymbology(style, null, List.of(), palette, label);
    }

    /** Roads by {@code class}: local thin white with a grey casing, main yellow, motorway red-orange. */
    public static LayerSymbology roads() {
        LayerStyle local = LayerStyle.line(StrokeSpec.solid(rgb("#a9a9a9"), 2.2f), StrokeSpec.solid(rgb("#ffffff"), 1.1f));
        LayerStyle main = LayerStyle.line(StrokeSpec.solid(rgb("#8a6d1c"), 3.6f), StrokeSpec.solid(rgb("#f7c948"), 2.3f));
        LayerStyle motorway = LayerStyle.line(StrokeSpec.solid(rgb("#5e1a0c"), 5.2f), StrokeSpec.solid(rgb("#e8552d"), 3.4f));
        List<StyleClass> classes = List.of(
                new StyleClass("local", "local", local),
                new StyleClass("main", "main", main),
                new StyleClass("motorway", "motorway", motorway));
        return new LayerSymbology(local, "class", classes, List.of(), null);
    }

    /** The classic railway: a black line with white dashes inside. */
    public static LayerSymbology railways() {
        return LayerSymbology.single(LayerStyle.line(
                StrokeSpec.solid(rgb("#1f1f1f"), 3.0f), StrokeSpec.dashed(rgb("#ffffff"), 1.4f, 6f, 6f)));
    }

    /** Small dark dots with names, the most populous placed first. */
    public static LayerSymbology communes() {
        LayerStyle dot = LayerStyle.point(PointSymbol.CIRCLE, 5.5, rgb("#2b2b2b"), rgb("#ffffff"));
        LabelSpec label = new LabelSpec("name", "population", 11f, false, rgb("#1c1c1c"), withAlpha(0xFFFFFFFF, 0.9),
                LabelRanks.TOWN);
        return LayerSymbology.single(dot).withLabel(label);
    }

    /** Plain style for an imported layer: blue dots, dark blue lines, translucent blue polygons. */
    public static LayerSymbology byKind(GeometryKind kind) {
        return switch (kind) {
            case POINT -> LayerSymbology.single(LayerStyle.point(PointSymbol.CIRCLE, 6, rgb("#1f78b4"), rgb("#ffffff")));
            case LINE -> LayerSymbology.single(LayerStyle.line(StrokeSpec.solid(rgb("#1f4e79"), 1.5f)));
            case POLYGON -> LayerSymbology.single(LayerStyle.polygon(withAlpha(rgb("#a6cee3"), 0.4),
                    StrokeSpec.solid(rgb("#1f78b4"), 1.2f)));
        };
    }
}

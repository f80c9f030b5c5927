package org.geoprospect.render.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.geoprospect.model.GeometryKind;
import org.geoprospect.model.VectorFeature;
import org.geoprospect.render.Colors;
import org.geoprospect.render.LayerDrawing;
import org.geoprospect.render.LayerStyle;
import org.geoprospect.render.LayerSymbology;
import org.geoprospect.render.LegendEntry;
import org.geoprospect.render.LegendPainter;
import org.geoprospect.render.LegendSwatchPainter;
import org.geoprospect.render.LegendedOverlay;
import org.geoprospect.render.PointSymbol;
import org.geoprospect.render.StyleClass;
import org.geoprospect.render.Viewport;
import org.geoprospect.render.points.PointLegend;
import org.geoprospect.render.points.PointSceneLegend;
import org.locationtech.jts.geom.Envelope;

/**
 * The legend of a printed map: one line for each thing the map draws in its view and for nothing else.
 * Top of the map first: the overlays with a legend of their own (a tour's days, the map selection), then
 * the point layers ({@link PointSceneLegend}: the dot sizes shown, households only past 1:25,000, the
 * selection only when one shows, client categories and competitors in the view, the escape ramp when
 * drawn), then the vector layers top first, each with one line per class that has a feature in the view
 * ("All other values" when features outside every class are drawn), a layer with nothing in the view or
 * fully transparent left out. Swatches are drawn at the view's {@linkplain Viewport#deviceScale() device scale}, as
 * the map's symbols. Stateless, thread-safe.
 */
public final class SceneLegend {
    /** Message key of the line of features that fall in no class of a classified layer. */
    public static final String OTHER_VALUES_KEY = "layers.style.otherValues";
    private static final int LINE_SWATCH_HEIGHT = 16;

    private SceneLegend() {
    }

    /** Subject of a vector layer's line: {@code layer:NAME} or {@code layer:NAME:CLASS VALUE}, {@code layer:NAME:*} for other values. */
    public static String layerSubject(String layer, String classValue) {
        return classValue == null ? "layer:" + layer : "layer:" + layer + ":" + classValue;
    }

    /**
     * The lines for {@code scene} drawn in {@code viewport}.
     *
     * @param textOfKey turns a message key into its text (the legend's words come from the window's bundle)
     */
    public static List<LegendItem> items(MapScene scene, Viewport viewport, Function<String, String> textOfKey) {
        List<LegendItem> items = new ArrayList<>();
        for (int i = scene.legended().size() - 1; i >= 0; i--) {
            LegendedOverlay overlay = scene.legended().get(i);
            List<LegendPainter.Line> lines = overlay.legendLines(textOfKey, viewport);
            for (int j = 0; j < lines.size(); j++) {
                items.add(new LegendItem("overlay." + i + "." + j, lines.get(j).swatch(), lines.get(j).text()));
            }
        }
        List<PointSceneLegend.Line> points = PointSceneLegend.lines(scene.points(), viewport);
        boolean householdsDrawn = points.stream().anyMatch(l -> l.subject().startsWith("points.dot")
                || l.subject().equals(PointSceneLegend.HOUSEHOLD));
        if (householdsDrawn && scene.potentialNote() != null && !scene.potentialNote().isBlank()) {
            items.add(new LegendItem("note.potential", null, scene.potentialNote()));
        }
        double scale = viewport.deviceScale();
        int swatch = PointLegend.scaled(LegendPainter.SWATCH, scale);
        for (PointSceneLegend.Line line : points) {
            items.add(new LegendItem(line.subject(), PointLegend.swatch(line.item(), swatch, swatch),
                    textOfKey.apply(line.item().textKey())));
        }
        Envelope view = viewport.envelope();
        for (int i = scene.layers().size() - 1; i >= 0; i--) {
            LayerDrawing drawing = scene.layers().get(i);
            if (drawing.opacity() > 0) {
                addLayer(items, drawing, view, scale, textOfKey);
            }
        }
        return items;
    }

    private static void addLayer(List<LegendItem> items, LayerDrawing drawing, Envelope view, double scale,
                                 Function<String, String> textOfKey) {
        LayerSymbology rules = drawing.symbology();
        GeometryKind kind = drawing.layer().info().kind();
        String name = drawing.layer().info().name();
        boolean[] present = new boolean[rules.classes().size() + 1];
        for (VectorFeature f : drawing.layer().features()) {
            if (f.geometry().getEnvelopeInternal().intersects(view)) {
                present[rules.classIndexOf(f)] = true;
            }
        }
        if (rules.classes().isEmpty()) {
            LayerStyle style = rules.defaultStyle();
            if (!rules.fillPalette().isEmpty()) {
                style = style.withFill(rules.fillPalette().get(0));
            }
            if (present[0] && (draws(style, kind) || !rules.fillPalette().isEmpty())) {
                items.add(line(layerSubject(name, null), new LegendEntry(name, kind, style), scale));
            }
            return;
        }
        for (int c = rules.classes().size() - 1; c >= 0; c--) {
            StyleClass styleClass = rules.classes().get(c);
            if (present[c] && draws(styleClass.style(), kind)) {
                items.add(line(layerSubject(name, styleClass.value()),
                        new LegendEntry(name + ": " + styleClass.legendLabel(), kind, styleClass.style()), scale));
            }
        }
        if (present[rules.classes().size()] && draws(rules.defaultStyle(), kind)) {
            items.add(line(layerSubject(name, "*"),
                    new LegendEntry(name + ": " + textOfKey.apply(OTHER_VALUES_KEY), kind, rules.defaultStyle()), scale));
        }
    }

    private static LegendItem line(String subject, LegendEntry entry, double scale) {
        return new LegendItem(subject, LegendSwatchPainter.paint(entry, LegendPainter.SWATCH, LINE_SWATCH_HEIGHT, scale),
                entry.label());
    }

    /** Whether a style puts any ink on the map (an invisible style has nothing to explain). */
    static boolean draws(LayerStyle style, GeometryKind kind) {
        boolean strokes = style.strokes().stream().anyMatch(s -> Colors.alpha(s.color()) > 0 && s.width() > 0);
        return switch (kind) {
            case POLYGON -> strokes || Colors.alpha(style.fillColor()) > 0;
            case LINE -> strokes;
            case POINT -> style.pointSymbol() != PointSymbol.NONE
                    && (Colors.alpha(style.pointFill()) > 0 || Colors.alpha(style.pointOutline()) > 0);
        };
    }
}

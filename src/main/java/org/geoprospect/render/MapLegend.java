package org.geoprospect.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.geoprospect.render.points.PointLegend;
import org.geoprospect.render.points.PointLayers;

/**
 * The legend lines of a map, the same as the layers panel shows: the point layers' symbols first
 * (dots, households, client categories, competitors), then every vector layer drawn, top layer first.
 * Stateless and thread-safe.
 */
public final class MapLegend {
    private static final int LINE_SWATCH_HEIGHT = 16;

    private MapLegend() {
    }

    /**
     * The lines for an exported image.
     *
     * @param points          the point layers as shown (hidden ones null or empty); null for none
     * @param households      whether the households are shown
     * @param clients         whether the clients are shown
     * @param competitors     whether the competitors are shown
     * @param drawnBottomFirst the vector layers drawn, bottom first (as given to the renderer)
     * @param textOfKey       turns a point legend message key into its text
     */
    public static List<LegendPainter.Line> lines(PointLayers points, boolean households, boolean clients,
                                                 boolean competitors, List<LayerDrawing> drawnBottomFirst,
                                                 Function<String, String> textOfKey) {
        List<LegendPainter.Line> lines = new ArrayList<>();
        if (points != null) {
            for (PointLegend.Item item : PointLegend.items(points, households, clients, competitors)) {
                lines.add(new LegendPainter.Line(PointLegend.swatch(item, LegendPainter.SWATCH, LegendPainter.SWATCH),
                        textOfKey.apply(item.textKey())));
            }
        }
        for (int i = drawnBottomFirst.size() - 1; i >= 0; i--) {
            LayerDrawing drawing = drawnBottomFirst.get(i);
            for (LegendEntry entry : LegendEntry.of(drawing.layer().info().name(), drawing.layer().info().kind(),
                    drawing.symbology())) {
                lines.add(new LegendPainter.Line(
                        LegendSwatchPainter.paint(entry, LegendPainter.SWATCH, LINE_SWATCH_HEIGHT), entry.label()));
            }
        }
        return lines;
    }

    /**
     * The lines of the overlays that bring their own legend ({@link LegendedOverlay}, e.g. a tour's
     * days), the top one (drawn last) first; other overlays are skipped.
     *
     * @param overlaysBottomFirst the overlays as given to the renderer
     * @param textOfKey           turns a message key into its text
     */
    public static List<LegendPainter.Line> overlayLines(List<? extends MapOverlay> overlaysBottomFirst,
                                                        Function<String, String> textOfKey) {
        List<LegendPainter.Line> lines = new ArrayList<>();
        for (int i = overlaysBottomFirst.size() - 1; i >= 0; i--) {
            if (overlaysBottomFirst.get(i) instanceof LegendedOverlay legended) {
                lines.addAll(legended.legendLines(textOfKey));
            }
        }
        return lines;
    }
}

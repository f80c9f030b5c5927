package org.geoprospect.render.points;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.geoprospect.analysis.aggregation.DotSize;
import org.geoprospect.render.RasterCanvas;

/**
 * The legend lines of the point layers, each with the very stamp the map paints (so the swatch cannot
 * drift from the map): the three prospect dot sizes, the individual household marker, the selection,
 * one line per client category present, the competitor square. Texts are message keys resolved by the
 * caller (the render package has no bundles). Stateless, thread-safe.
 */
public final class PointLegend {
    /** Colour of selected households and of the ring around selected or highlighted clients. */
    public static final int SELECTION_FILL = 0xCC2B8CBE;
    public static final int SELECTION_RIM = 0xFF08306B;

    private PointLegend() {
    }

    /**
     * One legend line.
     *
     * @param textKey message key of the text (e.g. {@code legend.points.dot25})
     * @param stamp   the marker, drawn centred in the swatch
     */
    public record Item(String textKey, Stamp stamp) {
        public Item {
            Objects.requireNonNull(textKey, "textKey");
            Objects.requireNonNull(stamp, "stamp");
        }
    }

    /**
     * The lines for what is shown.
     *
     * @param layers      the point layers (client categories are taken from its clients)
     * @param households  whether the households layer is shown
     * @param clients     whether the clients layer is shown
     * @param competitors whether the competitors layer is shown
     */
    public static List<Item> items(PointLayers layers, boolean households, boolean clients, boolean competitors) {
        List<Item> items = new ArrayList<>();
        if (households && layers.households() != null) {
            for (DotSize size : new DotSize[] {DotSize.SMALL, DotSize.MEDIUM, DotSize.LARGE}) {
                items.add(new Item("legend.points.dot" + size.households(),
                        Stamp.disc(size.pixelRadius() - 0.6, PointStyles.DOT_FILL, PointStyles.DOT_RIM, 1.2f)));
            }
            items.add(new Item("legend.points.household", new HouseholdMarkerPainter().marker()));
            items.add(new Item("legend.points.selected", SelectionOverlay.householdStamp()));
        }
        if (clients) {
            // one line per category present, or per RFM segment when the clients are coloured by segment
            layers.clientColouring().legendOf(layers.clients()).forEach((key, colour) ->
                    items.add(new Item(key, ClientMarkerPainter.diamond(colour, ClientMarkerPainter.MIN_RADIUS, 1))));
        }
        if (competitors && !layers.competitors().isEmpty()) {
            items.add(new Item("legend.points.competitor", CompetitorPainter.square()));
        }
        return items;
    }

    /**
     * The legend lines of the "escaping prospects (Huff)" layer: a bar of the five colours with what they
     * measure (text key {@code legend.points.escape}), then one line per class, red (80 % or more: most
     * likely to buy from a competitor) first, green (under 20 %: most likely ours) last; text keys
     * {@code legend.points.escape.class4} to {@code .class0}.
     */
    public static List<Item> escapeItems() {
        return escapeItems(1);
    }

    /** {@link #escapeItems()} with swatches at a device scale (sizes and frames times the scale, rounded). */
    public static List<Item> escapeItems(double scale) {
        int frame = (int) Math.max(1, Math.round(scale));
        List<Item> items = new ArrayList<>();
        items.add(new Item("legend.points.escape", EscapeRamp.bar(scaled(24, scale), scaled(10, scale), frame)));
        for (int k = EscapeRamp.CLASSES - 1; k >= 0; k--) {
            items.add(new Item("legend.points.escape.class" + k, EscapeRamp.square(k, scaled(12, scale), frame)));
        }
        return items;
    }

    /** A size in reference pixels at a device scale, in whole pixels. */
    public static int scaled(int referencePixels, double scale) {
        return scale == 1 ? referencePixels : (int) Math.max(1, Math.round(referencePixels * scale));
    }

    /** A transparent swatch with the item's stamp in its middle (clipped when larger). */
    public static RasterCanvas swatch(Item item, int width, int height) {
        RasterCanvas canvas = new RasterCanvas(width, height);
        item.stamp().blit(canvas.pixels(), width, height, width / 2, height / 2);
        return canvas;
    }
}

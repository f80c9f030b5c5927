package org.geoprospect.io.pdf;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;

/**
 * One map page of a printable report: a title, a line of details, the map image (already drawn,
 * with its scale bar) and a legend.
 *
 * @param title    e.g. "Day 1 — 12 visits"
 * @param subtitle e.g. distances and times, may be empty
 * @param map      the map image; scaled to the page keeping its proportions
 * @param legend   legend entries, drawn under the map
 */
public record PdfMapPage(String title, String subtitle, BufferedImage map, List<LegendItem> legend) {
    public PdfMapPage {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(map, "map");
        subtitle = subtitle == null ? "" : subtitle;
        legend = List.copyOf(legend);
    }

    /** How a legend entry's symbol is drawn. */
    public enum Symbol { LINE, CIRCLE, SQUARE }

    /**
     * One legend entry.
     *
     * @param rgb the symbol's colour, 0xRRGGBB
     */
    public record LegendItem(Symbol symbol, int rgb, String label) {
    }
}

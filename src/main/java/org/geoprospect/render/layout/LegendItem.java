package org.geoprospect.render.layout;

import java.util.Objects;
import org.geoprospect.render.RasterCanvas;

/**
 * One line of a layout's legend: a swatch (the map's own symbol, in map pixels) and its words, and the
 * subject it stands for on the map (e.g. {@code points.dot25}, {@code layer:roads:motorway}), by which
 * tests tie every line to something drawn. A note (e.g. what the dots count) has no swatch.
 *
 * @param subject what on the map the line stands for; never null
 * @param swatch  the symbol, or null for a note
 * @param text    the words; never null
 */
public record LegendItem(String subject, RasterCanvas swatch, String text) {
    public LegendItem {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
    }

    /** Whether the line is a note without a symbol. */
    public boolean isNote() {
        return swatch == null;
    }
}

package org.geoprospect.render.layout;

import java.util.List;
import java.util.Objects;

/**
 * The legend of a layout as placed on the page: its box, its heading and its lines in columns.
 *
 * @param bounds  the box (drawn with a thin border)
 * @param heading the heading's text
 * @param items   the lines placed, in order (column by column)
 * @param omitted how many lines did not fit (the last column then ends with "…"); 0 normally
 */
public record LegendFrame(Rect bounds, TextBlock heading, List<Placed> items, int omitted) {
    public LegendFrame {
        Objects.requireNonNull(bounds, "bounds");
        Objects.requireNonNull(heading, "heading");
        items = List.copyOf(items);
    }

    /**
     * One legend line on the page.
     *
     * @param item   the line
     * @param swatch where its swatch goes (the swatch's own size in map pixels); null for a note
     * @param text   its words
     */
    public record Placed(LegendItem item, Rect swatch, TextBlock text) {
        public Placed {
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(text, "text");
        }
    }
}

package org.geoprospect.render.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Sets a legend's lines into columns: each line's words wrapped beside its swatch (a note across the
 * column), the lines flowed column by column with balanced heights, and as many lines left out (the last
 * column ending with "…") as a height limit demands. Stateless.
 */
final class LegendFlow {
    /** Subject of the "…" line ending a legend whose last lines did not fit. */
    static final String MORE = "legend.more";
    /** Most lines of words for one legend line. */
    private static final int MAX_WORDS_LINES = 4;

    private final LayoutStyle style;
    private final double swatchColumn;

    LegendFlow(LayoutStyle style, List<LegendItem> items) {
        this.style = style;
        double widest = 0;
        for (LegendItem item : items) {
            if (!item.isNote()) {
                widest = Math.max(widest, item.swatch().width() * style.pointsPerMapPixel());
            }
        }
        this.swatchColumn = widest;
    }

    /** The width of a column whose words are at most {@code textWidth} wide. */
    double columnWidth(double textWidth) {
        return swatchColumn + style.swatchGap() + textWidth;
    }

    /** The widest unwrapped words of the lines (notes excluded: they wrap to the column). */
    double naturalTextWidth(List<LegendItem> items) {
        double w = 0;
        for (LegendItem item : items) {
            if (!item.isNote()) {
                w = Math.max(w, LayoutFonts.width(style.legend(), LayoutFonts.printable(item.text())));
            }
        }
        return w;
    }

    /**
     * Places the legend with its top-left corner at (x, y).
     *
     * @param maxHeight the box's height limit; lines are left out beyond it
     */
    LegendFrame place(String heading, List<LegendItem> items, double x, double y, int columns, double textWidth,
                      double maxHeight) {
        double columnWidth = columnWidth(textWidth);
        double pad = style.padding();
        TextStyle headingStyle = style.heading();
        List<String> headingLines = TextBlock.wrap(heading, headingStyle, columns * columnWidth
                + (columns - 1) * style.columnGap(), 2);
        double headingHeight = TextBlock.height(headingStyle, headingLines.size()) + style.itemGap() * 2;
        List<Measured> measured = new ArrayList<>();
        for (LegendItem item : items) {
            measured.add(measure(item, textWidth, columnWidth));
        }
        double available = maxHeight - 2 * pad - headingHeight;
        int shown = measured.size();
        List<List<Measured>> flow = flow(measured, shown, columns, false);
        while (shown > 0 && tallest(flow) > available) {
            shown--;
            flow = flow(measured, shown, columns, true);
        }
        int usedColumns = Math.max(1, (int) flow.stream().filter(c -> !c.isEmpty()).count());
        double width = 2 * pad + usedColumns * columnWidth + (usedColumns - 1) * style.columnGap();
        width = Math.max(width, 2 * pad + TextBlock.widest(headingLines, headingStyle));
        double height = 2 * pad + headingHeight + tallest(flow);
        TextBlock headingBlock = new TextBlock(new Rect(x + pad, y + pad, width - 2 * pad,
                TextBlock.height(headingStyle, headingLines.size())), headingLines, headingStyle);
        List<LegendFrame.Placed> placed = new ArrayList<>();
        double top = y + pad + headingHeight;
        for (int c = 0; c < flow.size(); c++) {
            double left = x + pad + c * (columnWidth + style.columnGap());
            double rowTop = top;
            for (Measured m : flow.get(c)) {
                placed.add(m.at(left, rowTop, columnWidth));
                rowTop += m.height + style.itemGap();
            }
        }
        return new LegendFrame(new Rect(x, y, width, height), headingBlock, placed, measured.size() - shown);
    }

    private Measured measure(LegendItem item, double textWidth, double columnWidth) {
        if (item.isNote()) {
            List<String> lines = TextBlock.wrap(item.text(), style.note(), columnWidth, MAX_WORDS_LINES);
            return new Measured(item, lines, style.note(), TextBlock.height(style.note(), lines.size()), 0, 0);
        }
        List<String> lines = TextBlock.wrap(item.text(), style.legend(), textWidth, MAX_WORDS_LINES);
        double swatchW = item.swatch().width() * style.pointsPerMapPixel();
        double swatchH = item.swatch().height() * style.pointsPerMapPixel();
        double textHeight = TextBlock.height(style.legend(), Math.max(1, lines.size()));
        return new Measured(item, lines, style.legend(), Math.max(swatchH, textHeight), swatchW, swatchH);
    }

    /**
     * The first {@code count} lines in at most {@code columns} columns of balanced height; when lines are
     * left out, an "…" line ends the flow.
     */
    private List<List<Measured>> flow(List<Measured> all, int count, int columns, boolean truncated) {
        List<Measured> lines = new ArrayList<>(all.subList(0, count));
        if (truncated) {
            lines.add(new Measured(new LegendItem(MORE, null, "…"), List.of("…"), style.legend(),
                    TextBlock.height(style.legend(), 1), 0, 0));
        }
        double total = 0;
        for (Measured m : lines) {
            total += m.height + style.itemGap();
        }
        double target = total / columns;
        List<List<Measured>> flow = new ArrayList<>();
        int next = 0;
        for (int c = 0; c < columns; c++) {
            List<Measured> column = new ArrayList<>();
            double height = 0;
            boolean last = c == columns - 1;
            while (next < lines.size()) {
                Measured m = lines.get(next);
                double grown = height + m.height + style.itemGap();
                // Fill a column up to the target; the next line goes on if it ends closer to the target than it starts.
                if (!last && !column.isEmpty() && grown > target && grown - target > target - height) {
                    break;
                }
                column.add(m);
                height = grown;
                next++;
            }
            flow.add(column);
        }
        return flow;
    }

    private double tallest(List<List<Measured>> flow) {
        double tallest = 0;
        for (List<Measured> column : flow) {
            double h = 0;
            for (Measured m : column) {
                h += m.height + style.itemGap();
            }
            tallest = Math.max(tallest, column.isEmpty() ? 0 : h - style.itemGap());
        }
        return tallest;
    }

    /** A line measured: its words' lines and its height. */
    private final class Measured {
        final LegendItem item;
        final List<String> lines;
        final TextStyle textStyle;
        final double height;
        final double swatchW;
        final double swatchH;

        Measured(LegendItem item, List<String> lines, TextStyle textStyle, double height, double swatchW, double swatchH) {
            this.item = item;
            this.lines = lines;
            this.textStyle = textStyle;
            this.height = height;
            this.swatchW = swatchW;
            this.swatchH = swatchH;
        }

        /** The line placed with its top-left corner at (left, top) in a column {@code columnWidth} wide. */
        LegendFrame.Placed at(double left, double top, double columnWidth) {
            if (item.isNote() || item.subject().equals(MORE)) {
                return new LegendFrame.Placed(item, null, new TextBlock(new Rect(left, top, columnWidth, height),
                        lines, textStyle));
            }
            // The swatch and the words are centred on the line's height, side by side.
            double textLeft = left + swatchColumn + style.swatchGap();
            double textHeight = TextBlock.height(textStyle, Math.max(1, lines.size()));
            Rect swatch = new Rect(left + (swatchColumn - swatchW) / 2, top + (height - swatchH) / 2, swatchW, swatchH);
            Rect words = new Rect(textLeft, top + (height - textHeight) / 2, left + columnWidth - textLeft, textHeight);
            return new LegendFrame.Placed(item, swatch, new TextBlock(words, lines, textStyle));
        }
    }
}

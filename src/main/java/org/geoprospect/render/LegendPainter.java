package org.geoprospect.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;
import java.util.Objects;

/**
 * Draws a legend box (a swatch and a text per line) into the bottom-right corner of a rendered map, for
 * exported images: the scale bar sits bottom left and the north arrow top right, so this corner is free.
 * Lines that do not fit the image's height are left out, with a last line "…" saying so. Stateless and
 * thread-safe (the canvas is not: one thread draws into it at a time).
 */
public final class LegendPainter {
    /** Swatch size of every line, in pixels. */
    public static final int SWATCH = 24;
    /** Margin between the box and the image edges, in pixels. */
    public static final int MARGIN = 12;
    private static final int PADDING = 8;
    private static final int GAP = 6;
    private static final int LINE_HEIGHT = SWATCH + 4;
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 1).deriveFont(12f);
    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 1).deriveFont(13f);
    private static final Color PANEL = new Color(255, 255, 255, 225);
    private static final Color BORDER = new Color(0x88, 0x88, 0x88);
    private static final Color INK = new Color(0x22, 0x22, 0x22);

    private LegendPainter() {
    }

    /**
     * One line of the legend.
     *
     * @param swatch the picture (drawn at its size, centred in a {@value #SWATCH}-pixel square); never null
     * @param text   the words beside it; never null
     */
    public record Line(RasterCanvas swatch, String text) {
        public Line {
            Objects.requireNonNull(swatch, "swatch");
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * Paints the box; nothing when there are no lines or the image is too small to hold a line.
     *
     * @param title the heading (e.g. "Legend"), or null for none
     * @return the box's bounds in pixels {x, y, width, height}, or null when nothing was drawn
     */
    public static int[] paint(RasterCanvas canvas, String title, List<Line> lines) {
        if (lines.isEmpty()) {
            return null;
        }
        Graphics2D g = canvas.createGraphics();
        try {
            g.setFont(FONT);
            FontMetrics metrics = g.getFontMetrics();
            int titleHeight = title == null ? 0 : g.getFontMetrics(TITLE_FONT).getHeight() + 4;
            int available = canvas.height() - 2 * MARGIN - 2 * PADDING - titleHeight;
            int fitting = Math.min(lines.size(), Math.max(0, available / LINE_HEIGHT));
            if (fitting < lines.size()) {
                fitting = Math.max(0, fitting - 1); // room for the "…" line
            }
            if (fitting == 0) {
                return null;
            }
            int textWidth = title == null ? 0 : g.getFontMetrics(TITLE_FONT).stringWidth(title) - SWATCH - GAP;
            for (int i = 0; i < fitting; i++) {
                textWidth = Math.max(textWidth, metrics.stringWidth(lines.get(i).text()));
            }
            int maxText = Math.max(40, canvas.width() / 2 - SWATCH - GAP - 2 * PADDING);
            textWidth = Math.min(textWidth, maxText);
            boolean truncated = fitting < lines.size();
            int rows = fitting + (truncated ? 1 : 0);
            int boxWidth = 2 * PADDING + SWATCH + GAP + textWidth;
            int boxHeight = 2 * PADDING + titleHeight + rows * LINE_HEIGHT;
            int x = canvas.width() - MARGIN - boxWidth;
            int y = canvas.height() - MARGIN - boxHeight;
            g.setColor(PANEL);
            g.fill(new RoundRectangle2D.Double(x, y, boxWidth, boxHeight, 8, 8));
            g.setColor(BORDER);
            g.setStroke(new BasicStroke(1f));
            g.draw(new RoundRectangle2D.Double(x + 0.5, y + 0.5, boxWidth - 1, boxHeight - 1, 8, 8));
            int top = y + PADDING;
            g.setColor(INK);
            if (title != null) {
                g.setFont(TITLE_FONT);
                g.drawString(title, x + PADDING, top + g.getFontMetrics().getAscent());
                top += titleHeight;
                g.setFont(FONT);
            }
            for (int i = 0; i < fitting; i++) {
                Line line = lines.get(i);
                int rowTop = top + i * LINE_HEIGHT;
                RasterCanvas swatch = line.swatch();
                g.drawImage(swatch.image(), x + PADDING + (SWATCH - swatch.width()) / 2,
                        rowTop + (LINE_HEIGHT - swatch.height()) / 2, null);
                g.setColor(INK);
                g.drawString(clip(line.text(), metrics, textWidth), x + PADDING + SWATCH + GAP,
                        rowTop + (LINE_HEIGHT + metrics.getAscent() - metrics.getDescent()) / 2);
            }
            if (truncated) {
                g.drawString("…", x + PADDING + SWATCH + GAP,
                        top + fitting * LINE_HEIGHT + (LINE_HEIGHT + metrics.getAscent()) / 2);
            }
            return new int[] {x, y, boxWidth, boxHeight};
        } finally {
            g.dispose();
        }
    }

    /** The text shortened with "…" so it fits {@code width} pixels. */
    private static String clip(String text, FontMetrics metrics, int width) {
        if (metrics.stringWidth(text) <= width) {
            return text;
        }
        String shorter = text;
        while (!shorter.isEmpty() && metrics.stringWidth(shorter + "…") > width) {
            shorter = shorter.substring(0, shorter.length() - 1);
        }
        return shorter + "…";
    }
}

package org.geoprospect.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import org.geoprospect.render.labels.ScreenBox;

/**
 * Draws the scale bar (bottom left) and a north arrow (top right) over a rendered map. Grid north
 * of the projected CRS is drawn; in Lambert-93 it departs from true north by a few degrees at most
 * in mainland France. Sizes are reference pixels, drawn {@link Viewport#deviceScale()} times larger.
 * Stateless and thread-safe.
 */
final class MapDecorations {
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 1).deriveFont(11f);
    private static final Font NORTH_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 1).deriveFont(12f);
    private static final Color PANEL = new Color(255, 255, 255, 210);
    private static final Color INK = new Color(0x22, 0x22, 0x22);
    private static final java.awt.font.FontRenderContext TEXT_CONTEXT =
            new java.awt.font.FontRenderContext(new java.awt.geom.AffineTransform(), true, false);

    private MapDecorations() {
    }

    static void draw(Graphics2D g, Viewport v) {
        double s = v.deviceScale();
        if (s == 1) {
            drawScaleBar(g, v.width(), v.height(), v.metresPerPixel());
            drawNorthArrow(g, v.width());
            return;
        }
        // Drawn in reference pixels on a scaled graphics: the same picture, s times larger.
        java.awt.geom.AffineTransform saved = g.getTransform();
        try {
            g.scale(s, s);
            drawScaleBar(g, v.width() / s, v.height() / s, v.referenceMetresPerPixel());
            drawNorthArrow(g, v.width() / s);
        } finally {
            g.setTransform(saved);
        }
    }

    /** The panels the decorations of {@code v} are drawn on, for labels to keep clear of; none when too small. */
    static java.util.List<ScreenBox> panels(Viewport v) {
        java.util.List<ScreenBox> panels = new java.util.ArrayList<>();
        double s = v.deviceScale();
        double width = v.width() / s;
        double height = v.height() / s;
        double maxPixels = Math.min(150, width * 0.3);
        if (maxPixels >= 20 && height >= 40) {
            double mpp = v.referenceMetresPerPixel();
            double metres = ScaleBar.chooseLength(mpp, maxPixels);
            double textWidth = FONT.getStringBounds(ScaleBar.label(metres), TEXT_CONTEXT).getWidth();
            double y = height - 14;
            panels.add(new ScreenBox((12 - 6) * s, (y - 20) * s, (12 - 6 + metres / mpp + textWidth + 24) * s, (y + 8) * s));
        }
        if (width >= 80) {
            double cx = width - 26;
            panels.add(new ScreenBox((cx - 14) * s, (14 - 4) * s, (cx + 14) * s, (14 - 4 + 46) * s));
        }
        return panels;
    }

    /** The scale bar for a map of {@code width} × {@code height} reference pixels of {@code mpp} metres each. */
    private static void drawScaleBar(Graphics2D g, double width, double height, double mpp) {
        double maxPixels = Math.min(150, width * 0.3);
        if (maxPixels < 20 || height < 40) {
            return;
        }
        double metres = ScaleBar.chooseLength(mpp, maxPixels);
        double pixels = metres / mpp;
        String text = ScaleBar.label(metres);
        g.setFont(FONT);
        double textWidth = g.getFontMetrics().stringWidth(text);
        double x = 12;
        double y = height - 14;
        g.setColor(PANEL);
        g.fill(new RoundRectangle2D.Double(x - 6, y - 20, pixels + textWidth + 24, 28, 6, 6));
        // Two halves, black then white, as on printed maps.
        g.setColor(INK);
        g.fill(new java.awt.geom.Rectangle2D.Double(x, y - 5, pixels / 2, 5));
        g.setColor(Color.WHITE);
        g.fill(new java.awt.geom.Rectangle2D.Double(x + pixels / 2, y - 5, pixels / 2, 5));
        g.setColor(INK);
        g.setStroke(new BasicStroke(1f));
        g.draw(new java.awt.geom.Rectangle2D.Double(x, y - 5, pixels, 5));
        g.drawString("0", (float) x - 3, (float) y - 8);
        g.drawString(text, (float) (x + pixels + 6), (float) y + 1);
    }

    private static void drawNorthArrow(Graphics2D g, double width) {
        if (width < 80) {
            return;
        }
        double cx = width - 26;
        double top = 14;
        g.setColor(PANEL);
        g.fill(new RoundRectangle2D.Double(cx - 14, top - 4, 28, 46, 6, 6));
        Path2D.Double left = new Path2D.Double();
        left.moveTo(cx, top + 16);
        left.lineTo(cx - 7, top + 38);
        left.lineTo(cx, top + 32);
        left.closePath();
        Path2D.Double right = new Path2D.Double();
        right.moveTo(cx, top + 16);
        right.lineTo(cx + 7, top + 38);
        right.lineTo(cx, top + 32);
        right.closePath();
        g.setColor(INK);
        g.fill(left);
        g.setColor(Color.WHITE);
        g.fill(right);
        g.setColor(INK);
        g.setStroke(new BasicStroke(1f));
        g.draw(right);
        g.setFont(NORTH_FONT);
        int w = g.getFontMetrics().stringWidth("N");
        g.drawString("N", (float) (cx - w / 2.0), (float) (top + 12));
    }
}

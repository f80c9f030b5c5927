package org.geoprospect.render.points;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.GlyphVector;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.geoprospect.render.Colors;

/**
 * Draws short labels beside point markers, first come first served: a label is tried on the right,
 * left, top and bottom of its marker and skipped when every place overlaps a label already drawn or
 * leaves the image. Text goes through Java2D, which is fine because callers label only the few
 * hundred points of a large-scale view. One instance per render; not thread-safe.
 */
final class PointLabels {
    private static final BasicStroke HALO = new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final double PADDING = 2;

    private final Graphics2D g;
    private final Font font;
    private final int textColor;
    private final int haloColor;
    private final int width;
    private final int height;
    private final List<Rectangle2D> placed = new ArrayList<>();

    PointLabels(Graphics2D g, Font font, int textColor, int haloColor, int width, int height) {
        this.g = g;
        this.font = font;
        this.textColor = textColor;
        this.haloColor = haloColor;
        this.width = width;
        this.height = height;
    }

    /** Draws the label if a free place exists; returns whether it was drawn. */
    boolean draw(String text, double x, double y, double markerRadius) {
        GlyphVector glyphs = font.createGlyphVector(g.getFontRenderContext(), text);
        Rectangle2D bounds = glyphs.getLogicalBounds();
        double w = bounds.getWidth();
        double h = bounds.getHeight();
        double toMiddle = -(bounds.getY() + h / 2);
        double gap = markerRadius + 3;
        double[][] origins = {
            {x + gap, y + toMiddle}, {x - gap - w, y + toMiddle},
            {x - w / 2, y - gap - (h + bounds.getY())}, {x - w / 2, y + gap - bounds.getY()}};
        for (double[] origin : origins) {
            Rectangle2D box = new Rectangle2D.Double(origin[0] + bounds.getX() - PADDING, origin[1] + bounds.getY() - PADDING,
                    w + 2 * PADDING, h + 2 * PADDING);
            if (box.getMinX() < 0 || box.getMinY() < 0 || box.getMaxX() > width || box.getMaxY() > height || overlaps(box)) {
                continue;
            }
            placed.add(box);
            Shape outline = glyphs.getOutline((float) origin[0], (float) origin[1]);
            g.setStroke(HALO);
            g.setColor(Colors.awt(haloColor));
            g.draw(outline);
            g.setColor(Colors.awt(textColor));
            g.fill(outline);
            return true;
        }
        return false;
    }

    /** Labels drawn so far. */
    int count() {
        return placed.size();
    }

    private boolean overlaps(Rectangle2D box) {
        for (Rectangle2D other : placed) {
            if (other.intersects(box)) {
                return true;
            }
        }
        return false;
    }
}

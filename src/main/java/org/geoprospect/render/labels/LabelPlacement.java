package org.geoprospect.render.labels;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.util.List;
import org.geoprospect.render.Colors;

/**
 * The result of {@link LabelPlacer#place()}: the labels placed (no two boxes intersect), those dropped, and
 * the obstacles they were placed around; {@link #draw} paints the placed ones with their halos. Immutable.
 */
public final class LabelPlacement {
    /** Width of the halo stroke around the glyphs, in pixels (half of it outside the glyphs, under the padding). */
    public static final float HALO_WIDTH = 3.2f;
    private static final float LEADER_CASING_WIDTH = 3f;
    private static final float LEADER_WIDTH = 1.2f;

    private final int width;
    private final int height;
    private final double scale;
    private final List<PlacedLabel> placed;
    private final List<LabelRequest> dropped;
    private final List<ScreenBox> obstacles;

    LabelPlacement(int width, int height, double scale, List<PlacedLabel> placed, List<LabelRequest> dropped,
                   List<ScreenBox> obstacles) {
        this.width = width;
        this.height = height;
        this.scale = scale;
        this.placed = List.copyOf(placed);
        this.dropped = List.copyOf(dropped);
        this.obstacles = List.copyOf(obstacles);
    }

    /** No label (an image without labelled features). */
    public static LabelPlacement empty(int width, int height) {
        return new LabelPlacement(width, height, 1, List.of(), List.of(), List.of());
    }

    /** The placed labels, in the order they were placed (rank, then priority). */
    public List<PlacedLabel> placed() {
        return placed;
    }

    /** The requests that found no place, in the order they were tried. */
    public List<LabelRequest> dropped() {
        return dropped;
    }

    /** The obstacles the labels were placed around (markers), as added. */
    public List<ScreenBox> obstacles() {
        return obstacles;
    }

    /** How many labels were placed. */
    public int size() {
        return placed.size();
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Image pixels per reference pixel of the image the labels were placed in (1 on screen). */
    public double scale() {
        return scale;
    }

    /**
     * Draws the placed labels: the leader lines first (from the marker's edge to the nearest point of the label's
     * box, in the text colour on a halo-coloured casing), then for each label its halo (when its style has one)
     * and its text. Halo and leader widths are reference pixels times the placement's scale. The graphics'
     * transform, stroke and colour are restored afterwards.
     */
    public void draw(Graphics2D g) {
        float s = (float) scale;
        BasicStroke halo = new BasicStroke(HALO_WIDTH * s, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        BasicStroke leaderCasing = new BasicStroke(LEADER_CASING_WIDTH * s, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        BasicStroke leader = new BasicStroke(LEADER_WIDTH * s, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        AffineTransform saved = g.getTransform();
        java.awt.Stroke stroke = g.getStroke();
        java.awt.Paint paint = g.getPaint();
        try {
            for (PlacedLabel label : placed) {
                if (label.leader()) {
                    drawLeader(g, label, leaderCasing, leader);
                }
            }
            for (PlacedLabel label : placed) {
                LabelStyle style = label.request().style();
                java.awt.Shape outline = TextShapes.of(label.request().text(), style).outline();
                g.setTransform(saved);
                g.translate(label.originX(), label.originY());
                if (Colors.alpha(style.haloColor()) > 0) {
                    g.setStroke(halo);
                    g.setColor(Colors.awt(style.haloColor()));
                    g.draw(outline);
                }
                g.setColor(Colors.awt(style.color()));
                g.fill(outline);
            }
        } finally {
            g.setTransform(saved);
            g.setStroke(stroke);
            g.setPaint(paint);
        }
    }

    private static void drawLeader(Graphics2D g, PlacedLabel label, BasicStroke casing, BasicStroke line) {
        LabelRequest r = label.request();
        ScreenBox box = label.box();
        double tx = Math.max(box.minX(), Math.min(box.maxX(), r.x()));
        double ty = Math.max(box.minY(), Math.min(box.maxY(), r.y()));
        double dx = tx - r.x();
        double dy = ty - r.y();
        double length = Math.hypot(dx, dy);
        if (length <= r.markerRadius()) {
            return;
        }
        double start = r.markerRadius() / length;
        java.awt.geom.Line2D segment = new java.awt.geom.Line2D.Double(r.x() + dx * start, r.y() + dy * start, tx, ty);
        LabelStyle style = r.style();
        if (Colors.alpha(style.haloColor()) > 0) {
            g.setStroke(casing);
            g.setColor(Colors.awt(style.haloColor()));
            g.draw(segment);
        }
        g.setStroke(line);
        g.setColor(Colors.awt(style.color()));
        g.draw(segment);
    }
}

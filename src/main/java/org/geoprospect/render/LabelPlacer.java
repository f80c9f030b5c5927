package org.geoprospect.render;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects label candidates while layers are drawn, then draws them last, greedily: lower
 * {@link LabelSpec#rank()} first, then higher priority first; a label is skipped when its box
 * overlaps a label already drawn. Point labels try the right, left, top and bottom of their marker;
 * polygon labels are centred on their anchor. One instance per render; not thread-safe.
 */
final class LabelPlacer {
    /** Free space kept around each label box, in pixels. */
    private static final double PADDING = 2;
    private static final BasicStroke HALO = new BasicStroke(3.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

    private record Candidate(String text, double x, double y, double markerRadius, boolean centred,
                             LabelSpec spec, double priority, int order) {
    }

    private final List<Candidate> candidates = new ArrayList<>();
    private final List<Rectangle2D> placed = new ArrayList<>();
    private final Map<String, Font> fonts = new HashMap<>();

    /** Adds a label centred on a screen point (polygons, lines). */
    void addCentred(String text, double x, double y, LabelSpec spec, double priority) {
        candidates.add(new Candidate(text, x, y, 0, true, spec, priority, candidates.size()));
    }

    /** Adds a label beside a point marker of the given radius. */
    void addBeside(String text, double x, double y, double markerRadius, LabelSpec spec, double priority) {
        candidates.add(new Candidate(text, x, y, markerRadius, false, spec, priority, candidates.size()));
    }

    int candidateCount() {
        return candidates.size();
    }

    /** Draws every label that fits; returns how many were drawn. */
    int drawAll(Graphics2D g, int width, int height) {
        candidates.sort(Comparator.comparingInt((Candidate c) -> c.spec.rank())
                .thenComparing(Comparator.comparingDouble((Candidate c) -> c.priority).reversed())
                .thenComparingInt(c -> c.order));
        FontRenderContext frc = g.getFontRenderContext();
        Rectangle2D screen = new Rectangle2D.Double(0, 0, width, height);
        int drawn = 0;
        for (Candidate c : candidates) {
            Font font = fonts.computeIfAbsent(c.spec.fontSize() + "/" + c.spec.bold(), k ->
                    new Font(Font.SANS_SERIF, c.spec.bold() ? Font.BOLD : Font.PLAIN, 1).deriveFont(c.spec.fontSize()));
            GlyphVector glyphs = font.createGlyphVector(frc, c.text);
            Rectangle2D bounds = glyphs.getLogicalBounds();
            for (double[] origin : origins(c, bounds)) {
                Rectangle2D box = new Rectangle2D.Double(origin[0] + bounds.getX() - PADDING,
                        origin[1] + bounds.getY() - PADDING, bounds.getWidth() + 2 * PADDING, bounds.getHeight() + 2 * PADDING);
                if (!screen.contains(box) || overlapsPlaced(box)) {
                    continue;
                }
                placed.add(box);
                draw(g, glyphs.getOutline((float) origin[0], (float) origin[1]), c.spec);
                drawn++;
                break;
            }
        }
        return drawn;
    }

    /** Baseline origins to try, best first. */
    private static List<double[]> origins(Candidate c, Rectangle2D bounds) {
        double w = bounds.getWidth();
        double ascentToMiddle = -(bounds.getY() + bounds.getHeight() / 2);
        if (c.centred) {
            return List.<double[]>of(new double[] {c.x - w / 2, c.y + ascentToMiddle});
        }
        double gap = c.markerRadius + 3;
        return List.of(
                new double[] {c.x + gap, c.y + ascentToMiddle},
                new double[] {c.x - gap - w, c.y + ascentToMiddle},
                new double[] {c.x - w / 2, c.y - gap - (bounds.getHeight() + bounds.getY())},
                new double[] {c.x - w / 2, c.y + gap - bounds.getY()});
    }

    private boolean overlapsPlaced(Rectangle2D box) {
        for (Rectangle2D other : placed) {
            if (other.intersects(box)) {
                return true;
            }
        }
        return false;
    }

    private static void draw(Graphics2D g, Shape outline, LabelSpec spec) {
        if (Colors.alpha(spec.haloColor()) > 0) {
            g.setStroke(HALO);
            g.setColor(Colors.awt(spec.haloColor()));
            g.draw(outline);
        }
        g.setColor(Colors.awt(spec.color()));
        g.fill(outline);
    }
}

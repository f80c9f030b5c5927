package org.geoprospect.render.points;

import java.awt.Font;
import java.awt.Graphics2D;
import java.util.List;
import org.geoprospect.model.Competitor;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.render.Colors;
import org.geoprospect.render.RasterCanvas;
import org.geoprospect.render.Viewport;

/**
 * Draws competitors as the customer's red squares ({@value #HALF_SIDE} px half side, dark red rim)
 * with their names beside them, names that would overlap another being skipped. Thread-safe
 * (immutable); one canvas is drawn by one thread at a time.
 */
public final class CompetitorPainter {
    static final int HALF_SIDE = 7;
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.BOLD, 12);
    private final Stamp square = square();

    /** The competitor's red square, as painted on the map (for the legend). */
    public static Stamp square() {
        return Stamp.square(HALF_SIDE, PointStyles.COMPETITOR_FILL, PointStyles.COMPETITOR_RIM, 1.5f);
    }

    /**
     * Draws the competitors whose square reaches into the view, then their names.
     *
     * @param withNames whether to label them
     * @return the number of squares drawn
     * @throws org.geoprospect.model.CancelledException when cancelled
     */
    public int paint(RasterCanvas canvas, Viewport viewport, List<Competitor> competitors, boolean withNames,
                     ProgressMonitor monitor) {
        Canvases.checkSameSize(canvas, viewport);
        int[] pixels = canvas.pixels();
        int drawn = 0;
        int reach = square.reach();
        for (Competitor competitor : competitors) {
            int px = (int) Math.floor(viewport.toScreenX(competitor.x()));
            int py = (int) Math.floor(viewport.toScreenY(competitor.y()));
            if (px < -reach || py < -reach || px >= canvas.width() + reach || py >= canvas.height() + reach) {
                continue;
            }
            square.blit(pixels, canvas.width(), canvas.height(), px, py);
            drawn++;
        }
        monitor.checkCancelled();
        if (withNames && drawn > 0) {
            paintNames(canvas, viewport, competitors);
        }
        return drawn;
    }

    /**
     * Draws the competitors' names beside their squares, a name that would overlap another being
     * skipped; call it after the map's other labels so that the names stay readable on top.
     */
    public void paintNames(RasterCanvas canvas, Viewport viewport, List<Competitor> competitors) {
        Canvases.checkSameSize(canvas, viewport);
        {
            Graphics2D g = canvas.createGraphics();
            try {
                PointLabels labels = new PointLabels(g, FONT, PointStyles.COMPETITOR_RIM, Colors.withAlpha(0xFFFFFFFF, 0.9),
                        canvas.width(), canvas.height());
                for (Competitor competitor : competitors) {
                    String name = competitor.name() == null || competitor.name().isBlank() ? competitor.code() : competitor.name();
                    labels.draw(name.strip(), viewport.toScreenX(competitor.x()) + 0.5,
                            viewport.toScreenY(competitor.y()) + 0.5, HALF_SIDE + 1);
                }
            } finally {
                g.dispose();
            }
        }
    }
}

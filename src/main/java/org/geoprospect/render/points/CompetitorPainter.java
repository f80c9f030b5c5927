package org.geoprospect.render.points;

import java.util.List;
import org.geoprospect.model.Competitor;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.render.Colors;
import org.geoprospect.render.RasterCanvas;
import org.geoprospect.render.Viewport;
import org.geoprospect.render.labels.LabelPlacer;
import org.geoprospect.render.labels.LabelRanks;
import org.geoprospect.render.labels.LabelRequest;
import org.geoprospect.render.labels.LabelStyle;
import org.geoprospect.render.labels.ScreenBox;

/**
 * Draws competitors as the customer's red squares ({@value #HALF_SIDE} px half side, dark red rim) and gives
 * the map's {@link LabelPlacer} their names (first of all labels, kept while any place is left) and their
 * squares as obstacles. Sizes (square, rim, font) are reference pixels, times the view's
 * {@linkplain Viewport#deviceScale() device scale}. Thread-safe (immutable but for the stamps' cache, itself
 * thread-safe); one canvas is drawn by one thread at a time.
 */
public final class CompetitorPainter {
    static final int HALF_SIDE = 7;
    /** Bold dark red names with a white halo. */
    static final LabelStyle NAME_STYLE = new LabelStyle(12f, true, PointStyles.COMPETITOR_RIM,
            Colors.withAlpha(0xFFFFFFFF, 0.9));
    /** Half the square plus half its 1.5 px rim: what a label must keep clear of. */
    private static final double OBSTACLE_HALF_SIDE = HALF_SIDE + 0.75;
    private final ScaledStamp square = new ScaledStamp(CompetitorPainter::square);

    /** The competitor's red square, as painted on the screen's map (for the legend). */
    public static Stamp square() {
        return square(1);
    }

    /** The competitor's red square at a device scale. */
    public static Stamp square(double scale) {
        return Stamp.square(HALF_SIDE * scale, PointStyles.COMPETITOR_FILL, PointStyles.COMPETITOR_RIM, 1.5f * (float) scale);
    }

    /**
     * Draws the competitors whose square reaches into the view.
     *
     * @return the number of squares drawn
     * @throws org.geoprospect.model.CancelledException when cancelled
     */
    public int paint(RasterCanvas canvas, Viewport viewport, List<Competitor> competitors, ProgressMonitor monitor) {
        Canvases.checkSameSize(canvas, viewport);
        int[] pixels = canvas.pixels();
        int drawn = 0;
        Stamp stamp = square.at(viewport.deviceScale());
        int reach = stamp.reach();
        for (Competitor competitor : competitors) {
            int px = (int) Math.floor(viewport.toScreenX(competitor.x()));
            int py = (int) Math.floor(viewport.toScreenY(competitor.y()));
            if (px < -reach || py < -reach || px >= canvas.width() + reach || py >= canvas.height() + reach) {
                continue;
            }
            stamp.blit(pixels, canvas.width(), canvas.height(), px, py);
            drawn++;
        }
        monitor.checkCancelled();
        return drawn;
    }

    /**
     * Adds every competitor's square reaching into the view as an obstacle and, for those whose point lies in
     * the view, its name (or its code when it has no name) as a mandatory label of rank
     * {@link LabelRanks#COMPETITOR}.
     */
    public void collectLabels(LabelPlacer labels, Viewport viewport, List<Competitor> competitors) {
        double scale = viewport.deviceScale();
        double half = OBSTACLE_HALF_SIDE * scale;
        LabelStyle style = scale == 1 ? NAME_STYLE : new LabelStyle(NAME_STYLE.fontSize() * (float) scale, NAME_STYLE.bold(),
                NAME_STYLE.color(), NAME_STYLE.haloColor());
        for (Competitor competitor : competitors) {
            // The square is blitted with its centre on the middle of the pixel under the point.
            double cx = Math.floor(viewport.toScreenX(competitor.x())) + 0.5;
            double cy = Math.floor(viewport.toScreenY(competitor.y())) + 0.5;
            if (cx < -half || cy < -half || cx > viewport.width() + half || cy > viewport.height() + half) {
                continue;
            }
            int own = labels.addObstacle(ScreenBox.around(cx, cy, half));
            if (cx < 0 || cy < 0 || cx > viewport.width() || cy > viewport.height()) {
                continue;
            }
            String name = competitor.name() == null || competitor.name().isBlank() ? competitor.code() : competitor.name();
            if (name == null || name.isBlank()) {
                continue;
            }
            labels.add(LabelRequest.beside(name.strip(), cx, cy, half, false, style,
                    LabelRanks.COMPETITOR, 0).asMandatory().withOwnObstacle(own));
        }
    }
}

package org.geoprospect.render.points;

import java.awt.Font;
import java.awt.Graphics2D;
import org.geoprospect.index.HouseholdColumns;
import org.geoprospect.index.PackedPointIndex;
import org.geoprospect.index.Selection;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.render.Colors;
import org.geoprospect.render.RasterCanvas;
import org.geoprospect.render.Viewport;

/**
 * Labels individual households with their anonymous code and up to three interest tags
 * ("H0001234 · picnic, mtb"), at {@link #LABELS_SCALE_DENOMINATOR} or finer, skipping labels that
 * would overlap. Only the pseudonymised record is shown; personal fields never reach the map.
 * Thread-safe (stateless); one canvas is drawn by one thread at a time.
 */
public final class HouseholdLabelPainter {
    /**
     * The scale (1:5,000, about 1.3 m per pixel) from which households are labelled: a label needs
     * about 120 x 14 px, so coarser views could only label a handful of the households they show.
     */
    public static final double LABELS_SCALE_DENOMINATOR = 5_000;
    /** At most this many households are considered (a view at 1:5,000 seldom holds more). */
    static final int MAX_CANDIDATES = 4_000;
    private static final int TAGS = 3;
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    /** Whether a map at that scale denominator labels households. */
    public static boolean showsLabels(double scaleDenominator) {
        return scaleDenominator <= LABELS_SCALE_DENOMINATOR;
    }

    /**
     * Draws the labels of the view's households (filtered when a filter is given), if the scale allows.
     *
     * @param markerRadius the markers' radius in pixels, to put labels beside them
     * @return the number of labels drawn
     * @throws org.geoprospect.model.CancelledException when cancelled
     */
    public int paint(RasterCanvas canvas, Viewport viewport, PackedPointIndex index, HouseholdColumns households,
                     Selection filter, double markerRadius, ProgressMonitor monitor) {
        Canvases.checkSameSize(canvas, viewport);
        if (!showsLabels(viewport.scaleDenominator())) {
            return 0;
        }
        int[] candidates = new int[MAX_CANDIDATES];
        int[] count = {0};
        var view = viewport.envelope();
        index.visitEnvelope(view.getMinX(), view.getMinY(), view.getMaxX(), view.getMaxY(), (id, x, y) -> {
            if (count[0] < MAX_CANDIDATES && (filter == null || filter.contains(id))) {
                candidates[count[0]++] = id;
            }
        });
        monitor.checkCancelled();
        // Labels in id order, so that the same households win the same places from frame to frame.
        java.util.Arrays.sort(candidates, 0, count[0]);
        Graphics2D g = canvas.createGraphics();
        try {
            PointLabels labels = new PointLabels(g, FONT, Colors.rgb("#3d2106"), Colors.withAlpha(0xFFFFFFFF, 0.85),
                    canvas.width(), canvas.height());
            for (int k = 0; k < count[0]; k++) {
                int id = candidates[k];
                String tags = InterestTags.tags(households.interestMask(id), TAGS);
                String text = tags.isEmpty() ? households.anonCode(id) : households.anonCode(id) + " \u00b7 " + tags;
                labels.draw(text, viewport.toScreenX(households.x(id)), viewport.toScreenY(households.y(id)), markerRadius);
            }
            return labels.count();
        } finally {
            g.dispose();
        }
    }
}

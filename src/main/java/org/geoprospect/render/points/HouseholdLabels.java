package org.geoprospect.render.points;

import java.util.Arrays;
import org.geoprospect.index.HouseholdColumns;
import org.geoprospect.index.PackedPointIndex;
import org.geoprospect.index.Selection;
import org.geoprospect.render.Colors;
import org.geoprospect.render.Viewport;
import org.geoprospect.render.labels.LabelPlacer;
import org.geoprospect.render.labels.LabelRanks;
import org.geoprospect.render.labels.LabelRequest;
import org.geoprospect.render.labels.LabelStyle;

/**
 * Labels individual households with their anonymous code and up to three interest tags
 * ("H0001234 · picnic, mtb"), at {@link #LABELS_SCALE_DENOMINATOR} or finer: one request per household in
 * view for the map's {@link LabelPlacer}, of rank {@link LabelRanks#DETAIL} (after competitors, towns and
 * sectors), in id order so that the same households win the same places from frame to frame. Only the
 * pseudonymised record is shown; personal fields never reach the map. Stateless, thread-safe.
 */
public final class HouseholdLabels {
    /**
     * The scale (1:5,000, about 1.3 m per pixel) from which households are labelled: a label needs
     * about 120 x 14 px, so coarser views could only label a handful of the households they show.
     */
    public static final double LABELS_SCALE_DENOMINATOR = 5_000;
    /** At most this many households are considered (a view at 1:5,000 seldom holds more). */
    static final int MAX_CANDIDATES = 4_000;
    private static final int TAGS = 3;
    static final LabelStyle STYLE = new LabelStyle(11f, false, Colors.rgb("#3d2106"), Colors.withAlpha(0xFFFFFFFF, 0.85));

    private HouseholdLabels() {
    }

    /** Whether a map at that scale denominator labels households. */
    public static boolean showsLabels(double scaleDenominator) {
        return scaleDenominator <= LABELS_SCALE_DENOMINATOR;
    }

    /**
     * Adds the labels of the view's households (filtered when a filter is given), if the scale allows.
     *
     * @param markerRadius the markers' radius in the view's pixels, to put labels beside them (font sizes are
     *                     reference pixels, times the view's device scale)
     * @return the number of labels asked for
     */
    public static int collect(LabelPlacer labels, Viewport viewport, PackedPointIndex index, HouseholdColumns households,
                              Selection filter, double markerRadius) {
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
        Arrays.sort(candidates, 0, count[0]);
        double scale = viewport.deviceScale();
        LabelStyle style = scale == 1 ? STYLE
                : new LabelStyle(STYLE.fontSize() * (float) scale, STYLE.bold(), STYLE.color(), STYLE.haloColor());
        for (int k = 0; k < count[0]; k++) {
            int id = candidates[k];
            String tags = InterestTags.tags(households.interestMask(id), TAGS);
            String text = tags.isEmpty() ? households.anonCode(id) : households.anonCode(id) + " \u00b7 " + tags;
            labels.add(LabelRequest.beside(text, viewport.toScreenX(households.x(id)), viewport.toScreenY(households.y(id)),
                    markerRadius, true, style, LabelRanks.DETAIL, 0));
        }
        return count[0];
    }
}

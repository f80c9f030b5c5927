package org.geoprospect.ui.map;

import java.util.List;
import org.geoprospect.analysis.aggregation.ProspectDots;
import org.geoprospect.index.Selection;
import org.geoprospect.model.Client;
import org.geoprospect.model.Competitor;
import org.geoprospect.render.Viewport;
import org.geoprospect.render.points.PointLayers;

/**
 * What a click on the map hit: a competitor, a client or (zoomed in past the records threshold) a
 * household, by its id in the shown point layers. Immutable.
 *
 * @param kind what was hit
 * @param id   household id, or position in the client or competitor list
 */
public record MapPick(Kind kind, int id) {
    /** The kinds of point a click can hit, in the order they are looked for (the top-most drawn first). */
    public enum Kind { COMPETITOR, CLIENT, HOUSEHOLD }

    /** How far from a marker's centre a click still hits it, in pixels. */
    public static final double TOLERANCE_PIXELS = 6;

    /**
     * The point under a screen position: the nearest competitor within reach, else the nearest client,
     * else — only at scales where households are drawn one by one — the nearest household marker that
     * is drawn (those passing the potential filter), through the index. Null when nothing is near.
     */
    public static MapPick at(PointLayers shown, Viewport viewport, double screenX, double screenY) {
        double x = viewport.toWorldX(screenX);
        double y = viewport.toWorldY(screenY);
        double mpp = viewport.metresPerPixel();
        int competitor = nearest(shown.competitors().stream().map(c -> new double[] {c.x(), c.y()}).toList(), x, y,
                (TOLERANCE_PIXELS + 4) * mpp);
        if (competitor >= 0) {
            return new MapPick(Kind.COMPETITOR, competitor);
        }
        int client = nearest(shown.clients().stream().map(c -> new double[] {c.x(), c.y()}).toList(), x, y,
                (TOLERANCE_PIXELS + 3) * mpp);
        if (client >= 0) {
            return new MapPick(Kind.CLIENT, client);
        }
        if (shown.households() != null && ProspectDots.showsRecords(viewport.scaleDenominator())) {
            int household = nearestHousehold(shown, x, y, TOLERANCE_PIXELS * mpp);
            if (household >= 0) {
                return new MapPick(Kind.HOUSEHOLD, household);
            }
        }
        return null;
    }

    private static int nearestHousehold(PointLayers shown, double x, double y, double reach) {
        Selection filter = shown.potential();
        if (filter == null) {
            return shown.householdIndex().nearest(x, y, reach);
        }
        double[] best = {Double.POSITIVE_INFINITY};
        int[] bestId = {-1};
        shown.householdIndex().visitRadius(x, y, reach, (id, px, py) -> {
            double d = (px - x) * (px - x) + (py - y) * (py - y);
            if (filter.contains(id) && d < best[0]) {
                best[0] = d;
                bestId[0] = id;
            }
        });
        return bestId[0];
    }

    private static int nearest(List<double[]> points, double x, double y, double reach) {
        int best = -1;
        double bestDistance = reach * reach;
        for (int i = 0; i < points.size(); i++) {
            double dx = points.get(i)[0] - x;
            double dy = points.get(i)[1] - y;
            double d = dx * dx + dy * dy;
            if (d <= bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }

    /** The client hit, from the shown layers. */
    public Client client(PointLayers shown) {
        return shown.clients().get(id);
    }

    /** The competitor hit, from the shown layers. */
    public Competitor competitor(PointLayers shown) {
        return shown.competitors().get(id);
    }
}

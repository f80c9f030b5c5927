package org.geoprospect.render.points;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.geoprospect.model.Client;
import org.geoprospect.model.ContactCategory;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.render.RasterCanvas;
import org.geoprospect.render.Viewport;
import org.geoprospect.render.labels.LabelPlacer;
import org.geoprospect.render.labels.ScreenBox;

/**
 * Draws the customer file's contacts as diamonds coloured by {@link ContactCategory}
 * ({@link PointStyles#categoryColor}) or by another {@link ClientColouring} (the RFM segment) with a white rim, distinct from the households' discs and the
 * competitors' squares; optionally sized by revenue or gross margin, the area growing with the value
 * (half diagonal from {@value #MIN_RADIUS} to {@value #MAX_RADIUS} px; zero or negative values get the
 * smallest). Sizes are reference pixels, times the view's {@linkplain Viewport#deviceScale() device scale}.
 * Stamps are made on demand and kept. Not thread-safe (the stamp cache); one per map.
 */
public final class ClientMarkerPainter {
    static final int MIN_RADIUS = 6;
    static final int MAX_RADIUS = 14;
    private static final int CANCEL_CHECK_INTERVAL = 1 << 16;
    private final Map<StampKey, Stamp> stamps = new HashMap<>();

    private record StampKey(int colour, int radius, double scale) {
    }

    /**
     * Draws the clients whose marker reaches into the view.
     *
     * @return the number drawn
     * @throws org.geoprospect.model.CancelledException when cancelled
     */
    public int paint(RasterCanvas canvas, Viewport viewport, List<Client> clients, ClientSizing sizing,
                     ProgressMonitor monitor) {
        return paint(canvas, viewport, clients, sizing, ClientColouring.BY_CATEGORY, monitor);
    }

    /**
     * Draws the clients whose marker reaches into the view, each in its colour under {@code colouring}.
     *
     * @return the number drawn
     * @throws org.geoprospect.model.CancelledException when cancelled
     */
    public int paint(RasterCanvas canvas, Viewport viewport, List<Client> clients, ClientSizing sizing,
                     ClientColouring colouring, ProgressMonitor monitor) {
        Canvases.checkSameSize(canvas, viewport);
        double max = maxValue(clients, sizing);
        int[] pixels = canvas.pixels();
        int drawn = 0;
        for (int k = 0; k < clients.size(); k++) {
            if ((k & (CANCEL_CHECK_INTERVAL - 1)) == CANCEL_CHECK_INTERVAL - 1) {
                monitor.checkCancelled();
            }
            Client client = clients.get(k);
            int radius = radius(sizing.valueOf(client), max);
            Stamp stamp = stamp(colouring.colourOf(client), radius, viewport.deviceScale());
            int px = (int) Math.floor(viewport.toScreenX(client.x()));
            int py = (int) Math.floor(viewport.toScreenY(client.y()));
            int reach = stamp.reach();
            if (px < -reach || py < -reach || px >= canvas.width() + reach || py >= canvas.height() + reach) {
                continue;
            }
            stamp.blit(pixels, canvas.width(), canvas.height(), px, py);
            drawn++;
        }
        return drawn;
    }

    /**
     * Adds the box of every client's diamond reaching into the view to {@code labels} as an obstacle: no label
     * may cover a client.
     */
    public static void collectObstacles(LabelPlacer labels, Viewport viewport, List<Client> clients, ClientSizing sizing) {
        double max = maxValue(clients, sizing);
        double scale = viewport.deviceScale();
        for (Client client : clients) {
            // Half diagonal plus the 1.6 px rim's mitred tip (0.8 x sqrt 2), around the middle of the pixel the
            // diamond is blitted on.
            double half = (radius(sizing.valueOf(client), max) + 1.2) * scale;
            double cx = Math.floor(viewport.toScreenX(client.x())) + 0.5;
            double cy = Math.floor(viewport.toScreenY(client.y())) + 0.5;
            if (cx >= -half && cy >= -half && cx <= viewport.width() + half && cy <= viewport.height() + half) {
                labels.addObstacle(ScreenBox.around(cx, cy, half));
            }
        }
    }

    /**
     * The half diagonal in reference pixels of each client's diamond, in list order (the largest value sets the
     * sizes).
     */
    public static int[] radii(List<Client> clients, ClientSizing sizing) {
        double max = maxValue(clients, sizing);
        int[] radii = new int[clients.size()];
        for (int k = 0; k < radii.length; k++) {
            radii[k] = radius(sizing.valueOf(clients.get(k)), max);
        }
        return radii;
    }

    private static double maxValue(List<Client> clients, ClientSizing sizing) {
        double max = 0;
        for (Client client : clients) {
            max = Math.max(max, sizing.valueOf(client));
        }
        return max;
    }

    /** Half diagonal in pixels: area proportional to the value's share of the largest. */
    static int radius(double value, double max) {
        if (!(value > 0) || !(max > 0)) {
            return MIN_RADIUS;
        }
        double share = Math.sqrt(Math.min(1, value / max));
        return (int) Math.round(MIN_RADIUS + share * (MAX_RADIUS - MIN_RADIUS));
    }

    private Stamp stamp(int colour, int radius, double scale) {
        return stamps.computeIfAbsent(new StampKey(colour, radius, scale), k -> diamond(colour, radius, scale));
    }

    /** A client's diamond of a category and half diagonal (reference pixels) at a device scale. */
    static Stamp diamond(ContactCategory category, int radius, double scale) {
        return diamond(PointStyles.categoryColor(category), radius, scale);
    }

    /** A client's diamond of a fill colour (ARGB) and half diagonal (reference pixels) at a device scale. */
    static Stamp diamond(int colour, int radius, double scale) {
        return Stamp.diamond(radius * scale, colour, PointStyles.CLIENT_RIM, 1.6f * (float) scale);
    }
}

package org.geoprospect.tour;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.List;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.render.MapOverlay;
import org.geoprospect.render.RasterCanvas;
import org.geoprospect.render.Viewport;

/**
 * Draws tour routes on the map: for each day a polyline start → stops → end in the day's colour,
 * each stop as a white-edged circle with its number, the start and end as black squares. Painted
 * above the labels so that the numbers stay readable. Immutable.
 */
public final class TourMapOverlay implements MapOverlay {
    /** Day colours (0xRRGGBB), cycled. */
    public static final int[] DAY_COLOURS = {0x1F5FBF, 0xD9480F, 0x2B8A3E, 0x862E9C, 0xC92A2A, 0x0B7285, 0x5C940D};
    /** Colour of the start and end squares. */
    public static final int OFFICE_COLOUR = 0x111111;

    private final List<Route> routes;

    /**
     * One day's route in project coordinates.
     *
     * @param xs      start, the stops, end
     * @param ys      same
     * @param numbers the stops' numbers (one per stop, i.e. {@code xs.length - 2})
     */
    public record Route(double[] xs, double[] ys, int[] numbers, int rgb) {
    }

    public TourMapOverlay(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    /** The colour of a day (1-based). */
    public static int dayColour(int day) {
        return DAY_COLOURS[(day - 1) % DAY_COLOURS.length];
    }

    @Override
    public void paint(RasterCanvas canvas, Viewport viewport, ProgressMonitor monitor) {
        // Everything is drawn above the labels (paintAboveLabels).
    }

    @Override
    public void paintAboveLabels(RasterCanvas canvas, Viewport v, ProgressMonitor monitor) {
        Graphics2D g = canvas.createGraphics();
        try {
            for (Route r : routes) {
                Path2D.Double path = new Path2D.Double();
                for (int i = 0; i < r.xs().length; i++) {
                    double sx = v.toScreenX(r.xs()[i]);
                    double sy = v.toScreenY(r.ys()[i]);
                    if (i == 0) {
                        path.moveTo(sx, sy);
                    } else {
                        path.lineTo(sx, sy);
                    }
                }
                g.setStroke(new BasicStroke(6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.setColor(new Color(255, 255, 255, 200));
                g.draw(path);
                g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.setColor(new Color(r.rgb()));
                g.draw(path);
            }
            for (Route r : routes) {
                int last = r.xs().length - 1;
                office(g, v.toScreenX(r.xs()[0]), v.toScreenY(r.ys()[0]));
                office(g, v.toScreenX(r.xs()[last]), v.toScreenY(r.ys()[last]));
                for (int i = 1; i < last; i++) {
                    stop(g, v.toScreenX(r.xs()[i]), v.toScreenY(r.ys()[i]), r.numbers()[i - 1], r.rgb());
                }
            }
        } finally {
            g.dispose();
        }
    }

    private static void office(Graphics2D g, double x, double y) {
        g.setColor(Color.WHITE);
        g.fillRect((int) Math.round(x) - 10, (int) Math.round(y) - 10, 20, 20);
        g.setColor(new Color(OFFICE_COLOUR));
        g.fillRect((int) Math.round(x) - 8, (int) Math.round(y) - 8, 16, 16);
    }

    private static void stop(Graphics2D g, double x, double y, int number, int rgb) {
        String text = Integer.toString(number);
        double r = text.length() > 2 ? 15 : 13;
        Ellipse2D.Double circle = new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
        g.setColor(new Color(rgb));
        g.fill(circle);
        g.setStroke(new BasicStroke(2f));
        g.setColor(Color.WHITE);
        g.draw(circle);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, text.length() > 2 ? 13 : 15));
        FontMetrics m = g.getFontMetrics();
        g.drawString(text, (float) (x - m.stringWidth(text) / 2.0), (float) (y + m.getAscent() / 2.0 - 2));
    }
}

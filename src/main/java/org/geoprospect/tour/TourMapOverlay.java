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
 * above the labels so that the numbers stay readable. The app's map draws each disc on its stop; the
 * printed maps of the tour pack ({@link #printed}) move a disc that would cover another aside
 * ({@link NumberedDiscPlacement}) and draw a leader line from it to a dot on the stop, so every
 * number can be read. Immutable.
 */
public final class TourMapOverlay implements MapOverlay {
    /** Day colours (0xRRGGBB), cycled. */
    public static final int[] DAY_COLOURS = {0x1F5FBF, 0xD9480F, 0x2B8A3E, 0x862E9C, 0xC92A2A, 0x0B7285, 0x5C940D};
    /** Colour of the start and end squares. */
    public static final int OFFICE_COLOUR = 0x111111;

    /** Radius of the dot marking a stop whose disc was moved aside. */
    static final double DOT_RADIUS = 3.5;
    /** Pixels around the canvas within which the printed map still places discs (stops just outside). */
    private static final double PLACEMENT_MARGIN = 40;
    private final List<Route> routes;
    private final boolean spread;

    /**
     * One day's route in project coordinates.
     *
     * @param xs      start, the stops, end
     * @param ys      same
     * @param numbers the stops' numbers (one per stop, i.e. {@code xs.length - 2})
     */
    public record Route(double[] xs, double[] ys, int[] numbers, int rgb) {
    }

    /** The app's overlay: each disc on its stop. */
    public TourMapOverlay(List<Route> routes) {
        this(routes, false);
    }

    private TourMapOverlay(List<Route> routes, boolean spread) {
        this.routes = List.copyOf(routes);
        this.spread = spread;
    }

    /** The overlay of a printed map: discs that would overlap are moved aside, with a leader line to their stop. */
    public static TourMapOverlay printed(List<Route> routes) {
        return new TourMapOverlay(routes, true);
    }

    /** Radius of a stop's disc (three digits need a larger one). */
    static double discRadius(int number) {
        return number > 99 ? 15 : 13;
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
            }
            if (spread) {
                paintSpread(g, v);
                return;
            }
            for (Route r : routes) {
                for (int i = 1; i < r.xs().length - 1; i++) {
                    stop(g, v.toScreenX(r.xs()[i]), v.toScreenY(r.ys()[i]), r.numbers()[i - 1], r.rgb());
                }
            }
        } finally {
            g.dispose();
        }
    }

    /** The stops of every route near the canvas, discs placed apart, leader lines first so discs cover their ends. */
    private void paintSpread(Graphics2D g, Viewport v) {
        List<double[]> stops = new java.util.ArrayList<>(); // screen x, y, number, rgb
        List<NumberedDiscPlacement.Obstacle> offices = new java.util.ArrayList<>();
        for (Route r : routes) {
            int last = r.xs().length - 1;
            offices.add(new NumberedDiscPlacement.Obstacle(v.toScreenX(r.xs()[0]), v.toScreenY(r.ys()[0]), 10));
            offices.add(new NumberedDiscPlacement.Obstacle(v.toScreenX(r.xs()[last]), v.toScreenY(r.ys()[last]), 10));
            for (int i = 1; i < last; i++) {
                double sx = v.toScreenX(r.xs()[i]);
                double sy = v.toScreenY(r.ys()[i]);
                if (sx > -PLACEMENT_MARGIN && sy > -PLACEMENT_MARGIN && sx < v.width() + PLACEMENT_MARGIN
                        && sy < v.height() + PLACEMENT_MARGIN) {
                    stops.add(new double[] {sx, sy, r.numbers()[i - 1], r.rgb()});
                }
            }
        }
        int n = stops.size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        double[] radii = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = stops.get(i)[0];
            ys[i] = stops.get(i)[1];
            radii[i] = discRadius((int) stops.get(i)[2]);
        }
        double[] at = NumberedDiscPlacement.place(xs, ys, radii, offices);
        g.setStroke(new BasicStroke(1.6f));
        for (int i = 0; i < n; i++) {
            if (at[2 * i] != xs[i] || at[2 * i + 1] != ys[i]) {
                g.setColor(new Color(0x333333));
                g.draw(new java.awt.geom.Line2D.Double(xs[i], ys[i], at[2 * i], at[2 * i + 1]));
                Ellipse2D.Double dot = new Ellipse2D.Double(xs[i] - DOT_RADIUS, ys[i] - DOT_RADIUS, 2 * DOT_RADIUS,
                        2 * DOT_RADIUS);
                g.setColor(new Color((int) stops.get(i)[3]));
                g.fill(dot);
                g.setColor(Color.WHITE);
                g.draw(dot);
            }
        }
        for (int i = 0; i < n; i++) {
            stop(g, at[2 * i], at[2 * i + 1], (int) stops.get(i)[2], (int) stops.get(i)[3]);
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
        double r = discRadius(number);
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

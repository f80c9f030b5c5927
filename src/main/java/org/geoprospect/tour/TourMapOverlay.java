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
import org.geoprospect.render.labels.LabelPlacer;
import org.geoprospect.render.labels.ScreenBox;

/**
 * Draws tour routes on the map: for each day a polyline start → stops → end in the day's colour,
 * each stop as a white-edged circle with its number, the start and end as black squares. Painted
 * above the labels so that the numbers stay readable. The app's map draws each disc on its stop; the
 * printed maps of the tour pack ({@link #printed}) move a disc that would cover another aside
 * ({@link NumberedDiscPlacement}) and draw a leader line from it to a dot on the stop, so every
 * number can be read. Sizes (lines, discs, numbers, squares, the placement's gaps) are reference pixels, times the
 * view's {@linkplain Viewport#deviceScale() device scale}. Immutable.
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

    /**
     * On a printed map, the start and end squares and the numbered discs (where they are placed) are obstacles for
     * the map's labels, so that no place name goes under a number. The app's map adds none (its labels stay as they
     * are with or without a tour).
     */
    @Override
    public void collectLabels(LabelPlacer labels, Viewport viewport) {
        if (spread) {
            markerBoxes(viewport).forEach(labels::addObstacle);
        }
    }

    /**
     * The boxes of what the printed map draws at the stops and offices in this view: the start and end squares,
     * each numbered disc where it is placed and, for a disc moved aside, the dot on its stop.
     */
    List<ScreenBox> markerBoxes(Viewport v) {
        double scale = v.deviceScale();
        List<ScreenBox> boxes = new java.util.ArrayList<>();
        for (Route r : routes) {
            int last = r.xs().length - 1;
            boxes.add(ScreenBox.around(v.toScreenX(r.xs()[0]), v.toScreenY(r.ys()[0]), 10 * scale));
            boxes.add(ScreenBox.around(v.toScreenX(r.xs()[last]), v.toScreenY(r.ys()[last]), 10 * scale));
        }
        for (double[] stop : placedDiscs(v)) {
            boxes.add(ScreenBox.around(stop[4], stop[5], discRadius((int) stop[2]) * scale + scale));
            if (stop[4] != stop[0] || stop[5] != stop[1]) {
                boxes.add(ScreenBox.around(stop[0], stop[1], DOT_RADIUS * scale + scale));
            }
        }
        return boxes;
    }

    @Override
    public void paintAboveLabels(RasterCanvas canvas, Viewport v, ProgressMonitor monitor) {
        Graphics2D g = canvas.createGraphics();
        double scale = v.deviceScale();
        float s = (float) scale;
        BasicStroke casing = new BasicStroke(6f * s, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        BasicStroke line = new BasicStroke(3f * s, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
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
                g.setStroke(casing);
                g.setColor(new Color(255, 255, 255, 200));
                g.draw(path);
                g.setStroke(line);
                g.setColor(new Color(r.rgb()));
                g.draw(path);
            }
            for (Route r : routes) {
                int last = r.xs().length - 1;
                office(g, v.toScreenX(r.xs()[0]), v.toScreenY(r.ys()[0]), scale);
                office(g, v.toScreenX(r.xs()[last]), v.toScreenY(r.ys()[last]), scale);
            }
            if (spread) {
                paintSpread(g, v);
                return;
            }
            for (Route r : routes) {
                for (int i = 1; i < r.xs().length - 1; i++) {
                    stop(g, v.toScreenX(r.xs()[i]), v.toScreenY(r.ys()[i]), r.numbers()[i - 1], r.rgb(), scale);
                }
            }
        } finally {
            g.dispose();
        }
    }

    /**
     * Where the printed map puts the discs of the stops near the view, in its pixels.
     *
     * @return per stop near the view: screen x, y, number, colour (0xRRGGBB), and the disc's centre x, y
     */
    List<double[]> placedDiscs(Viewport v) {
        double scale = v.deviceScale();
        double margin = PLACEMENT_MARGIN * scale;
        List<double[]> stops = new java.util.ArrayList<>();
        List<NumberedDiscPlacement.Obstacle> offices = new java.util.ArrayList<>();
        for (Route r : routes) {
            int last = r.xs().length - 1;
            offices.add(new NumberedDiscPlacement.Obstacle(v.toScreenX(r.xs()[0]), v.toScreenY(r.ys()[0]), 10 * scale));
            offices.add(new NumberedDiscPlacement.Obstacle(v.toScreenX(r.xs()[last]), v.toScreenY(r.ys()[last]), 10 * scale));
            for (int i = 1; i < last; i++) {
                double sx = v.toScreenX(r.xs()[i]);
                double sy = v.toScreenY(r.ys()[i]);
                if (sx > -margin && sy > -margin && sx < v.width() + margin && sy < v.height() + margin) {
                    stops.add(new double[] {sx, sy, r.numbers()[i - 1], r.rgb(), sx, sy});
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
            radii[i] = discRadius((int) stops.get(i)[2]) * scale;
        }
        double[] at = NumberedDiscPlacement.place(xs, ys, radii, offices, NumberedDiscPlacement.GAP * scale);
        for (int i = 0; i < n; i++) {
            stops.get(i)[4] = at[2 * i];
            stops.get(i)[5] = at[2 * i + 1];
        }
        return stops;
    }

    /** Whether the printed map moves a disc aside (with a leader line to its stop) in this view. */
    public boolean movesADisc(Viewport v) {
        for (double[] stop : placedDiscs(v)) {
            if (stop[4] != stop[0] || stop[5] != stop[1]) {
                return true;
            }
        }
        return false;
    }

    /** The stops of every route near the canvas, discs placed apart, leader lines first so discs cover their ends. */
    private void paintSpread(Graphics2D g, Viewport v) {
        double scale = v.deviceScale();
        List<double[]> stops = placedDiscs(v);
        int n = stops.size();
        double dotRadius = DOT_RADIUS * scale;
        g.setStroke(new BasicStroke(1.6f * (float) scale));
        for (int i = 0; i < n; i++) {
            double[] stop = stops.get(i);
            double x = stop[0];
            double y = stop[1];
            if (stop[4] != x || stop[5] != y) {
                g.setColor(new Color(0x333333));
                g.draw(new java.awt.geom.Line2D.Double(x, y, stop[4], stop[5]));
                Ellipse2D.Double dot = new Ellipse2D.Double(x - dotRadius, y - dotRadius, 2 * dotRadius, 2 * dotRadius);
                g.setColor(new Color((int) stop[3]));
                g.fill(dot);
                g.setColor(Color.WHITE);
                g.draw(dot);
            }
        }
        for (double[] stop : stops) {
            stop(g, stop[4], stop[5], (int) stop[2], (int) stop[3], scale);
        }
    }

    /** The start or end: a black square of 16 px in a white one of 20 (reference pixels). */
    private static void office(Graphics2D g, double x, double y, double scale) {
        int outer = (int) Math.round(10 * scale);
        int inner = (int) Math.round(8 * scale);
        g.setColor(Color.WHITE);
        g.fillRect((int) Math.round(x) - outer, (int) Math.round(y) - outer, 2 * outer, 2 * outer);
        g.setColor(new Color(OFFICE_COLOUR));
        g.fillRect((int) Math.round(x) - inner, (int) Math.round(y) - inner, 2 * inner, 2 * inner);
    }

    private static void stop(Graphics2D g, double x, double y, int number, int rgb, double scale) {
        String text = Integer.toString(number);
        double r = discRadius(number) * scale;
        Ellipse2D.Double circle = new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
        g.setColor(new Color(rgb));
        g.fill(circle);
        g.setStroke(new BasicStroke(2f * (float) scale));
        g.setColor(Color.WHITE);
        g.draw(circle);
        int size = text.length() > 2 ? 13 : 15;
        g.setFont(scale == 1 ? new Font(Font.SANS_SERIF, Font.BOLD, size)
                : new Font(Font.SANS_SERIF, Font.BOLD, 1).deriveFont((float) (size * scale)));
        FontMetrics m = g.getFontMetrics();
        g.drawString(text, (float) (x - m.stringWidth(text) / 2.0), (float) (y + m.getAscent() / 2.0 - 2 * scale));
    }
}

package org.geoprospect.tour;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import org.geoprospect.render.LegendPainter;
import org.geoprospect.render.LegendSwatchPainter;
import org.geoprospect.render.RasterCanvas;

/**
 * The legend swatches of a tour as {@link TourMapOverlay} and {@link ExtractFramesOverlay} draw it — a stretch of
 * a day's route, the start and end's square, a numbered stop, a number moved aside with its leader line, a detail
 * map's dashed frame — each {@value LegendPainter#SWATCH} reference pixels square, at a device scale (1 in the
 * window's legend, {@code dpi / 96} on a printed map). Stateless, thread-safe.
 */
public final class TourLegendSwatches {
    private static final int SIZE = LegendPainter.SWATCH;

    private TourLegendSwatches() {
    }

    /** A stretch of route as the map draws it: the day's colour (0xRRGGBB) over a white halo, with a stop's dot. */
    public static RasterCanvas route(int rgb, double scale) {
        RasterCanvas swatch = LegendSwatchPainter.canvas(SIZE, SIZE, scale);
        Graphics2D g = graphics(swatch, scale);
        try {
            int middle = SIZE / 2;
            g.setStroke(new BasicStroke(6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(Color.WHITE);
            g.drawLine(3, middle, SIZE - 4, middle);
            g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(new Color(rgb));
            g.drawLine(3, middle, SIZE - 4, middle);
            g.fillOval(middle - 5, middle - 5, 10, 10);
        } finally {
            g.dispose();
        }
        return swatch;
    }

    /** The start and end's square as the map draws it: black with a white edge. */
    public static RasterCanvas startEnd(double scale) {
        RasterCanvas swatch = LegendSwatchPainter.canvas(SIZE, SIZE, scale);
        Graphics2D g = LegendSwatchPainter.graphics(swatch, scale);
        try {
            int middle = SIZE / 2;
            g.setColor(Color.WHITE);
            g.fillRect(middle - 9, middle - 9, 18, 18);
            g.setColor(new Color(TourMapOverlay.OFFICE_COLOUR));
            g.fillRect(middle - 7, middle - 7, 14, 14);
        } finally {
            g.dispose();
        }
        return swatch;
    }

    /** A stop's disc in the day's colour with a white edge, a little smaller than on the map to fit its square. */
    public static RasterCanvas stop(int rgb, double scale) {
        RasterCanvas swatch = LegendSwatchPainter.canvas(SIZE, SIZE, scale);
        Graphics2D g = graphics(swatch, scale);
        try {
            double r = SIZE / 2.0 - 2;
            Ellipse2D.Double disc = new Ellipse2D.Double(SIZE / 2.0 - r, SIZE / 2.0 - r, 2 * r, 2 * r);
            g.setColor(new Color(rgb));
            g.fill(disc);
            g.setStroke(new BasicStroke(2f));
            g.setColor(Color.WHITE);
            g.draw(disc);
        } finally {
            g.dispose();
        }
        return swatch;
    }

    /** A number moved aside: the dark leader line from the stop's dot (day's colour, white rim) towards its disc. */
    public static RasterCanvas moved(int rgb, double scale) {
        RasterCanvas swatch = LegendSwatchPainter.canvas(SIZE, SIZE, scale);
        Graphics2D g = graphics(swatch, scale);
        try {
            double r = TourMapOverlay.DOT_RADIUS;
            double x = 5;
            double y = SIZE - 5;
            g.setStroke(new BasicStroke(1.6f));
            g.setColor(new Color(0x333333));
            g.draw(new Line2D.Double(x, y, SIZE - 2, 2));
            Ellipse2D.Double dot = new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
            g.setColor(new Color(rgb));
            g.fill(dot);
            g.setColor(Color.WHITE);
            g.draw(dot);
        } finally {
            g.dispose();
        }
        return swatch;
    }

    /** A detail map's frame: the dark dashed rectangle of the day's map. */
    public static RasterCanvas frame(double scale) {
        RasterCanvas swatch = LegendSwatchPainter.canvas(SIZE, SIZE, scale);
        Graphics2D g = graphics(swatch, scale);
        try {
            g.setColor(new Color(0x333333));
            g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0));
            g.drawRect(3, 5, SIZE - 7, SIZE - 11);
        } finally {
            g.dispose();
        }
        return swatch;
    }

    private static Graphics2D graphics(RasterCanvas swatch, double scale) {
        Graphics2D g = LegendSwatchPainter.graphics(swatch, scale);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        return g;
    }
}

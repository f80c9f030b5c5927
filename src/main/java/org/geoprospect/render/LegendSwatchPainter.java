package org.geoprospect.render;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

/**
 * Paints the small legend picture of a style with the same Java2D code paths as the map, so the
 * legend never disagrees with it; at a device scale the same picture, that many times larger (as the map
 * at that scale). Stateless and thread-safe.
 */
public final class LegendSwatchPainter {
    private LegendSwatchPainter() {
    }

    /** A transparent canvas of the given size showing the entry's swatch. */
    public static RasterCanvas paint(LegendEntry entry, int width, int height) {
        return paint(entry, width, height, 1);
    }

    /**
     * A transparent canvas showing the entry's swatch at a device scale: {@code width} × {@code height} reference
     * pixels, {@link #canvas} of as many pixels of that scale.
     */
    public static RasterCanvas paint(LegendEntry entry, int width, int height, double scale) {
        RasterCanvas canvas = canvas(width, height, scale);
        Graphics2D g = graphics(canvas, scale);
        try {
            LayerStyle style = entry.style();
            switch (entry.kind()) {
                case POLYGON -> {
                    Rectangle2D box = new Rectangle2D.Double(2, 2, width - 4, height - 4);
                    if (Colors.alpha(style.fillColor()) > 0) {
                        g.setColor(Colors.awt(style.fillColor()));
                        g.fill(box);
                    }
                    for (StrokeSpec s : style.strokes()) {
                        g.setStroke(new BasicStroke(Math.min(s.width(), 2.5f)));
                        g.setColor(Colors.awt(s.color()));
                        g.draw(box);
                    }
                }
                case LINE -> {
                    Line2D line = new Line2D.Double(2, height / 2.0, width - 2, height / 2.0);
                    for (StrokeSpec s : style.strokes()) {
                        float[] dash = s.dashArray();
                        g.setStroke(new BasicStroke(s.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f));
                        g.setColor(Colors.awt(s.color()));
                        g.draw(line);
                    }
                }
                case POINT -> {
                    double size = Math.min(style.pointSize() * 1.3, Math.min(width, height) - 2);
                    java.awt.Shape marker = (style.pointSymbol() == PointSymbol.NONE ? PointSymbol.CIRCLE : style.pointSymbol())
                            .shape(width / 2.0, height / 2.0, size);
                    g.setColor(Colors.awt(style.pointFill()));
                    g.fill(marker);
                    if (Colors.alpha(style.pointOutline()) > 0) {
                        g.setStroke(new BasicStroke(1.2f));
                        g.setColor(Colors.awt(style.pointOutline()));
                        g.draw(marker);
                    }
                }
                default -> throw new IllegalStateException("Unknown geometry kind " + entry.kind());
            }
        } finally {
            g.dispose();
        }
        return canvas;
    }

    /**
     * A transparent swatch canvas of {@code width} × {@code height} reference pixels at a device scale (each side
     * times the scale, rounded up to whole pixels).
     */
    public static RasterCanvas canvas(int width, int height, double scale) {
        return scale == 1 ? new RasterCanvas(width, height)
                : new RasterCanvas((int) Math.ceil(width * scale - 1e-9), (int) Math.ceil(height * scale - 1e-9));
    }

    /** A graphics on {@code canvas} drawing in reference pixels (scaled by {@code scale}); the caller disposes it. */
    public static Graphics2D graphics(RasterCanvas canvas, double scale) {
        Graphics2D g = canvas.createGraphics();
        if (scale != 1) {
            g.scale(scale, scale);
        }
        return g;
    }
}

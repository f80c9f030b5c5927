package org.geoprospect.render;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

/**
 * Paints the small legend picture of a style with the same Java2D code paths as the map, so the
 * legend never disagrees with it. Stateless and thread-safe.
 */
public final class LegendSwatchPainter {
    private LegendSwatchPainter() {
    }

    /** A transparent canvas of the given size showing the entry's swatch. */
    public static RasterCanvas paint(LegendEntry entry, int width, int height) {
        RasterCanvas canvas = new RasterCanvas(width, height);
        Graphics2D g = canvas.createGraphics();
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
}

package org.geoprospect.render.layout;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.geoprospect.render.Colors;
import org.geoprospect.render.RasterCanvas;

/**
 * A {@link PageCanvas} that rasterises into a {@link RasterCanvas} of the page's size in pixels, drawing
 * in points under a scale of pixels per point. Images are drawn pixel for pixel when their size on the
 * page equals theirs (the map frame and the swatches are), without resampling. Close it to release the
 * graphics context. Not thread-safe.
 */
public final class Java2dPageCanvas implements PageCanvas, AutoCloseable {
    private final Graphics2D g;
    private final double pixelsPerPoint;

    public Java2dPageCanvas(RasterCanvas page, double pixelsPerPoint) {
        this.g = page.createGraphics();
        this.pixelsPerPoint = pixelsPerPoint;
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setComposite(AlphaComposite.SrcOver);
        g.scale(pixelsPerPoint, pixelsPerPoint);
    }

    @Override
    public void fillRect(Rect r, int argb) {
        g.setColor(Colors.awt(argb));
        g.fill(new Rectangle2D.Double(r.x(), r.y(), r.width(), r.height()));
    }

    @Override
    public void strokeRect(Rect r, double lineWidth, int argb) {
        g.setColor(Colors.awt(argb));
        g.setStroke(new BasicStroke((float) lineWidth));
        g.draw(new Rectangle2D.Double(r.x(), r.y(), r.width(), r.height()));
    }

    @Override
    public void fillPolygon(double[] xy, int argb) {
        g.setColor(Colors.awt(argb));
        g.fill(path(xy));
    }

    @Override
    public void strokePolygon(double[] xy, double lineWidth, int argb) {
        g.setColor(Colors.awt(argb));
        g.setStroke(new BasicStroke((float) lineWidth, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        g.draw(path(xy));
    }

    @Override
    public void text(String text, double x, double baseline, TextStyle style) {
        g.setFont(LayoutFonts.awt(style));
        g.setColor(Colors.awt(style.argb()));
        g.drawString(text, (float) x, (float) baseline);
    }

    @Override
    public void image(BufferedImage image, Rect r, boolean opaque) {
        // In device pixels, so that an image of the rectangle's pixel size is copied, not resampled.
        AffineTransform saved = g.getTransform();
        try {
            g.setTransform(new AffineTransform());
            int x = (int) Math.round(r.x() * pixelsPerPoint);
            int y = (int) Math.round(r.y() * pixelsPerPoint);
            int w = (int) Math.round(r.width() * pixelsPerPoint);
            int h = (int) Math.round(r.height() * pixelsPerPoint);
            if (w == image.getWidth() && h == image.getHeight()) {
                g.drawImage(image, x, y, null);
            } else {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.drawImage(image, x, y, w, h, null);
            }
        } finally {
            g.setTransform(saved);
        }
    }

    private static Path2D.Double path(double[] xy) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            p.lineTo(xy[i], xy[i + 1]);
        }
        p.closePath();
        return p;
    }

    @Override
    public void close() {
        g.dispose();
    }
}

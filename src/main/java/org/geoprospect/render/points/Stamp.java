package org.geoprospect.render.points;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import org.geoprospect.render.Colors;

/**
 * A marker rasterised once (antialiased, by Java2D) into a small pre-multiplied ARGB sprite, then
 * copied into a canvas's {@code int[]} for every point: a few dozen integer operations per point
 * instead of a Java2D fill, which is what lets a million markers draw in milliseconds.
 *
 * <p>The sprite's anchor pixel holds the marker's centre: {@link #blit} puts it on the pixel under the
 * point, so a marker is at most half a pixel off. Immutable and thread-safe (the sprite is only read).
 */
public final class Stamp {
    private final int width;
    private final int height;
    private final int anchorX;
    private final int anchorY;
    private final int[] pixels;
    /** Per row, the first and one past the last non-transparent pixel: blits skip the empty corners. */
    private final int[] rowStart;
    private final int[] rowEnd;

    private Stamp(int width, int height, int anchorX, int anchorY, int[] pixels) {
        this.width = width;
        this.height = height;
        this.anchorX = anchorX;
        this.anchorY = anchorY;
        this.pixels = pixels;
        this.rowStart = new int[height];
        this.rowEnd = new int[height];
        for (int sy = 0; sy < height; sy++) {
            int first = width;
            int last = -1;
            for (int sx = 0; sx < width; sx++) {
                if (pixels[sy * width + sx] >>> 24 != 0) {
                    first = Math.min(first, sx);
                    last = sx;
                }
            }
            rowStart[sy] = first;
            rowEnd[sy] = last + 1;
        }
    }

    /** A single opaque pixel: the cheapest marker, for dense views. */
    public static Stamp pixel(int argb) {
        return new Stamp(1, 1, 0, 0, new int[] {org.geoprospect.render.Colors.premultiply(argb)});
    }

    /**
     * An opaque square of {@code side} × {@code side} pixels, anchored on its top-left pixel (a pixel plot at a
     * device scale above 1).
     */
    public static Stamp block(int side, int argb) {
        if (side <= 1) {
            return pixel(argb);
        }
        int[] pixels = new int[side * side];
        java.util.Arrays.fill(pixels, org.geoprospect.render.Colors.premultiply(argb));
        return new Stamp(side, side, 0, 0, pixels);
    }

    /** A disc of the given radius (pixels), filled, with an outline of the given width (0 for none). */
    public static Stamp disc(double radius, int fillArgb, int outlineArgb, float outlineWidth) {
        return of(new Ellipse2D.Double(-radius, -radius, 2 * radius, 2 * radius), fillArgb, outlineArgb, outlineWidth);
    }

    /** A square of the given half side (pixels). */
    public static Stamp square(double halfSide, int fillArgb, int outlineArgb, float outlineWidth) {
        return of(new Rectangle2D.Double(-halfSide, -halfSide, 2 * halfSide, 2 * halfSide), fillArgb, outlineArgb,
                outlineWidth);
    }

    /** A diamond (square on its point) of the given half diagonal (pixels). */
    public static Stamp diamond(double halfDiagonal, int fillArgb, int outlineArgb, float outlineWidth) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(0, -halfDiagonal);
        path.lineTo(halfDiagonal, 0);
        path.lineTo(0, halfDiagonal);
        path.lineTo(-halfDiagonal, 0);
        path.closePath();
        return of(path, fillArgb, outlineArgb, outlineWidth);
    }

    /**
     * Rasterises a shape centred on (0, 0).
     *
     * @param fillArgb     straight (not pre-multiplied) ARGB fill
     * @param outlineArgb  straight ARGB outline, drawn centred on the shape's edge
     * @param outlineWidth outline width in pixels, 0 for none
     */
    public static Stamp of(Shape shape, int fillArgb, int outlineArgb, float outlineWidth) {
        Rectangle2D bounds = shape.getBounds2D();
        double reach = Math.max(Math.max(-bounds.getMinX(), bounds.getMaxX()), Math.max(-bounds.getMinY(), bounds.getMaxY()));
        int anchor = (int) Math.ceil(reach + outlineWidth / 2 + 1);
        int size = 2 * anchor + 1;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            // The marker's centre at the middle of the anchor pixel.
            Shape placed = AffineTransform.getTranslateInstance(anchor + 0.5, anchor + 0.5).createTransformedShape(shape);
            g.setColor(Colors.awt(fillArgb));
            g.fill(placed);
            if (outlineWidth > 0 && Colors.alpha(outlineArgb) > 0) {
                g.setStroke(new BasicStroke(outlineWidth));
                g.setColor(Colors.awt(outlineArgb));
                g.draw(placed);
            }
        } finally {
            g.dispose();
        }
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData().clone();
        return new Stamp(size, size, anchor, anchor, pixels);
    }

    /**
     * A sprite copied from straight ARGB pixels (row by row), anchored at its middle; for swatches such
     * as a colour ramp that no single shape describes.
     *
     * @throws IllegalArgumentException when the array does not hold width x height pixels
     */
    static Stamp raster(int width, int height, int[] straightArgb) {
        if (width <= 0 || height <= 0 || straightArgb.length != width * height) {
            throw new IllegalArgumentException("A sprite of " + width + " x " + height + " pixels needs as many colours, got "
                    + straightArgb.length + ".");
        }
        int[] pixels = new int[straightArgb.length];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = Colors.premultiply(straightArgb[i]);
        }
        return new Stamp(width, height, width / 2, height / 2, pixels);
    }

    /** Whether the stamp is one opaque pixel (painters then write it directly). */
    boolean isOpaquePixel() {
        return width == 1 && height == 1 && pixels[0] >>> 24 == 255;
    }

    /** The pre-multiplied colour of the anchor pixel. */
    int colorAtAnchor() {
        return pixels[anchorY * width + anchorX];
    }

    /** Pixels from the anchor to the sprite's edge: how far a marker reaches around its point. */
    public int reach() {
        return Math.max(anchorX, anchorY);
    }

    /**
     * Draws the sprite over a pre-multiplied ARGB image (source-over), its anchor on pixel (px, py);
     * the part outside the image is clipped.
     */
    public void blit(int[] dst, int dstWidth, int dstHeight, int px, int py) {
        int left = px - anchorX;
        int top = py - anchorY;
        int x0 = Math.max(0, -left);
        int y0 = Math.max(0, -top);
        int x1 = Math.min(width, dstWidth - left);
        int y1 = Math.min(height, dstHeight - top);
        for (int sy = y0; sy < y1; sy++) {
            int srcRow = sy * width;
            int dstRow = (top + sy) * dstWidth + left;
            for (int sx = Math.max(x0, rowStart[sy]), end = Math.min(x1, rowEnd[sy]); sx < end; sx++) {
                int s = pixels[srcRow + sx];
                int sa = s >>> 24;
                if (sa == 0) {
                    continue;
                }
                int di = dstRow + sx;
                dst[di] = sa == 255 ? s : over(s, dst[di], 255 - sa);
            }
        }
    }

    /**
     * Source-over of pre-multiplied colours: src + dst × (1 − srcAlpha), each product rounded to the
     * nearest level. Two channels per multiplication (red with blue, alpha with green): this runs for
     * every edge pixel of every marker and every overlay pixel composited.
     *
     * @param inverseAlpha 255 minus the source's alpha
     */
    public static int over(int src, int dst, int inverseAlpha) {
        int rb = (dst & 0x00FF00FF) * inverseAlpha + 0x00800080;
        rb = ((rb + ((rb >>> 8) & 0x00FF00FF)) >>> 8) & 0x00FF00FF;
        int ag = ((dst >>> 8) & 0x00FF00FF) * inverseAlpha + 0x00800080;
        ag = (ag + ((ag >>> 8) & 0x00FF00FF)) & 0xFF00FF00;
        // Pre-multiplied channels never exceed alpha, so src + dst × (1 − srcAlpha) stays within 255 per channel.
        return src + (rb | ag);
    }
}

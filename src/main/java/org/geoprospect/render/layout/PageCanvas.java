package org.geoprospect.render.layout;

import java.awt.image.BufferedImage;

/**
 * What {@link LayoutPainter} draws on: a page in points, origin top-left, y downwards. One implementation
 * rasterises with Java2D (the PNG), another writes PDF operators (vector text, embedded font). Colours are
 * non-pre-multiplied ARGB. Not thread-safe.
 */
public interface PageCanvas {
    void fillRect(Rect r, int argb);

    void strokeRect(Rect r, double lineWidth, int argb);

    /** Fills the closed polygon through the points {x0, y0, x1, y1, …}. */
    void fillPolygon(double[] xy, int argb);

    /** Strokes the closed polygon through the points {x0, y0, x1, y1, …}. */
    void strokePolygon(double[] xy, double lineWidth, int argb);

    /** Draws one line of text with its baseline starting at (x, baseline); the text is printable. */
    void text(String text, double x, double baseline, TextStyle style);

    /**
     * Draws an image (straight or pre-multiplied alpha, as its type says) stretched over {@code r}.
     *
     * @param opaque whether the image has no transparent pixel (lets a PDF skip its soft mask)
     */
    void image(BufferedImage image, Rect r, boolean opaque);
}

package org.geoprospect.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Arrays;

/**
 * An image held as one {@code int[]} of pre-multiplied ARGB pixels, row by row from the top-left.
 *
 * <p>The array is shared, never copied: Java2D draws into it through {@link #createGraphics()},
 * fast plotters may write it directly through {@link #pixels()}, and the JavaFX view wraps it in a
 * {@code PixelBuffer} with the pre-multiplied ARGB format. Not thread-safe: one thread draws at a
 * time, and readers must not look while it does.
 */
public final class RasterCanvas {
    private final int width;
    private final int height;
    private final BufferedImage image;
    private final int[] pixels;

    /**
     * Creates a transparent canvas.
     *
     * @throws IllegalArgumentException when a dimension is not positive or the image is too large
     */
    public RasterCanvas(int width, int height) {
        if (width <= 0 || height <= 0 || (long) width * height > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("An image must be between 1 and 46340 pixels wide and high, got "
                    + width + " x " + height + ".");
        }
        this.width = width;
        this.height = height;
        this.image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
        this.pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The live pixel array (pre-multiplied ARGB, index = y * width + x). */
    public int[] pixels() {
        return pixels;
    }

    /** The Java2D image over the same array (for drawing and for image writers). */
    public BufferedImage image() {
        return image;
    }

    /** Fills the whole canvas with one non-pre-multiplied ARGB colour. */
    public void fill(int argb) {
        Arrays.fill(pixels, Colors.premultiply(argb));
    }

    /** A graphics context with antialiasing on for shapes and text; the caller disposes it. */
    public Graphics2D createGraphics() {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_SPEED);
        return g;
    }

    /** The colour of one pixel as non-pre-multiplied ARGB. */
    public int argbAt(int x, int y) {
        return Colors.unpremultiply(pixels[y * width + x]);
    }
}

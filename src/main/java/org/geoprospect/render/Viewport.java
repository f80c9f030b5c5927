package org.geoprospect.render;

import org.locationtech.jts.geom.Envelope;

/**
 * What part of the world a map image shows: a centre and a resolution (metres per pixel) in the
 * project CRS, and a size in pixels.
 *
 * <p>Screen coordinates have their origin at the top-left corner of the image, x to the right and
 * y downwards; world y grows northwards. Instances are immutable and thread-safe; every change
 * returns a new viewport.
 */
public final class Viewport {
    /** Metres per inch, for scale denominators. */
    private static final double METRES_PER_INCH = 0.0254;
    /** The screen resolution that scale denominators assume (CSS reference pixel). */
    public static final double SCREEN_DPI = 96.0;

    private final double centerX;
    private final double centerY;
    private final double metresPerPixel;
    private final int width;
    private final int height;

    private Viewport(double centerX, double centerY, double metresPerPixel, int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("A viewport needs a positive size, got " + width + " x " + height + " pixels.");
        }
        if (!(metresPerPixel > 0) || Double.isInfinite(metresPerPixel)) {
            throw new IllegalArgumentException("A viewport needs a positive resolution, got " + metresPerPixel + " m/pixel.");
        }
        this.centerX = centerX;
        this.centerY = centerY;
        this.metresPerPixel = metresPerPixel;
        this.width = width;
        this.height = height;
    }

    /**
     * Returns the viewport centred on a world point at a resolution.
     *
     * @throws IllegalArgumentException when the size or the resolution is not positive
     */
    public static Viewport of(double centerX, double centerY, double metresPerPixel, int width, int height) {
        return new Viewport(centerX, centerY, metresPerPixel, width, height);
    }

    /**
     * Returns the viewport of the given size that shows the whole envelope, centred, with the
     * largest scale that fits. An empty or degenerate envelope gets 1 m per pixel around its centre
     * (or around 0,0 when empty).
     */
    public static Viewport fitting(Envelope world, int width, int height) {
        if (world == null || world.isNull()) {
            return new Viewport(0, 0, 1, width, height);
        }
        double mpp = Math.max(world.getWidth() / width, world.getHeight() / height);
        if (!(mpp > 0)) {
            mpp = 1;
        }
        return new Viewport(world.centre().x, world.centre().y, mpp, width, height);
    }

    public double centerX() {
        return centerX;
    }

    public double centerY() {
        return centerY;
    }

    public double metresPerPixel() {
        return metresPerPixel;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** World x of the left edge of the image. */
    public double minX() {
        return centerX - width * metresPerPixel / 2;
    }

    /** World y of the top edge of the image. */
    public double maxY() {
        return centerY + height * metresPerPixel / 2;
    }

    /** The world envelope the image shows. */
    public Envelope envelope() {
        double halfW = width * metresPerPixel / 2;
        double halfH = height * metresPerPixel / 2;
        return new Envelope(centerX - halfW, centerX + halfW, centerY - halfH, centerY + halfH);
    }

    public double toScreenX(double worldX) {
        return (worldX - minX()) / metresPerPixel;
    }

    public double toScreenY(double worldY) {
        return (maxY() - worldY) / metresPerPixel;
    }

    public double toWorldX(double screenX) {
        return minX() + screenX * metresPerPixel;
    }

    public double toWorldY(double screenY) {
        return maxY() - screenY * metresPerPixel;
    }

    /** Scale denominator on a {@value #SCREEN_DPI} dpi screen (e.g. 250000 for 1:250 000). */
    public double scaleDenominator() {
        return metresPerPixel * SCREEN_DPI / METRES_PER_INCH;
    }

    /**
     * Zooms so that the world point under the given screen point stays under it.
     *
     * @param factor greater than 1 zooms in (fewer metres per pixel), less than 1 zooms out
     */
    public Viewport zoomAround(double screenX, double screenY, double factor) {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("A zoom factor must be positive, got " + factor + ".");
        }
        double worldX = toWorldX(screenX);
        double worldY = toWorldY(screenY);
        double mpp = metresPerPixel / factor;
        double newMinX = worldX - screenX * mpp;
        double newMaxY = worldY + screenY * mpp;
        return new Viewport(newMinX + width * mpp / 2, newMaxY - height * mpp / 2, mpp, width, height);
    }

    /** Zooms around the centre of the image; see {@link #zoomAround}. */
    public Viewport zoom(double factor) {
        return zoomAround(width / 2.0, height / 2.0, factor);
    }

    /**
     * Moves the map content by the given number of pixels, as a mouse drag does: dragging to the
     * right (positive dx) brings what lay west into view.
     */
    public Viewport pan(double dxPixels, double dyPixels) {
        return new Viewport(centerX - dxPixels * metresPerPixel, centerY + dyPixels * metresPerPixel,
                metresPerPixel, width, height);
    }

    /** Same centre and resolution, new size in pixels (a window resize shows more or less). */
    public Viewport withSize(int newWidth, int newHeight) {
        return new Viewport(centerX, centerY, metresPerPixel, newWidth, newHeight);
    }

    /** Same size and centre, another resolution. */
    public Viewport withMetresPerPixel(double mpp) {
        return new Viewport(centerX, centerY, mpp, width, height);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Viewport v && v.centerX == centerX && v.centerY == centerY
                && v.metresPerPixel == metresPerPixel && v.width == width && v.height == height;
    }

    @Override
    public int hashCode() {
        int h = Double.hashCode(centerX);
        h = 31 * h + Double.hashCode(centerY);
        h = 31 * h + Double.hashCode(metresPerPixel);
        return 31 * (31 * h + width) + height;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "Viewport[centre=(%.1f, %.1f), %.3f m/px, %dx%d]",
                centerX, centerY, metresPerPixel, width, height);
    }
}

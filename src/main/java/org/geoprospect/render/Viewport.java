package org.geoprospect.render;

import org.locationtech.jts.geom.Envelope;

/**
 * What part of the world a map image shows: a centre and a resolution (metres per pixel) in the
 * project CRS, a size in pixels, and a device scale.
 *
 * <p>The <em>device scale</em> (as a browser's device pixel ratio) says how many of this image's pixels
 * make one reference pixel, the {@value #SCREEN_DPI}-dpi pixel that every symbol, line width, font size and
 * label offset of the map is designed in: 1 on screen; {@code dpi / 96} for a printed map, whose symbols and
 * texts then print at the size in points they have on a screen (an 11-px place name at 8.25 pt), whatever the
 * resolution. Painters draw their designed sizes times {@link #deviceScale()}; decisions that depend on the
 * zoom (the aggregation grid, the dots' spacing, record scales) read {@link #referenceMetresPerPixel()} and
 * {@link #scaleDenominator()}, which do not change with the device scale for the same ground. So an image at
 * scale s of the same ground as a screen image, s times its size in pixels, is that image drawn s times
 * larger.
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
    /** Bounds of the device scale (a 50-dpi print is about 0.5; a 400-dpi one about 4.2). */
    public static final double MIN_DEVICE_SCALE = 0.25;
    public static final double MAX_DEVICE_SCALE = 8;

    private final double centerX;
    private final double centerY;
    private final double metresPerPixel;
    private final int width;
    private final int height;
    private final double deviceScale;

    private Viewport(double centerX, double centerY, double metresPerPixel, int width, int height) {
        this(centerX, centerY, metresPerPixel, width, height, 1);
    }

    private Viewport(double centerX, double centerY, double metresPerPixel, int width, int height, double deviceScale) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("A viewport needs a positive size, got " + width + " x " + height + " pixels.");
        }
        if (!(metresPerPixel > 0) || Double.isInfinite(metresPerPixel)) {
            throw new IllegalArgumentException("A viewport needs a positive resolution, got " + metresPerPixel + " m/pixel.");
        }
        if (!(deviceScale >= MIN_DEVICE_SCALE && deviceScale <= MAX_DEVICE_SCALE)) {
            throw new IllegalArgumentException("A device scale must lie between " + MIN_DEVICE_SCALE + " and "
                    + MAX_DEVICE_SCALE + ", got " + deviceScale + ".");
        }
        this.deviceScale = deviceScale;
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

    /** Metres per pixel of this image. */
    public double metresPerPixel() {
        return metresPerPixel;
    }

    /** Image pixels per reference ({@value #SCREEN_DPI}-dpi) pixel: 1 on screen; see the class comment. */
    public double deviceScale() {
        return deviceScale;
    }

    /**
     * Metres per reference pixel ({@link #metresPerPixel()} times the device scale): the resolution the zoom-dependent
     * choices are made at, the same for a screen image and a print of the same ground.
     */
    public double referenceMetresPerPixel() {
        return metresPerPixel * deviceScale;
    }

    /**
     * The same view at another device scale: same centre, size in pixels and metres per pixel.
     *
     * @throws IllegalArgumentException when the scale is outside {@value #MIN_DEVICE_SCALE}..{@value #MAX_DEVICE_SCALE}
     */
    public Viewport withDeviceScale(double scale) {
        return new Viewport(centerX, centerY, metresPerPixel, width, height, scale);
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

    /**
     * Scale denominator (e.g. 250000 for 1:250 000) on a {@value #SCREEN_DPI} dpi screen, or on paper for a
     * print whose device scale is its dpi / {@value #SCREEN_DPI}.
     */
    public double scaleDenominator() {
        return referenceMetresPerPixel() * SCREEN_DPI / METRES_PER_INCH;
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
        return new Viewport(newMinX + width * mpp / 2, newMaxY - height * mpp / 2, mpp, width, height, deviceScale);
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
                metresPerPixel, width, height, deviceScale);
    }

    /** Same centre and resolution, new size in pixels (a window resize shows more or less). */
    public Viewport withSize(int newWidth, int newHeight) {
        return new Viewport(centerX, centerY, metresPerPixel, newWidth, newHeight, deviceScale);
    }

    /** Same size and centre, another resolution. */
    public Viewport withMetresPerPixel(double mpp) {
        return new Viewport(centerX, centerY, mpp, width, height, deviceScale);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Viewport v && v.centerX == centerX && v.centerY == centerY
                && v.metresPerPixel == metresPerPixel && v.width == width && v.height == height
                && v.deviceScale == deviceScale;
    }

    @Override
    public int hashCode() {
        int h = Double.hashCode(centerX);
        h = 31 * h + Double.hashCode(centerY);
        h = 31 * h + Double.hashCode(metresPerPixel);
        return 31 * (31 * (31 * h + width) + height) + Double.hashCode(deviceScale);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "Viewport[centre=(%.1f, %.1f), %.3f m/px, %dx%d%s]",
                centerX, centerY, metresPerPixel, width, height,
                deviceScale == 1 ? "" : String.format(java.util.Locale.ROOT, ", scale %.4g", deviceScale));
    }
}

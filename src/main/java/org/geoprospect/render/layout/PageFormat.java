package org.geoprospect.render.layout;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The page a map layout fills: a paper size (A4 or A3, portrait or landscape) printed at a resolution,
 * or an image of a size in pixels (a screen, a slide). Sizes are in points (1/72 inch); an image of
 * W × H pixels is a page of W × H pixels at {@value #SCREEN_DPI} dpi, so type sizes given in points
 * look on it as they do in the map window. Immutable.
 *
 * <p>The raster resolution is that of the PNG page and of the map picture inside a PDF. The map's
 * symbols, lines and labels are designed in reference pixels of a {@value #SCREEN_DPI}-dpi screen; the map
 * frame is drawn at the {@linkplain #deviceScale() device scale} {@code dpi / 96}, so that they print at
 * their screen size in points whatever the resolution (a pixel is 0.75 pt at 96 dpi: an 11-pixel place
 * name prints at 8.25 pt, a 50-prospect dot 15 pt across); a higher resolution only draws them finer.
 *
 * @param name     what the user typed or chose, e.g. {@code a4-landscape} or {@code 1920x1080}
 * @param widthPt  page width in points
 * @param heightPt page height in points
 * @param dpi      raster resolution, pixels per inch
 * @param paper    true for a paper size, false for a size in pixels
 */
public record PageFormat(String name, double widthPt, double heightPt, double dpi, boolean paper) {
    /** Pixels per inch of a screen, as {@link org.geoprospect.render.Viewport#SCREEN_DPI}. */
    public static final double SCREEN_DPI = 96;
    /** The resolution of paper layouts unless another is asked. */
    public static final double DEFAULT_PAPER_DPI = 150;
    public static final double MIN_DPI = 50;
    public static final double MAX_DPI = 400;
    /** Bounds of each side of a page in pixels (as {@code render --width} accepts). */
    public static final int MIN_PIXELS = 16;
    public static final int MAX_PIXELS = 20_000;
    /** At most this many pixels on a page (about 200 MB of pixels for the page and its map). */
    public static final long MAX_PAGE_PIXELS = 50_000_000L;
    private static final double MM = 72 / 25.4;
    private static final Pattern PIXELS = Pattern.compile("(\\d{1,6})\\s*[x×]\\s*(\\d{1,6})");

    public PageFormat {
        if (!(widthPt > 0) || !(heightPt > 0)) {
            throw new IllegalArgumentException("A page needs a positive size, got " + widthPt + " x " + heightPt + " pt.");
        }
        if (!(dpi >= MIN_DPI && dpi <= MAX_DPI) && paper) {
            throw new IllegalArgumentException("The resolution must be between " + (int) MIN_DPI + " and " + (int) MAX_DPI
                    + " dpi, got " + dpi + ".");
        }
        if ((long) Math.round(widthPt / 72 * dpi) * Math.round(heightPt / 72 * dpi) > MAX_PAGE_PIXELS) {
            throw new IllegalArgumentException("A page of " + Math.round(widthPt / 72 * dpi) + " x "
                    + Math.round(heightPt / 72 * dpi) + " pixels is too large (at most 50 million pixels); choose "
                    + (paper ? "a lower resolution." : "a smaller size."));
        }
    }

    /** A4 (210 × 297 mm) at {@value #DEFAULT_PAPER_DPI} dpi. */
    public static PageFormat a4(boolean landscape) {
        return paper("a4", 210, 297, landscape);
    }

    /** A3 (297 × 420 mm) at {@value #DEFAULT_PAPER_DPI} dpi. */
    public static PageFormat a3(boolean landscape) {
        return paper("a3", 297, 420, landscape);
    }

    private static PageFormat paper(String size, double shortMm, double longMm, boolean landscape) {
        double shortPt = shortMm * MM;
        double longPt = longMm * MM;
        return new PageFormat(size + (landscape ? "-landscape" : "-portrait"), landscape ? longPt : shortPt,
                landscape ? shortPt : longPt, DEFAULT_PAPER_DPI, true);
    }

    /**
     * An image of {@code width} × {@code height} pixels.
     *
     * @throws IllegalArgumentException when a side is outside {@value #MIN_PIXELS}..{@value #MAX_PIXELS}
     */
    public static PageFormat pixels(int width, int height) {
        if (width < MIN_PIXELS || height < MIN_PIXELS || width > MAX_PIXELS || height > MAX_PIXELS) {
            throw new IllegalArgumentException("An image must be between " + MIN_PIXELS + " and " + MAX_PIXELS
                    + " pixels wide and high, got " + width + " x " + height + ".");
        }
        return new PageFormat(width + "x" + height, width * 72 / SCREEN_DPI, height * 72 / SCREEN_DPI, SCREEN_DPI, false);
    }

    /**
     * Reads {@code a4-landscape}, {@code a4-portrait}, {@code a3-landscape}, {@code a3-portrait} (any case)
     * or {@code WIDTHxHEIGHT} in pixels.
     *
     * @throws IllegalArgumentException with one sentence listing what is accepted
     */
    public static PageFormat parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        switch (t) {
            case "a4-landscape": return a4(true);
            case "a4-portrait": return a4(false);
            case "a3-landscape": return a3(true);
            case "a3-portrait": return a3(false);
            default: break;
        }
        Matcher m = PIXELS.matcher(t);
        if (m.matches()) {
            return pixels(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        throw new IllegalArgumentException("Unknown layout '" + (text == null ? "" : text.strip())
                + "': use a4-landscape, a4-portrait, a3-landscape, a3-portrait or WIDTHxHEIGHT in pixels (e.g. 1920x1080).");
    }

    /**
     * The same paper at another resolution.
     *
     * @throws IllegalArgumentException for a size in pixels (its resolution is the screen's), or a resolution
     *                                  outside {@value #MIN_DPI}..{@value #MAX_DPI}
     */
    public PageFormat withDpi(double newDpi) {
        if (!paper) {
            throw new IllegalArgumentException("A size in pixels has no resolution to choose; give a paper size (e.g. a4-landscape) with a resolution.");
        }
        return new PageFormat(name, widthPt, heightPt, newDpi, true);
    }

    public boolean landscape() {
        return widthPt > heightPt;
    }

    /**
     * How many raster pixels draw one reference pixel of the map's design ({@value #SCREEN_DPI} dpi): dpi / 96,
     * 1 for a page in pixels. The map frame's {@link org.geoprospect.render.Viewport#deviceScale()}.
     */
    public double deviceScale() {
        return dpi / SCREEN_DPI;
    }

    /** Pixels per point at the raster resolution. */
    public double pixelsPerPoint() {
        return dpi / 72;
    }

    /** Width of the page's raster in pixels. */
    public int widthPx() {
        return (int) Math.round(widthPt * pixelsPerPoint());
    }

    /** Height of the page's raster in pixels. */
    public int heightPx() {
        return (int) Math.round(heightPt * pixelsPerPoint());
    }
}

package org.geoprospect.render.points;

import static org.geoprospect.render.Colors.rgb;

/**
 * The colours of the "escaping prospects" layer: five classes of the <em>escape probability</em>, the
 * Huff probability that a household buys from a competitor rather than from us (1 − P(us)), in steps of
 * 20 %: red from 80 %, orange 60–80 %, yellow 40–60 %, light green 20–40 %, green under 20 %. ColorBrewer
 * RdYlGn, readable by most colour-blind viewers thanks to its lightness change. Classes rather than a
 * continuous ramp, so that the legend can say what each colour means. Stateless, thread-safe.
 */
public final class EscapeRamp {
    /** The number of classes. */
    public static final int CLASSES = 5;
    /** Class colours, class 0 (escape under 20 %, green) to class 4 (80 % or more, red). */
    private static final int[] COLOURS = {rgb("#1a9850"), rgb("#91cf60"), rgb("#fee08b"), rgb("#fc8d59"), rgb("#d73027")};
    /**
     * Probabilities are floats: an escape probability within this much of a class bound, on the scale where
     * the bounds are 1, 2, 3 and 4, counts as on the bound (0.2 as a float is 0.2000000030).
     */
    private static final double BOUND_TOLERANCE = 1e-6;

    private EscapeRamp() {
    }

    /**
     * The class of a household (or a cell) from its probability of choosing us: 0 when it escapes with
     * probability under 20 %, … 4 when it escapes with probability 80 % or more; values outside 0..1 are
     * clamped.
     *
     * @throws IllegalArgumentException when {@code usProbability} is NaN (a household without any site has no class)
     */
    public static int classOf(double usProbability) {
        if (Double.isNaN(usProbability)) {
            throw new IllegalArgumentException("A probability of choosing us is needed to pick a colour, got NaN.");
        }
        double escape = 1 - Math.max(0, Math.min(1, usProbability));
        return Math.min(CLASSES - 1, (int) Math.floor(escape * CLASSES + BOUND_TOLERANCE));
    }

    /** The lowest escape probability of a class, in per cent (0, 20, 40, 60, 80). */
    public static int lowerBoundPercent(int escapeClass) {
        return escapeClass * 100 / CLASSES;
    }

    /** The opaque straight ARGB colour of a class. */
    public static int classColour(int escapeClass) {
        return COLOURS[escapeClass];
    }

    /** The opaque straight ARGB colour of a probability of choosing us: its class's colour. */
    public static int argb(double usProbability) {
        return COLOURS[classOf(usProbability)];
    }

    /** A horizontal bar of the five colours, red (escaping) on the left, with a dark frame (the legend's swatch). */
    public static Stamp bar(int width, int height) {
        return bar(width, height, 1);
    }

    /** {@link #bar(int, int)} with a frame {@code frame} pixels thick (a legend printed at a device scale). */
    public static Stamp bar(int width, int height, int frame) {
        int[] argb = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                boolean border = x < frame || y < frame || x >= width - frame || y >= height - frame;
                int escapeClass = CLASSES - 1 - Math.min(CLASSES - 1, (x - frame) * CLASSES / Math.max(1, width - 2 * frame));
                argb[y * width + x] = border ? 0xFF404040 : COLOURS[escapeClass];
            }
        }
        return Stamp.raster(width, height, argb);
    }

    /** A square of one class's colour with a dark frame (a legend line's swatch). */
    public static Stamp square(int escapeClass, int side) {
        return square(escapeClass, side, 1);
    }

    /** {@link #square(int, int)} with a frame {@code frame} pixels thick. */
    public static Stamp square(int escapeClass, int side, int frame) {
        int[] argb = new int[side * side];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                boolean border = x < frame || y < frame || x >= side - frame || y >= side - frame;
                argb[y * side + x] = border ? 0xFF404040 : COLOURS[escapeClass];
            }
        }
        return Stamp.raster(side, side, argb);
    }
}

package org.geoprospect.render.points;

import static org.geoprospect.render.Colors.rgb;

/**
 * The diverging colour ramp of the "escaping prospects" layer: the Huff probability of choosing us,
 * from red (0, the household is likely to escape to a competitor) through pale yellow (0.5) to green
 * (1, likely ours); ColorBrewer RdYlGn, readable by most colour-blind viewers thanks to its
 * lightness change. Stateless, thread-safe.
 */
public final class EscapeRamp {
    /** The ramp's stops, at 0, 0.25, 0.5, 0.75 and 1. */
    private static final int[] STOPS = {rgb("#d73027"), rgb("#fc8d59"), rgb("#fee08b"), rgb("#91cf60"), rgb("#1a9850")};

    private EscapeRamp() {
    }

    /**
     * The opaque straight ARGB colour of a probability, linearly interpolated between the stops;
     * values outside 0..1 are clamped.
     *
     * @throws IllegalArgumentException when {@code p} is NaN (a household without any site has no colour)
     */
    public static int argb(double p) {
        if (Double.isNaN(p)) {
            throw new IllegalArgumentException("A probability of choosing us is needed to pick a colour, got NaN.");
        }
        double t = Math.max(0, Math.min(1, p)) * (STOPS.length - 1);
        int i = Math.min(STOPS.length - 2, (int) Math.floor(t));
        double f = t - i;
        int a = STOPS[i];
        int b = STOPS[i + 1];
        return 0xFF000000 | (mix(a >> 16, b >> 16, f) << 16) | (mix(a >> 8, b >> 8, f) << 8) | mix(a, b, f);
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round((a & 0xFF) * (1 - f) + (b & 0xFF) * f);
    }

    /** A horizontal bar of the ramp, red on the left, with a dark frame (the legend's swatch). */
    public static Stamp bar(int width, int height) {
        int[] argb = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                boolean frame = x == 0 || y == 0 || x == width - 1 || y == height - 1;
                argb[y * width + x] = frame ? 0xFF404040 : argb((x - 1) / (double) Math.max(1, width - 3));
            }
        }
        return Stamp.raster(width, height, argb);
    }
}

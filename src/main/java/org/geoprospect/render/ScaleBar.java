package org.geoprospect.render;

import java.util.Locale;

/**
 * Chooses and names scale-bar lengths: round lengths of 1, 2 or 5 × 10^n metres. Stateless.
 */
public final class ScaleBar {
    private static final double[] STEPS = {1, 2, 5};

    private ScaleBar() {
    }

    /**
     * The longest round length whose bar fits in {@code maxPixels} at this resolution.
     *
     * @param metresPerPixel map resolution, positive
     * @param maxPixels      longest acceptable bar, positive
     * @return a length in metres of the form 1, 2 or 5 × 10^n (n may be negative)
     */
    public static double chooseLength(double metresPerPixel, double maxPixels) {
        if (!(metresPerPixel > 0) || !(maxPixels > 0)) {
            throw new IllegalArgumentException("Scale bar needs a positive resolution and width, got "
                    + metresPerPixel + " m/px and " + maxPixels + " px.");
        }
        double maxMetres = metresPerPixel * maxPixels;
        double power = Math.pow(10, Math.floor(Math.log10(maxMetres)));
        double best = power;
        for (double step : STEPS) {
            // A small epsilon keeps 500 m when the bound is 499.9999999 m from rounding.
            if (step * power <= maxMetres * (1 + 1e-9)) {
                best = step * power;
            }
        }
        return best;
    }

    /** "500 m", "1 km", "20 km", "0.5 m". */
    public static String label(double metres) {
        if (metres >= 1000) {
            return format(metres / 1000) + " km";
        }
        return format(metres) + " m";
    }

    private static String format(double value) {
        if (value == Math.rint(value)) {
            return String.valueOf((long) value);
        }
        return String.format(Locale.ROOT, "%s", (float) value).replaceAll("0+$", "");
    }
}

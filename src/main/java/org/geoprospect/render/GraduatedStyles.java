package org.geoprospect.render;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.geoprospect.model.GeometryKind;
import org.geoprospect.model.VectorFeature;

/**
 * "Graduated by a numeric field": the features' values cut into ranges, each range a class coloured from
 * ColorBrewer's sequential "YlOrRd" scheme (pale yellow for the lowest values to dark red for the highest,
 * readable in grey and by the common colour-vision deficiencies). Polygons and points take the colour as
 * fill, lines as stroke, as {@link CategoryStyles} does. Stateless.
 */
public final class GraduatedStyles {
    /** The fewest and most classes offered: beyond seven shades of one hue are not told apart. */
    public static final int MIN_CLASSES = 2;
    public static final int MAX_CLASSES = 7;

    /** How the ranges are cut. */
    public enum Method {
        /** Ranges of equal width between the smallest and the largest value. */
        EQUAL_INTERVALS,
        /** Ranges holding about as many features each (the bounds are values of the data). */
        QUANTILES
    }

    /** ColorBrewer YlOrRd, the schemes of 2 (taken from 3) to 7 classes. */
    private static final String[][] SCHEMES = {
        {"#ffeda0", "#f03b20"},
        {"#ffeda0", "#feb24c", "#f03b20"},
        {"#ffffb2", "#fecc5c", "#fd8d3c", "#e31a1c"},
        {"#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"},
        {"#ffffb2", "#fed976", "#feb24c", "#fd8d3c", "#f03b20", "#bd0026"},
        {"#ffffb2", "#fed976", "#feb24c", "#fd8d3c", "#fc4e2a", "#e31a1c", "#b10026"}};

    private GraduatedStyles() {
    }

    /** The colours of {@code count} classes, lowest first. */
    public static int[] colours(int count) {
        checkCount(count);
        return Arrays.stream(SCHEMES[count - MIN_CLASSES]).mapToInt(Colors::rgb).toArray();
    }

    /**
     * Whether {@code field} holds numbers: every value present among the features is a {@link Number}, and
     * there is at least one.
     */
    public static boolean isNumeric(List<VectorFeature> features, String field) {
        boolean any = false;
        for (VectorFeature f : features) {
            Object value = f.attributes().get(field);
            if (value == null) {
                continue;
            }
            if (!(value instanceof Number)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /**
     * The rules that grade {@code features} by {@code field} on top of {@code base} (its strokes, symbol,
     * sizes and label rule kept; features without a number keep the base style).
     *
     * @param count the number of classes wanted, {@value #MIN_CLASSES} to {@value #MAX_CLASSES}; fewer are
     *              made when the data has fewer distinct values (or, for quantiles, fewer distinct bounds)
     * @throws IllegalArgumentException when no feature has a number in that field, or the count is out of range
     */
    public static LayerSymbology graduate(LayerSymbology base, GeometryKind kind, List<VectorFeature> features,
                                          String field, int count, Method method) {
        checkCount(count);
        double[] values = features.stream().mapToDouble(f -> LayerSymbology.numberOf(f.attributes().get(field)))
                .filter(v -> !Double.isNaN(v) && !Double.isInfinite(v)).sorted().toArray();
        if (values.length == 0) {
            throw new IllegalArgumentException("The field '" + field + "' holds no number to grade the features by.");
        }
        double[] bounds = method == Method.QUANTILES ? quantileBounds(values, count) : equalBounds(values, count);
        int classes = bounds.length - 1;
        int[] colours = colours(Math.max(MIN_CLASSES, classes));
        List<StyleClass> result = new ArrayList<>();
        for (int i = 0; i < classes; i++) {
            // One class only (every value equal): the darkest colour rather than the palest.
            int colour = classes == 1 ? colours[colours.length - 1] : colours[i];
            String label = format(bounds[i]) + " – " + format(bounds[i + 1]);
            result.add(new StyleClass(label, label, CategoryStyles.coloured(base.defaultStyle(), kind, colour),
                    bounds[i], bounds[i + 1]));
        }
        return new LayerSymbology(base.defaultStyle(), field, result, List.of(), base.label());
    }

    private static double[] equalBounds(double[] sorted, int count) {
        double min = sorted[0];
        double max = sorted[sorted.length - 1];
        if (min == max) {
            return new double[] {min, max};
        }
        double[] bounds = new double[count + 1];
        for (int i = 0; i <= count; i++) {
            bounds[i] = i == count ? max : min + (max - min) * i / count;
        }
        return bounds;
    }

    /** Bounds at the values ranked k·n/count, duplicates merged, so a class never is empty by construction. */
    private static double[] quantileBounds(double[] sorted, int count) {
        List<Double> bounds = new ArrayList<>();
        bounds.add(sorted[0]);
        for (int i = 1; i < count; i++) {
            double b = sorted[(int) Math.floor((double) i * sorted.length / count)];
            if (b > bounds.get(bounds.size() - 1)) {
                bounds.add(b);
            }
        }
        double max = sorted[sorted.length - 1];
        if (max > bounds.get(bounds.size() - 1) || bounds.size() == 1) {
            bounds.add(max);
        }
        return bounds.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** A bound as text: whole numbers without decimals, others to four significant digits. */
    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    private static void checkCount(int count) {
        if (count < MIN_CLASSES || count > MAX_CLASSES) {
            throw new IllegalArgumentException("Choose between " + MIN_CLASSES + " and " + MAX_CLASSES
                    + " classes, got " + count + ".");
        }
    }
}

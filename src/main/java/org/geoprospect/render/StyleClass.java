package org.geoprospect.render;

import java.util.Objects;

/**
 * The style of one class of features: those whose class attribute equals {@code value} (a category), or,
 * when the class has a range, those whose numeric value lies in {@code [lower, upper)} (a graduated class;
 * the last class of a layer also takes its upper bound, see {@link LayerSymbology#classIndexOf}).
 *
 * @param value       attribute value matched exactly (as text) by a category; for a graduated class a
 *                    text naming its range; never null
 * @param legendLabel the text shown in the legend; never null
 * @param style       the style; never null
 * @param lower       a graduated class's lower bound (inclusive), or null for a category
 * @param upper       a graduated class's upper bound (exclusive but for the last class), or null for a category
 */
public record StyleClass(String value, String legendLabel, LayerStyle style, Double lower, Double upper) {
    public StyleClass {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(legendLabel, "legendLabel");
        Objects.requireNonNull(style, "style");
        if ((lower == null) != (upper == null)) {
            throw new IllegalArgumentException("A graduated class needs both bounds, got " + lower + " and " + upper + ".");
        }
        if (lower != null && !(lower <= upper)) {
            throw new IllegalArgumentException("A graduated class's lower bound must not exceed its upper bound, got "
                    + lower + " and " + upper + ".");
        }
    }

    /** A category: the features whose attribute equals {@code value}. */
    public StyleClass(String value, String legendLabel, LayerStyle style) {
        this(value, legendLabel, style, null, null);
    }

    /** Whether this is a graduated class (a range of numbers) rather than a category. */
    public boolean graduated() {
        return lower != null;
    }

    /** The same class drawn with another style. */
    public StyleClass withStyle(LayerStyle newStyle) {
        return new StyleClass(value, legendLabel, newStyle, lower, upper);
    }
}

package org.geoprospect.render;

import java.util.List;
import java.util.Objects;
import org.geoprospect.model.VectorFeature;

/**
 * All the drawing rules of one layer: a default style, optional classes chosen by an attribute
 * (drawn in list order, so the last class is on top), an optional fill palette that gives each
 * polygon its own colour, and an optional label rule. Immutable and thread-safe.
 *
 * <p>The classes are either all categories (a feature's attribute text equals a class's value) or all
 * graduated (its number lies in a class's range, classes in ascending order): see {@link StyleClass}.
 *
 * @param defaultStyle style of features matching no class; never null
 * @param classField   attribute choosing the class, or null for no classes
 * @param classes      classes in drawing order (bottom first); never null
 * @param fillPalette  ARGB fills given to polygons in turn by feature position (alpha included), empty for none
 * @param label        label rule, or null for no labels
 */
public record LayerSymbology(LayerStyle defaultStyle, String classField, List<StyleClass> classes,
                             List<Integer> fillPalette, LabelSpec label) {
    public LayerSymbology {
        Objects.requireNonNull(defaultStyle, "defaultStyle");
        classes = List.copyOf(Objects.requireNonNull(classes, "classes"));
        fillPalette = List.copyOf(Objects.requireNonNull(fillPalette, "fillPalette"));
        if (!classes.isEmpty() && classField == null) {
            throw new IllegalArgumentException("Classes need the attribute that chooses them.");
        }
        long graduated = classes.stream().filter(StyleClass::graduated).count();
        if (graduated != 0 && graduated != classes.size()) {
            throw new IllegalArgumentException("A layer's classes are either all categories or all graduated.");
        }
    }

    /** One style for every feature, no labels. */
    public static LayerSymbology single(LayerStyle style) {
        return new LayerSymbology(style, null, List.of(), List.of(), null);
    }

    /** The same rules with another label rule. */
    public LayerSymbology withLabel(LabelSpec newLabel) {
        return new LayerSymbology(defaultStyle, classField, classes, fillPalette, newLabel);
    }

    /** Whether the classes are ranges of a numeric attribute (false without classes). */
    public boolean graduated() {
        return !classes.isEmpty() && classes.get(0).graduated();
    }

    /**
     * Index of the class a feature belongs to: 0..classes.size()-1, or classes.size() for the
     * default style. A graduated class takes the values in [lower, upper), the last one its upper bound
     * too; a value that is not a number matches no graduated class.
     */
    public int classIndexOf(VectorFeature feature) {
        if (classField == null) {
            return classes.size();
        }
        if (graduated()) {
            double number = numberOf(feature.attributes().get(classField));
            int last = classes.size() - 1;
            for (int i = 0; i <= last; i++) {
                StyleClass c = classes.get(i);
                if (number >= c.lower() && (number < c.upper() || (i == last && number == c.upper()))) {
                    return i;
                }
            }
            return classes.size();
        }
        String value = feature.text(classField);
        if (value != null) {
            for (int i = 0; i < classes.size(); i++) {
                if (classes.get(i).value().equals(value)) {
                    return i;
                }
            }
        }
        return classes.size();
    }

    /** The style of a class index as returned by {@link #classIndexOf}. */
    public LayerStyle styleOfClass(int classIndex) {
        return classIndex < classes.size() ? classes.get(classIndex).style() : defaultStyle;
    }

    /** An attribute as a number (Long, Double or numeric text), NaN when it is none. */
    static double numberOf(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof String s && !s.isBlank()) {
            try {
                return Double.parseDouble(s.strip());
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }
}

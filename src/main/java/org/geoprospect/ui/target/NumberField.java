package org.geoprospect.ui.target;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the numbers typed in the criteria panel: blank means "criterion not applied" (null); a decimal
 * comma is accepted (French keyboards); anything else is one sentence naming the field. Stateless.
 */
final class NumberField {
    private NumberField() {
    }

    /** A number ≥ 0, or null when blank. @throws IllegalArgumentException naming {@code field} */
    static Double decimal(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.strip().replace(',', '.'));
            if (!(value >= 0) || Double.isInfinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + field + "\" needs a number of 0 or more, not \"" + text.strip() + "\".", e);
        }
    }

    /** A whole number ≥ 0, or null when blank. @throws IllegalArgumentException naming {@code field} */
    static Integer whole(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value < 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + field + "\" needs a whole number of 0 or more, not \"" + text.strip() + "\".", e);
        }
    }

    /** The comma- or space-separated codes of a text (e.g. postal codes), or an empty list. */
    static List<String> codes(String text) {
        List<String> codes = new ArrayList<>();
        if (text != null) {
            for (String part : text.split("[,;\\s]+")) {
                if (!part.isBlank()) {
                    codes.add(part.strip().toUpperCase(Locale.ROOT));
                }
            }
        }
        return codes;
    }

    /** A number as the panel shows it again when a saved target is loaded ("" for null, no ".0"). */
    static String text(Number value) {
        if (value == null) {
            return "";
        }
        double d = value.doubleValue();
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}

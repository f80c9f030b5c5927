package org.geoprospect.io.csv;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Formats values for CSV cells, independent of the default locale, and quotes cells that need it.
 * Stateless and thread-safe.
 */
public final class CsvCellFormat {
    private static final long[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private CsvCellFormat() {
    }

    /**
     * Appends a number with exactly {@code decimals} digits after the dot, rounded half away from zero
     * (e.g. -0.5477412 with 5 decimals → "-0.54774"). Much faster than String.format for a million rows.
     *
     * @param decimals 0..8
     */
    public static StringBuilder appendFixed(StringBuilder out, double value, int decimals) {
        if (!Double.isFinite(value) || Math.abs(value) > 9e9) {
            return out.append(new BigDecimal(value).setScale(decimals, java.math.RoundingMode.HALF_UP).toPlainString());
        }
        long scale = POWERS_OF_TEN[decimals];
        long scaled = Math.round(Math.abs(value) * scale);
        if (value < 0 && scaled != 0) {
            out.append('-');
        }
        out.append(scaled / scale);
        if (decimals > 0) {
            out.append('.');
            String fraction = Long.toString(scaled % scale);
            for (int i = fraction.length(); i < decimals; i++) {
                out.append('0');
            }
            out.append(fraction);
        }
        return out;
    }

    /** The shortest plain decimal that reads back as the same double (no exponent, no trailing zeros). */
    public static String plain(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** An ISO date (yyyy-MM-dd), or "" for null. */
    public static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /**
     * Appends a text cell, quoted when it contains a comma, a quote, a line break or leading/trailing
     * spaces (which readers trim); quotes inside are doubled. Null is written as an empty cell.
     */
    public static StringBuilder appendText(StringBuilder out, String text) {
        return appendText(out, text, ',');
    }

    /** As {@link #appendText(StringBuilder, String)}, for a file whose cells are separated by {@code separator}. */
    public static StringBuilder appendText(StringBuilder out, String text, char separator) {
        if (text == null || text.isEmpty()) {
            return out;
        }
        if (!needsQuotes(text, separator)) {
            return out.append(text);
        }
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                out.append('"');
            }
            out.append(c);
        }
        return out.append('"');
    }

    private static boolean needsQuotes(String text, char separator) {
        if (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1))) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == separator || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}

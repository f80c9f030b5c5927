package org.geoprospect.io.csv;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * Parses the numbers, dates and yes/no values found in spreadsheet and CRM exports, without regular
 * expressions or exceptions for the common cases (a million rows go through here). Every method takes
 * a trimmed, non-empty cell and returns a "not understood" value instead of throwing; the caller turns
 * that into a sentence naming the row and the column. Stateless and thread-safe.
 */
final class CellValues {
    /** {@link #bool} result for a cell that is no yes/no value. */
    static final int NOT_A_BOOLEAN = -1;

    private CellValues() {
    }

    /**
     * A decimal number: optional sign, digits, one decimal separator (a dot, or a comma when
     * {@code decimalComma}), optional exponent. Spaces (including non-breaking ones) between digit
     * groups and a trailing euro sign are ignored; with a decimal comma, dots before it are thousands
     * separators ({@code 1.234,5}).
     *
     * @return the number, or NaN when the cell is not one
     */
    static double number(String cell, boolean decimalComma) {
        if (isPlainNumber(cell)) {
            return Double.parseDouble(cell);
        }
        StringBuilder b = new StringBuilder(cell.length());
        int comma = cell.indexOf(',');
        if (comma >= 0 && (!decimalComma || comma != cell.lastIndexOf(','))) {
            return Double.NaN;
        }
        int lastDot = cell.lastIndexOf('.');
        boolean dotsAreThousands = comma >= 0 && lastDot >= 0;
        if (dotsAreThousands && lastDot > comma) {
            return Double.NaN;
        }
        int end = cell.length();
        if (cell.charAt(end - 1) == '€') {
            end--;
        }
        for (int i = 0; i < end; i++) {
            char c = cell.charAt(i);
            if (c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\'') {
                continue;
            }
            if (c == ',') {
                b.append('.');
            } else if (c == '.' && dotsAreThousands) {
                continue;
            } else {
                b.append(c);
            }
        }
        String cleaned = b.toString();
        return !cleaned.isEmpty() && isPlainNumber(cleaned) ? Double.parseDouble(cleaned) : Double.NaN;
    }

    /** Digits with an optional sign, one dot and an exponent: exactly what we let Double.parseDouble see. */
    private static boolean isPlainNumber(String s) {
        int i = 0;
        int n = s.length();
        if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            i++;
        }
        int digits = 0;
        boolean dot = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !dot) {
                dot = true;
            } else {
                break;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
                i++;
            }
            int exponentDigits = 0;
            for (; i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) {
                exponentDigits++;
            }
            if (exponentDigits == 0) {
                return false;
            }
        }
        return i == n;
    }

    /**
     * A date as {@code pattern} (when given), ISO {@code yyyy-MM-dd}, {@code yyyy/MM/dd}, or French
     * {@code dd/MM/yyyy} (also {@code d/M/yyyy}, with '.' or '-' between the parts). A time of day after
     * a space or a 'T' is ignored, as Excel and CRMs append {@code 00:00}. Two-digit years are refused
     * (the century would be a guess), as are impossible dates (31/02/2024, 13/13/2024).
     *
     * @return the date, or null when the cell is not one
     */
    static LocalDate date(String cell, DateTimeFormatter pattern) {
        if (pattern != null) {
            try {
                return LocalDate.parse(cell, pattern);
            } catch (DateTimeException e) {
                // not in the stated pattern: try the usual forms below
            }
        }
        String s = withoutTime(cell);
        if (s == null) {
            return null;
        }
        int first = separatorIndex(s, 0);
        int second = first < 0 ? -1 : separatorIndex(s, first + 1);
        if (second < 0 || separatorIndex(s, second + 1) >= 0 || s.charAt(first) != s.charAt(second)) {
            return null;
        }
        int a = digits(s, 0, first);
        int b = digits(s, first + 1, second);
        int c = digits(s, second + 1, s.length());
        if (a < 0 || b < 0 || c < 0) {
            return null;
        }
        try {
            if (first == 4 && s.length() - second - 1 <= 2 && s.charAt(first) != '.') {
                return LocalDate.of(a, b, c);
            }
            if (first <= 2 && second - first - 1 <= 2 && s.length() - second - 1 == 4) {
                return LocalDate.of(c, b, a);
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    /**
     * A time of day: {@code HH:mm}, {@code HH:mm:ss} (fractions of a second dropped) or the French
     * {@code 14h30} / {@code 14h}.
     *
     * @return the time, or null when the cell is not one
     */
    static LocalTime time(String cell) {
        String s = cell.trim();
        int sep = s.indexOf(':');
        if (sep < 0) {
            sep = s.indexOf('h') >= 0 ? s.indexOf('h') : s.indexOf('H');
        }
        if (sep <= 0) {
            return null;
        }
        int hour = digits(s, 0, sep);
        String rest = s.substring(sep + 1);
        int minute = 0;
        int second = 0;
        if (!rest.isEmpty()) {
            int colon = rest.indexOf(':');
            minute = digits(rest, 0, colon < 0 ? rest.length() : colon);
            if (colon >= 0) {
                String sec = rest.substring(colon + 1);
                int dot = sec.indexOf('.');
                second = digits(sec, 0, dot < 0 ? sec.length() : dot);
            }
        } else if (s.charAt(sep) == ':') {
            return null;
        }
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        return LocalTime.of(hour, minute, second);
    }

    /**
     * The time of day written after the date in a date cell ({@code 2026-03-02 14:30},
     * {@code 02/03/2026T14:30:00}), or null when the cell has none or it is not a plain time.
     */
    static LocalTime timeAfterDate(String cell) {
        int cut = cell.indexOf(' ');
        if (cut < 0 && cell.length() > 10 && cell.charAt(10) == 'T') {
            cut = 10;
        }
        return cut < 0 ? null : time(cell.substring(cut + 1));
    }

    private static String withoutTime(String cell) {
        int cut = cell.indexOf(' ');
        if (cut < 0 && cell.length() > 10 && cell.charAt(10) == 'T') {
            cut = 10;
        }
        if (cut < 0) {
            return cell;
        }
        for (int i = cut + 1; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (!(c >= '0' && c <= '9') && c != ':' && c != '.' && c != 'Z' && c != '+' && c != '-' && c != ' ') {
                return null;
            }
        }
        return cell.substring(0, cut);
    }

    private static int separatorIndex(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '/' || c == '-' || c == '.') {
                return i;
            }
        }
        return -1;
    }

    /** The value of s[from, to) when it is 1 to 4 digits, else -1. */
    private static int digits(String s, int from, int to) {
        if (to <= from || to - from > 4) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /**
     * A yes/no value, case-insensitive: true/false, vrai/faux, oui/non, yes/no, o/n, y/n, 1/0, x (a
     * ticked box) .
     *
     * @return 1 for yes, 0 for no, {@link #NOT_A_BOOLEAN} otherwise
     */
    static int bool(String cell) {
        switch (cell.length()) {
            case 1:
                switch (Character.toLowerCase(cell.charAt(0))) {
                    case '1', 'o', 'y', 'x', 'v', 't':
                        return 1;
                    case '0', 'n', 'f':
                        return 0;
                    default:
                        return NOT_A_BOOLEAN;
                }
            case 2, 3, 4, 5:
                String lower = cell.toLowerCase(java.util.Locale.ROOT);
                switch (lower) {
                    case "true", "vrai", "oui", "yes":
                        return 1;
                    case "false", "faux", "non", "no":
                        return 0;
                    default:
                        return NOT_A_BOOLEAN;
                }
            default:
                return NOT_A_BOOLEAN;
        }
    }
}

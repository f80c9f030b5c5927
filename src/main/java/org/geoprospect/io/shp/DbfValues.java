package org.geoprospect.io.shp;

import java.nio.charset.StandardCharsets;

/**
 * Parses dBase number, logical and digit fields straight from record bytes, without building
 * strings for the common cases (why: this runs once per field per record on large imports).
 * Stateless and thread-safe.
 */
final class DbfValues {
    private DbfValues() {
    }

    /**
     * Parses a trimmed, non-empty number field.
     *
     * @return a Long when {@code decimals == 0} and the text is an integer of at most 18 digits,
     *         else a Double; null when the text is not a number
     */
    static Object number(byte[] bytes, int start, int end, int decimals) {
        if (decimals == 0) {
            int i = start;
            boolean negative = false;
            if (bytes[i] == '-' || bytes[i] == '+') {
                negative = bytes[i] == '-';
                i++;
            }
            int digitCount = end - i;
            if (digitCount > 0 && digitCount <= 18) {
                long value = 0;
                boolean allDigits = true;
                for (int k = i; k < end; k++) {
                    int d = bytes[k] - '0';
                    if (d < 0 || d > 9) {
                        allDigits = false;
                        break;
                    }
                    value = value * 10 + d;
                }
                if (allDigits) {
                    return negative ? -value : value;
                }
            }
        }
        String text = new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException notANumber) {
            // Some European tools write a decimal comma.
            if (text.indexOf(',') >= 0 && text.indexOf('.') < 0) {
                try {
                    return Double.parseDouble(text.replace(',', '.'));
                } catch (NumberFormatException stillNotANumber) {
                    return null;
                }
            }
            return null;
        }
    }

    /** T/t/Y/y → true, F/f/N/n → false, anything else ('?', blank) → null. */
    static Boolean logical(byte b) {
        return switch (b) {
            case 'T', 't', 'Y', 'y' -> Boolean.TRUE;
            case 'F', 'f', 'N', 'n' -> Boolean.FALSE;
            default -> null;
        };
    }

    /** The value of {@code count} ASCII digits, or -1 when one is not a digit. */
    static int digits(byte[] bytes, int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            int d = bytes[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    /**
     * Whether every byte of the range is {@code b}: all '*' is the dBase spelling of "value did not fit"
     * and all '0' an empty date, both read as null without a warning.
     */
    static boolean isAll(byte[] bytes, int start, int end, byte b) {
        for (int i = start; i < end; i++) {
            if (bytes[i] != b) {
                return false;
            }
        }
        return true;
    }
}

package org.geoprospect.io;

/**
 * Checks that bytes are well-formed UTF-8 (no overlong forms, no surrogates, nothing past U+10FFFF):
 * the one test behind encoding detection for both CSV files and DBF text. Stateless.
 */
public final class Utf8 {
    private Utf8() {
    }

    /**
     * Whether {@code length} bytes from {@code offset} are valid UTF-8.
     *
     * @param mayBeTruncated true when the bytes are a sample cut from a longer text: a sequence cut by
     *                       the end is then accepted; false: it counts as invalid
     */
    public static boolean isValid(byte[] bytes, int offset, int length, boolean mayBeTruncated) {
        int i = offset;
        int end = offset + length;
        while (i < end) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int extra;
            int min;
            if (b >= 0xC2 && b <= 0xDF) {
                extra = 1;
                min = 0x80;
            } else if (b >= 0xE0 && b <= 0xEF) {
                extra = 2;
                min = 0x800;
            } else if (b >= 0xF0 && b <= 0xF4) {
                extra = 3;
                min = 0x10000;
            } else {
                return false;
            }
            if (i + extra >= end) {
                return mayBeTruncated && continuationsUpTo(bytes, i + 1, end);
            }
            int code = b & (0x3F >> extra);
            for (int k = 1; k <= extra; k++) {
                int c = bytes[i + k] & 0xFF;
                if ((c & 0xC0) != 0x80) {
                    return false;
                }
                code = (code << 6) | (c & 0x3F);
            }
            if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
                return false;
            }
            i += extra + 1;
        }
        return true;
    }

    private static boolean continuationsUpTo(byte[] bytes, int from, int end) {
        for (int i = from; i < end; i++) {
            if ((bytes[i] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }
}

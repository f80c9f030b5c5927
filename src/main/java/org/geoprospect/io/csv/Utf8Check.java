package org.geoprospect.io.csv;

/** Checks that bytes are well-formed UTF-8 (no overlongs, no surrogates, nothing past U+10FFFF). Stateless. */
final class Utf8Check {
    private Utf8Check() {
    }

    /**
     * @param length        how many bytes of {@code bytes} to check
     * @param mayBeTruncated true when the bytes are a sample cut from a longer file: a sequence cut by the
     *                       end is then accepted
     */
    static boolean isValid(byte[] bytes, int length, boolean mayBeTruncated) {
        return org.geoprospect.io.Utf8.isValid(bytes, 0, length, mayBeTruncated);
    }
}

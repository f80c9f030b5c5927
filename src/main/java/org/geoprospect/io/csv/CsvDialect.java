package org.geoprospect.io.csv;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * How a delimited file is written: its cell separator, its text encoding and whether it starts with a
 * byte-order mark. Immutable and thread-safe.
 *
 * @param separator     ',', ';' or '\t'
 * @param charset       the text encoding (UTF-8, Windows-1252 or UTF-16)
 * @param byteOrderMark whether the file starts with a byte-order mark (kept when writing a rejects file,
 *                      so that Excel opens it with the same encoding)
 */
public record CsvDialect(char separator, Charset charset, boolean byteOrderMark) {
    /** The canonical format written by this package's writers. */
    public static final CsvDialect CANONICAL = new CsvDialect(',', StandardCharsets.UTF_8, false);

    public CsvDialect {
        Objects.requireNonNull(charset, "charset");
    }

    /**
     * Whether a comma inside a number is its decimal separator ({@code 12,5}): true when cells are not
     * separated by commas, as in the French Excel exports that use ';'.
     */
    public boolean decimalComma() {
        return separator != ',';
    }

    /** The separator as the user would name it: "comma", "semicolon", "tab"... */
    public String separatorName() {
        return switch (separator) {
            case ',' -> "comma";
            case ';' -> "semicolon";
            case '\t' -> "tab";
            case '|' -> "vertical bar";
            default -> "'" + separator + "'";
        };
    }
}

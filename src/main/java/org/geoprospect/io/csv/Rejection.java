package org.geoprospect.io.csv;

/**
 * A row left out of an import.
 *
 * @param row    1-based row number in the file (the header is row 1)
 * @param reason what is wrong, e.g. {@code the lat cell "abc" is not a number}; names columns, may quote
 *               the offending cell (so do not log reasons of files holding personal data)
 */
public record Rejection(long row, String reason) {
}

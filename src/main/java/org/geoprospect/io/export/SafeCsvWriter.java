package org.geoprospect.io.export;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Writes CSV that is safe to open in a spreadsheet (OWASP "CSV Injection"): a cell whose first
 * character after leading spaces, no-break spaces (U+00A0) or narrow no-break spaces (U+202F) is
 * {@code =}, {@code +}, {@code -}, {@code @}, tab, CR or LF gets a leading apostrophe and is quoted,
 * so that Excel and LibreOffice show it as text instead of evaluating it. Leading blanks are kept
 * after the apostrophe: the value is otherwise unchanged. A plain negative number ({@code -0.55360}: a
 * minus, digits, an optional point and digits, nothing else) is a number to a spreadsheet, not a formula,
 * and is written as it is (longitudes west of Greenwich, e.g. in the tour pack).
 *
 * <p>Quoting (RFC 4180): a cell is quoted when it contains the delimiter, a quote, CR or LF, or was
 * neutralised; quotes inside are doubled. Rows end with CRLF. Null cells are written empty. Text is
 * UTF-8, with a byte order mark when the options ask for it.
 *
 * <p>This writer knows nothing of personal data: it receives cells already approved by
 * {@code privacy.ContactPolicy}. Phone numbers arrive as {@code 06 12 34 56 78} (see
 * {@code privacy.PhoneNumbers#forDisplay}): no leading {@code +} that would earn an apostrophe, and
 * spreadsheets keep them as text instead of dropping the leading zero. Not
 * thread-safe; closing closes the underlying stream.
 */
public final class SafeCsvWriter implements Closeable {
    private static final char BOM = '\uFEFF';
    private static final java.util.regex.Pattern PLAIN_NEGATIVE_NUMBER = java.util.regex.Pattern.compile("-\\d+(\\.\\d+)?");

    private final Writer out;
    private final char delimiter;

    /** Starts a CSV on a stream (writing the BOM when asked). */
    public SafeCsvWriter(OutputStream stream, CsvOptions options) throws IOException {
        Objects.requireNonNull(stream, "stream");
        this.delimiter = options.delimiter();
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        if (options.bom()) {
            out.write(BOM);
        }
    }

    /** Writes one row. */
    public void writeRow(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(delimiter);
            }
            out.write(cell(cells.get(i), delimiter));
        }
        out.write("\r\n");
    }

    /** Writes one row; null cells are written empty. */
    public void writeRow(String... cells) throws IOException {
        writeRow(Arrays.asList(cells));
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    /**
     * The text written for one cell: neutralised when dangerous, quoted when needed.
     *
     * @param value     the cell, null for an empty cell
     * @param delimiter the file's separator
     */
    public static String cell(String value, char delimiter) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        boolean dangerous = isDangerous(value);
        String text = dangerous ? "'" + value : value;
        boolean quote = dangerous || needsQuotes(text, delimiter);
        if (!quote) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    /** Whether a spreadsheet could read the cell as a formula (see the class comment). */
    public static boolean isDangerous(String value) {
        int i = 0;
        while (i < value.length() && isLeadingBlank(value.charAt(i))) {
            i++;
        }
        if (i == value.length()) {
            return false;
        }
        char first = value.charAt(i);
        if (first == '-' && i == 0 && PLAIN_NEGATIVE_NUMBER.matcher(value).matches()) {
            return false;
        }
        return first == '=' || first == '+' || first == '-' || first == '@'
                || first == '\t' || first == '\r' || first == '\n';
    }

    private static boolean isLeadingBlank(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F';
    }

    private static boolean needsQuotes(String text, char delimiter) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == delimiter || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }
}

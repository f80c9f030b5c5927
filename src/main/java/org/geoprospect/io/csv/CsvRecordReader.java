package org.geoprospect.io.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a delimited text into records (RFC 4180 with a chosen separator: comma, semicolon or tab):
 * cells may be quoted with {@code "}, a quoted cell may hold separators, line breaks and doubled quotes
 * ({@code ""}). Lines may end in LF, CRLF or CR. A leading byte-order mark is skipped. Blank lines are
 * skipped.
 *
 * <p>Hand-written rather than Jackson's CsvParser because the household import reads a million rows
 * and only needs strings: one pass over a char buffer; a cell that lies inside the buffer becomes a
 * String straight from it, and empty cells share the empty string.
 *
 * <p>{@link CsvFiles#openReader} decodes invalid bytes as {@link CsvFiles#INVALID_BYTES} (a Unicode
 * noncharacter no text file holds); meeting one becomes a {@link CsvFormatException} naming its row,
 * so that a wrong guess of the encoding never yields mojibake.
 *
 * <p>Not thread-safe. Closing it closes the underlying reader.
 */
public final class CsvRecordReader implements Closeable {
    private static final int BUFFER_SIZE = 1 << 16;

    private final Reader in;
    private final String fileName;
    private final char separator;
    private final String charsetName;
    private final char[] buffer = new char[BUFFER_SIZE];
    private int position;
    private int limit;
    private boolean endOfInput;
    private boolean first = true;
    private long line = 1;
    private long recordRow;
    private final StringBuilder cell = new StringBuilder(64);
    private final List<String> cells = new ArrayList<>(32);

    /**
     * A comma-separated reader.
     *
     * @param in       the text; the caller chooses the charset
     * @param fileName the file's name, used in error messages
     */
    public CsvRecordReader(Reader in, String fileName) {
        this(in, fileName, ',', "UTF-8");
    }

    /**
     * @param in          the text, decoded by the caller
     * @param fileName    the file's name, used in error messages
     * @param separator   the cell separator: ',', ';' or '\t' (any char but a quote or a line break)
     * @param charsetName the charset {@code in} decodes, named in the sentence about invalid bytes
     */
    public CsvRecordReader(Reader in, String fileName, char separator, String charsetName) {
        if (separator == '"' || separator == '\n' || separator == '\r') {
            throw new IllegalArgumentException("A quote or a line break cannot separate cells");
        }
        this.in = in;
        this.fileName = fileName;
        this.separator = separator;
        this.charsetName = charsetName;
    }

    /** The file's name given at construction. */
    public String fileName() {
        return fileName;
    }

    /** The cell separator. */
    public char separator() {
        return separator;
    }

    /** 1-based row (line) number where the record last returned by {@link #next()} starts; the header is row 1. */
    public long row() {
        return recordRow;
    }

    /**
     * Reads the next record.
     *
     * @return its cells (never empty), or null at the end of the input
     * @throws CsvFormatException when a quoted cell is not closed before the end of the file, when text
     *                            follows a closing quote, or when the bytes are not valid in the charset
     */
    public String[] next() throws IOException {
        if (first) {
            first = false;
            if (fill() && buffer[position] == '\uFEFF') {
                position++;
            }
        }
        while (true) {
            int c = peek();
            if (c < 0) {
                return null;
            }
            if (c == '\n' || c == '\r') {
                consumeLineEnd(c);
                continue;
            }
            return readRecord();
        }
    }

    private String[] readRecord() throws IOException {
        recordRow = line;
        cells.clear();
        while (true) {
            int c = peek();
            String value;
            if (c == '"') {
                position++;
                cell.setLength(0);
                readQuotedCell();
                c = peek();
                if (c >= 0 && c != separator && c != '\n' && c != '\r') {
                    throw CsvFormatException.atRow(fileName, recordRow,
                            "a quoted cell is followed by text before the next separator; double the quotes inside a quoted cell (\"\")");
                }
                value = cell.toString();
            } else {
                value = readPlainCell();
                c = peek();
            }
            cells.add(value);
            if (c == separator) {
                position++;
                continue;
            }
            if (c == '\n' || c == '\r') {
                consumeLineEnd(c);
            }
            return cells.toArray(new String[0]);
        }
    }

    /** Reads an unquoted cell; most cells end inside the buffer and are cut from it without a copy to {@link #cell}. */
    private String readPlainCell() throws IOException {
        if (position >= limit && !fill()) {
            return "";
        }
        int start = position;
        while (position < limit) {
            char c = buffer[position];
            if (c == separator || c == '\n' || c == '\r') {
                return position == start ? "" : new String(buffer, start, position - start);
            }
            position++;
        }
        cell.setLength(0);
        cell.append(buffer, start, position - start);
        while (fill()) {
            start = position;
            while (position < limit) {
                char c = buffer[position];
                if (c == separator || c == '\n' || c == '\r') {
                    cell.append(buffer, start, position - start);
                    return cell.toString();
                }
                position++;
            }
            cell.append(buffer, start, position - start);
        }
        return cell.toString();
    }

    private void readQuotedCell() throws IOException {
        while (true) {
            if (position >= limit && !fill()) {
                throw CsvFormatException.atRow(fileName, recordRow,
                        "a quoted cell is not closed before the end of the file; add the missing closing quote");
            }
            char c = buffer[position++];
            if (c == '"') {
                if (peek() == '"') {
                    position++;
                    cell.append('"');
                } else {
                    return;
                }
            } else {
                if (c == '\n') {
                    line++;
                }
                cell.append(c);
            }
        }
    }

    private void consumeLineEnd(int c) throws IOException {
        position++;
        if (c == '\r' && peek() == '\n') {
            position++;
        }
        line++;
    }

    private int peek() throws IOException {
        if (position >= limit && !fill()) {
            return -1;
        }
        return buffer[position];
    }

    /** Refills the buffer when it is used up; returns false at the end of the input. */
    private boolean fill() throws IOException {
        if (position < limit) {
            return true;
        }
        if (endOfInput) {
            return false;
        }
        int n;
        do {
            n = in.read(buffer, 0, buffer.length);
        } while (n == 0);
        if (n > 0) {
            checkDecoded(n);
        }
        if (n < 0) {
            endOfInput = true;
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }

    /**
     * Fails on the first character that the decoder put in place of invalid bytes; the physical line
     * is the current line plus the line breaks before it in the new buffer, so the sentence names it exactly.
     */
    private void checkDecoded(int n) {
        for (int i = 0; i < n; i++) {
            if (buffer[i] == CsvFiles.INVALID_BYTES) {
                long badLine = line;
                for (int j = 0; j < i; j++) {
                    if (buffer[j] == '\n' || (buffer[j] == '\r' && (j + 1 >= n || buffer[j + 1] != '\n'))) {
                        badLine++;
                    }
                }
                throw new CsvFormatException(fileName, badLine, "Row " + badLine + " of " + fileName
                        + " holds bytes that are not valid " + charsetName
                        + " although the start of the file is; save the file again as UTF-8, or state its encoding"
                        + " in a mapping file (\"encoding\": \"windows-1252\").");
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

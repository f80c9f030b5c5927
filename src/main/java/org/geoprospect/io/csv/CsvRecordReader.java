package org.geoprospect.io.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a comma-separated text into records (RFC 4180): cells may be quoted with {@code "}, a quoted
 * cell may hold commas, line breaks and doubled quotes ({@code ""}). Lines may end in LF or CRLF.
 * A leading byte-order mark is skipped. Blank lines are skipped.
 *
 * <p>Hand-written rather than Jackson's CsvParser because the household import reads a million rows
 * and only needs strings: one pass over a char buffer, no per-cell objects besides the strings.
 *
 * <p>Not thread-safe. Closing it closes the underlying reader.
 */
public final class CsvRecordReader implements Closeable {
    private static final int BUFFER_SIZE = 1 << 16;

    private final Reader in;
    private final String fileName;
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
     * @param in       the text; the caller chooses the charset
     * @param fileName the file's name, used in error messages
     */
    public CsvRecordReader(Reader in, String fileName) {
        this.in = in;
        this.fileName = fileName;
    }

    /** The file's name given at construction. */
    public String fileName() {
        return fileName;
    }

    /** 1-based row (line) number where the record last returned by {@link #next()} starts; the header is row 1. */
    public long row() {
        return recordRow;
    }

    /**
     * Reads the next record.
     *
     * @return its cells (never empty), or null at the end of the input
     * @throws CsvFormatException when a quoted cell is not closed before the end of the file
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
            cell.setLength(0);
            int c = peek();
            if (c == '"') {
                position++;
                readQuotedCell();
                c = peek();
                if (c >= 0 && c != ',' && c != '\n' && c != '\r') {
                    throw CsvFormatException.atRow(fileName, recordRow,
                            "a quoted cell is followed by text before the next comma; double the quotes inside a quoted cell (\"\")");
                }
            } else {
                readPlainCell();
                c = peek();
            }
            cells.add(cell.toString());
            if (c == ',') {
                position++;
                continue;
            }
            if (c == '\n' || c == '\r') {
                consumeLineEnd(c);
            }
            return cells.toArray(new String[0]);
        }
    }

    private void readPlainCell() throws IOException {
        while (true) {
            if (position >= limit && !fill()) {
                return;
            }
            int start = position;
            while (position < limit) {
                char c = buffer[position];
                if (c == ',' || c == '\n' || c == '\r') {
                    cell.append(buffer, start, position - start);
                    return;
                }
                position++;
            }
            cell.append(buffer, start, position - start);
        }
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
        if (n < 0) {
            endOfInput = true;
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

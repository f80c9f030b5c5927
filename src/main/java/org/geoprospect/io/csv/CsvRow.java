package org.geoprospect.io.csv;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * One data row of a CSV file, with cell parsers that turn a bad cell into a {@link CsvFormatException}
 * naming the file, the row and the column. Cells are addressed by position (see
 * {@link CsvHeader#positionsOf}); position -1 means an absent column and reads as an empty cell.
 *
 * <p>A cursor: {@link #reset} points it at the next record so that a million-row import allocates no
 * row objects. Not thread-safe.
 */
public final class CsvRow {
    private final CsvHeader header;
    private String[] cells = new String[0];
    private long row;

    public CsvRow(CsvHeader header) {
        this.header = header;
    }

    /**
     * Points this cursor at a record.
     *
     * @throws CsvFormatException when the record has not as many cells as the header has columns
     */
    public CsvRow reset(String[] cells, long row) {
        this.cells = cells;
        this.row = row;
        if (cells.length != header.size()) {
            throw fail("it has " + cells.length + " cell" + (cells.length == 1 ? "" : "s") + " where the header has "
                    + header.size() + " columns; check for a missing or extra comma (quote cells that contain commas)");
        }
        return this;
    }

    /** 1-based row number in the file (the header is row 1). */
    public long row() {
        return row;
    }

    /** The raw cell, trimmed; "" for an absent column. */
    public String cell(int position) {
        return position < 0 ? "" : cells[position].trim();
    }

    /** The cell trimmed, or null when it is empty. */
    public String text(int position) {
        String value = cell(position);
        return value.isEmpty() ? null : value;
    }

    /** The cell trimmed; fails when it is empty. */
    public String requiredText(int position) {
        String value = cell(position);
        if (value.isEmpty()) {
            throw fail("the " + columnName(position) + " cell is empty; every row needs one");
        }
        return value;
    }

    /** A decimal number with a dot as decimal separator; fails when empty or not a number. */
    public double decimal(int position) {
        String value = requiredText(position);
        try {
            double result = Double.parseDouble(value);
            if (Double.isFinite(result)) {
                return result;
            }
        } catch (NumberFormatException e) {
            // reported below with the column and the value
        }
        throw fail("the " + columnName(position) + " cell \"" + value + "\" is not a number (use a dot as decimal separator)");
    }

    /** A decimal number, or {@code whenEmpty} when the cell is empty. */
    public double decimal(int position, double whenEmpty) {
        return cell(position).isEmpty() ? whenEmpty : decimal(position);
    }

    /** A decimal number within [min, max]. */
    public double decimalWithin(int position, double min, double max) {
        double value = decimal(position);
        if (value < min || value > max) {
            throw fail("the " + columnName(position) + " cell " + cell(position) + " is outside " + plain(min) + ".." + plain(max));
        }
        return value;
    }

    /** A whole number; fails when empty or not a whole number. */
    public int integer(int position) {
        String value = requiredText(position);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw fail("the " + columnName(position) + " cell \"" + value + "\" is not a whole number");
        }
    }

    /** A whole number, or {@code whenEmpty} when the cell is empty. */
    public int integer(int position, int whenEmpty) {
        return cell(position).isEmpty() ? whenEmpty : integer(position);
    }

    /** true/false/1/0 (case-insensitive), or {@code whenEmpty} when the cell is empty. */
    public boolean bool(int position, boolean whenEmpty) {
        String value = cell(position);
        if (value.isEmpty()) {
            return whenEmpty;
        }
        switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "1":
                return true;
            case "false", "0":
                return false;
            default:
                throw fail("the " + columnName(position) + " cell \"" + value + "\" is not true, false, 1 or 0");
        }
    }

    /** An ISO date (yyyy-MM-dd), or null when the cell is empty. */
    public LocalDate date(int position) {
        String value = cell(position);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw fail("the " + columnName(position) + " cell \"" + value + "\" is not a date in the form yyyy-MM-dd");
        }
    }

    /** An exception for this row; {@code reason} completes "Row N of FILE cannot be read: ...". */
    public CsvFormatException fail(String reason) {
        return CsvFormatException.atRow(header.fileName(), row, reason);
    }

    private String columnName(int position) {
        return position >= 0 && position < header.size() ? header.names().get(position) : "?";
    }

    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}

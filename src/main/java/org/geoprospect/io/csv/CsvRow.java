package org.geoprospect.io.csv;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * One data row of a CSV file, with cell parsers that turn a bad cell into a {@link CsvFormatException}
 * naming the file, the row and the column (as written in the header). Cells are addressed by position
 * (see {@link ColumnMap#position}); position -1 means an absent column and reads as an empty cell.
 * Numbers, dates and yes/no values are read as {@link CellValues} documents.
 *
 * <p>A cursor: {@link #reset} points it at the next record so that a million-row import allocates no
 * row objects. Not thread-safe.
 */
public final class CsvRow {
    private final CsvHeader header;
    private final boolean decimalComma;
    private final DateTimeFormatter dateFormat;
    private String[] cells = new String[0];
    private long row;

    /** A row of a canonical file: decimal dots, ISO or French dates. */
    public CsvRow(CsvHeader header) {
        this(header, false, null);
    }

    /**
     * @param decimalComma whether a comma is a decimal separator (files not separated by commas)
     * @param dateFormat   a pattern tried before the usual forms, or null
     */
    public CsvRow(CsvHeader header, boolean decimalComma, DateTimeFormatter dateFormat) {
        this.header = header;
        this.decimalComma = decimalComma;
        this.dateFormat = dateFormat;
    }

    /**
     * Points this cursor at a record. Extra trailing cells are accepted when they are empty (spreadsheets
     * write them after the last used column).
     *
     * @throws CsvFormatException when the record has fewer cells than the header has columns, or extra
     *                            cells that are not empty
     */
    public CsvRow reset(String[] cells, long row) {
        this.cells = cells;
        this.row = row;
        if (cells.length != header.size() && !(cells.length > header.size() && trailingCellsEmpty(cells))) {
            throw fail("it has " + cells.length + " cell" + (cells.length == 1 ? "" : "s") + " where the header has "
                    + header.size() + " columns; check for a missing or extra separator (quote cells that contain one)");
        }
        return this;
    }

    private boolean trailingCellsEmpty(String[] record) {
        for (int i = header.size(); i < record.length; i++) {
            if (!record[i].isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Whether every cell of the record is blank (a spreadsheet's empty line such as {@code ;;;;}). */
    static boolean isBlank(String[] record) {
        for (String cell : record) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
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

    /** A decimal number; fails when empty or not a number. */
    public double decimal(int position) {
        String value = requiredText(position);
        double result = CellValues.number(value, decimalComma);
        if (Double.isFinite(result)) {
            return result;
        }
        throw fail("the " + columnName(position) + " cell \"" + value + "\" is not a number"
                + (decimalComma ? "" : " (use a dot as decimal separator)"));
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

    /** A whole number (written "3", "3.0" or "1 234"); fails when empty or not a whole number. */
    public int integer(int position) {
        String value = requiredText(position);
        double number = CellValues.number(value, decimalComma);
        if (number == Math.rint(number) && Math.abs(number) <= Integer.MAX_VALUE) {
            return (int) number;
        }
        throw fail("the " + columnName(position) + " cell \"" + value + "\" is not a whole number");
    }

    /** A whole number, or {@code whenEmpty} when the cell is empty. */
    public int integer(int position, int whenEmpty) {
        return cell(position).isEmpty() ? whenEmpty : integer(position);
    }

    /**
     * A yes/no value (true/false, oui/non, 1/0, yes/no, vrai/faux, o/n, y/n, case-insensitive), or
     * {@code whenEmpty} when the cell is empty.
     */
    public boolean bool(int position, boolean whenEmpty) {
        String value = cell(position);
        if (value.isEmpty()) {
            return whenEmpty;
        }
        int result = CellValues.bool(value);
        if (result == CellValues.NOT_A_BOOLEAN) {
            throw fail("the " + columnName(position) + " cell \"" + value
                    + "\" is not a yes/no value (true/false, oui/non, 1/0, yes/no, vrai/faux)");
        }
        return result == 1;
    }

    /** A date (yyyy-MM-dd, dd/MM/yyyy, d/M/yyyy or the mapping's pattern), or null when the cell is empty. */
    public LocalDate date(int position) {
        String value = cell(position);
        if (value.isEmpty()) {
            return null;
        }
        LocalDate date = CellValues.date(value, dateFormat);
        if (date == null) {
            throw fail("the " + columnName(position) + " cell \"" + value + "\" is not a date in the form yyyy-MM-dd or"
                    + " dd/MM/yyyy (four-digit year)");
        }
        return date;
    }

    /**
     * A date and time: the date as {@link #date} reads it, the time from the {@code timePosition} cell
     * (HH:mm, HH:mm:ss or 14h30) or else from after the date in the same cell, midnight when neither
     * gives one; null when the date cell is empty.
     */
    public LocalDateTime dateTime(int datePosition, int timePosition) {
        LocalDate date = date(datePosition);
        if (date == null) {
            return null;
        }
        String timeCell = cell(timePosition);
        LocalTime time;
        if (!timeCell.isEmpty()) {
            time = CellValues.time(timeCell);
            if (time == null) {
                throw fail("the " + columnName(timePosition) + " cell \"" + timeCell + "\" is not a time of day in the form"
                        + " HH:mm (such as 14:30)");
            }
        } else {
            time = CellValues.timeAfterDate(cell(datePosition));
        }
        return date.atTime(time == null ? LocalTime.MIDNIGHT : time);
    }

    /** The record's cells as read (not trimmed), for a rejects file; do not modify. */
    String[] cells() {
        return cells;
    }

    /** An exception for this row; {@code reason} completes "Row N of FILE cannot be read: ...". */
    public CsvFormatException fail(String reason) {
        return CsvFormatException.atRow(header.fileName(), row, reason);
    }

    /** The column's header as written, for sentences. */
    public String columnName(int position) {
        return position >= 0 && position < header.size() ? header.names().get(position) : "?";
    }

    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}

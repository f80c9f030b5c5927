package org.geoprospect.cli;

import java.io.PrintWriter;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A table printed on the terminal: each column as wide as its widest cell or title (so that no name is
 * cut), numbers aligned right with thousands separators, two spaces between columns. The command line's
 * text is English, so numbers are formatted for English. Not thread-safe; print once.
 */
final class TextTable {
    private final List<String> titles;
    private final boolean[] numeric;
    private final List<String[]> rows = new ArrayList<>();

    /**
     * @param titles the column titles; a title starting with {@code >} is a numeric column (aligned right),
     *               the mark is not printed
     */
    TextTable(String... titles) {
        this.titles = new ArrayList<>();
        this.numeric = new boolean[titles.length];
        for (int i = 0; i < titles.length; i++) {
            numeric[i] = titles[i].startsWith(">");
            this.titles.add(numeric[i] ? titles[i].substring(1) : titles[i]);
        }
    }

    /** A whole number as printed: "8,518". */
    static String integer(long value) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(value);
    }

    /** An amount rounded to the euro: "197,947 €". */
    static String euros(double value) {
        return integer(Math.round(value)) + " €";
    }

    /** Adds a row of cells, one per column (null prints as empty). */
    TextTable row(Object... cells) {
        if (cells.length != titles.size()) {
            throw new IllegalArgumentException("A row of " + cells.length + " cells for " + titles.size() + " columns");
        }
        String[] text = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            text[i] = cells[i] == null ? "" : cells[i] instanceof Long || cells[i] instanceof Integer
                    ? integer(((Number) cells[i]).longValue()) : cells[i].toString();
        }
        rows.add(text);
        return this;
    }

    void print(PrintWriter out) {
        int[] widths = new int[titles.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = titles.get(i).length();
            for (String[] row : rows) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        out.println(line(titles.toArray(new String[0]), widths));
        for (String[] row : rows) {
            out.println(line(row, widths));
        }
    }

    private String line(String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                line.append("  ");
            }
            String pad = " ".repeat(widths[i] - cells[i].length());
            line.append(numeric[i] ? pad + cells[i] : cells[i] + (i == cells.length - 1 ? "" : pad));
        }
        return line.toString();
    }
}

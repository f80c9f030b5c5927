package org.geoprospect.io.csv;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The column index of a CSV header: column name → position. Names are matched trimmed and
 * case-insensitively. Immutable and thread-safe.
 */
public final class CsvHeader {
    private final String fileName;
    private final List<String> names;
    private final Map<String, Integer> positions = new LinkedHashMap<>();

    private CsvHeader(String fileName, String[] cells) {
        this.fileName = fileName;
        List<String> normalized = new ArrayList<>(cells.length);
        for (int i = 0; i < cells.length; i++) {
            String name = normalize(cells[i]);
            normalized.add(name);
            if (!name.isEmpty() && positions.putIfAbsent(name, i) != null) {
                throw new CsvFormatException(fileName, 1, "The header of " + fileName + " names the column "
                        + name + " twice; keep one of them.");
            }
        }
        this.names = Collections.unmodifiableList(normalized);
    }

    /**
     * Indexes a header row.
     *
     * @param fileName used in error messages
     * @param cells    the header's cells, as read
     * @throws CsvFormatException when a column name appears twice
     */
    public static CsvHeader of(String fileName, String[] cells) {
        return new CsvHeader(fileName, cells);
    }

    private static String normalize(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    /** The file's name given at construction. */
    public String fileName() {
        return fileName;
    }

    /** Number of columns in the header. */
    public int size() {
        return names.size();
    }

    /** Column names, normalized, in file order. */
    public List<String> names() {
        return names;
    }

    /** Position of a column, or -1 when absent. */
    public int indexOf(String name) {
        Integer position = positions.get(normalize(name));
        return position == null ? -1 : position;
    }

    /**
     * Checks that every required column is present.
     *
     * @throws CsvFormatException naming the missing columns, when some are absent
     */
    public void require(List<String> required) {
        List<String> missing = required.stream().filter(name -> indexOf(name) < 0).toList();
        if (!missing.isEmpty()) {
            throw new CsvFormatException(fileName, 1, "The header of " + fileName + " lacks the column"
                    + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
                    + "; the expected header is " + String.join(",", required) + ".");
        }
    }

    /** Positions of the given columns, in the given order; -1 for an absent column. */
    public int[] positionsOf(List<String> columns) {
        int[] result = new int[columns.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = indexOf(columns.get(i));
        }
        return result;
    }
}

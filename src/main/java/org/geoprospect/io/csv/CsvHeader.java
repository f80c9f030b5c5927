package org.geoprospect.io.csv;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV header: the column names as written (trimmed) and their normalised forms
 * ({@link ColumnNames#normalize}), by position. Repeated names are allowed here; which one is read is
 * decided by {@link ColumnMap} (the first). Immutable and thread-safe.
 */
public final class CsvHeader {
    private final String fileName;
    private final List<String> names;
    private final List<String> normalized;
    private final Map<String, Integer> positions = new HashMap<>();

    private CsvHeader(String fileName, String[] cells) {
        this.fileName = fileName;
        List<String> trimmed = new ArrayList<>(cells.length);
        List<String> keys = new ArrayList<>(cells.length);
        for (int i = 0; i < cells.length; i++) {
            String name = cells[i].trim();
            String key = ColumnNames.normalize(name);
            trimmed.add(name);
            keys.add(key);
            if (!key.isEmpty()) {
                positions.putIfAbsent(key, i);
            }
        }
        this.names = Collections.unmodifiableList(trimmed);
        this.normalized = Collections.unmodifiableList(keys);
    }

    /**
     * Indexes a header row.
     *
     * @param fileName used in error messages
     * @param cells    the header's cells, as read
     */
    public static CsvHeader of(String fileName, String[] cells) {
        return new CsvHeader(fileName, cells);
    }

    /** The file's name given at construction. */
    public String fileName() {
        return fileName;
    }

    /** Number of columns in the header. */
    public int size() {
        return names.size();
    }

    /** Column names as written (trimmed), in file order. */
    public List<String> names() {
        return names;
    }

    /** Column names normalised ({@link ColumnNames#normalize}), in file order. */
    public List<String> normalizedNames() {
        return normalized;
    }

    /** Position of the first column whose normalised name equals that of {@code name}, or -1. */
    public int indexOf(String name) {
        Integer position = positions.get(ColumnNames.normalize(name));
        return position == null ? -1 : position;
    }
}

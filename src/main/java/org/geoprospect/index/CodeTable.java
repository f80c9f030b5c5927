package org.geoprospect.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A growing table of distinct strings (commune codes, age bands...) numbered 0, 1, 2... in the
 * order they were first seen, so that columns can hold a small integer instead of a string.
 *
 * <p>Not thread-safe while it grows; the columns only read a finished table.
 */
final class CodeTable {
    private final String what;
    private final int capacity;
    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<String> values = new ArrayList<>();

    /**
     * @param what     what the values are, for the error message ("commune codes")
     * @param capacity the largest number of distinct values the column type can hold
     */
    CodeTable(String what, int capacity) {
        this.what = what;
        this.capacity = capacity;
    }

    /** The number of a value, adding it when new; -1 for null. */
    int numberOf(String value) {
        if (value == null) {
            return -1;
        }
        Integer known = numbers.get(value);
        if (known != null) {
            return known;
        }
        if (values.size() == capacity) {
            throw new IllegalArgumentException("The households hold more than " + capacity + " distinct " + what
                    + "; the in-memory index cannot hold them, check that column of the source file.");
        }
        int number = values.size();
        numbers.put(value, number);
        values.add(value);
        return number;
    }

    /** The distinct values, by number. */
    List<String> values() {
        return List.copyOf(values);
    }
}

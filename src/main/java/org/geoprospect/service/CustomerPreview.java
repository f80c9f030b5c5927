package org.geoprospect.service;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a customer CSV file holds, read before importing it, for the import dialog. The column mapping,
 * placement methods and rejections are those of the first {@code sampleRows} rows read as {@code kind}.
 * Personal cells of household files (names, address, phone, email) and objection files (phone, email) are
 * masked in {@code rows}: the
 * preview only needs to show that the columns were found. Immutable.
 *
 * @param kind            the kind the file was read as
 * @param guessedKind     the kind its headers fit best, or null when they fit none
 * @param separatorName   "comma", "semicolon", "tab"…
 * @param encoding        the text encoding detected
 * @param headers         the file's headers as written
 * @param rows            the first rows' cells as written (personal cells masked), aligned with {@code headers}
 * @param columns         canonical column → the file's header that feeds it, in canonical order
 * @param ignoredColumns  headers that feed no column
 * @param placedBy        rows of the sample placed by each method (lon_lat, projected_xy, insee_code, postal_code)
 * @param totalRows       data rows in the whole file
 * @param sampleRows      rows read as {@code kind} to fill the fields above
 * @param sampleRejected  rows of the sample that would be rejected
 * @param firstRejection  the reason of the first of them, or null
 * @param notes           remarks of the reader on the sample
 * @param problem         why the file cannot be imported as {@code kind} (e.g. a required column is missing),
 *                        or null when it can
 */
public record CustomerPreview(CustomerFileKind kind, CustomerFileKind guessedKind, String separatorName, String encoding,
                              List<String> headers, List<List<String>> rows, Map<String, String> columns,
                              List<String> ignoredColumns, Map<String, Long> placedBy, long totalRows, long sampleRows,
                              long sampleRejected, String firstRejection, List<String> notes, String problem) {
    /** What masked cells show. */
    public static final String MASK = "•••";

    public CustomerPreview {
        Objects.requireNonNull(kind, "kind");
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
        columns = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(columns));
        ignoredColumns = List.copyOf(ignoredColumns);
        placedBy = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(placedBy));
        notes = List.copyOf(notes);
    }

    /** Whether the file can be imported as {@link #kind()}. */
    public boolean importable() {
        return problem == null;
    }
}

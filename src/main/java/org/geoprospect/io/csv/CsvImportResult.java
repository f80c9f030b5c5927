package org.geoprospect.io.csv;

import java.util.List;
import java.util.Objects;

/**
 * The accepted rows of a small customer file (clients, competitors, objections) and the report of its import.
 *
 * @param rows   accepted rows in file order; unmodifiable
 * @param report counts, rejections and the columns used
 */
public record CsvImportResult<T>(List<T> rows, CsvImportReport report) {
    public CsvImportResult {
        rows = List.copyOf(rows);
        Objects.requireNonNull(report, "report");
    }
}

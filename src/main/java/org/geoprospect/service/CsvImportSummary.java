package org.geoprospect.service;

import java.util.List;
import java.util.Map;

/**
 * What a customer-file import did; the first five fields are the {@code import … --json} keys the
 * issue names, the others help the user check the import.
 *
 * @param read        data rows in the file
 * @param imported    records new to the project
 * @param updated     records that existed (same key) and were updated
 * @param rejected    rows that could not be parsed or placed (listed in the rejects file)
 * @param rejectsFile the rejects CSV written beside the input, or null when no row was rejected
 * @param columns     which header of the file fed each canonical column
 * @param ignoredColumns headers of the file that were not used
 * @param placedBy    how many rows were placed by each method (lon_lat, projected_xy, insee_code, postal_code)
 * @param notes       sentences worth reading (ambiguous postal codes, defaults applied…)
 */
public record CsvImportSummary(long read, long imported, long updated, long rejected, String rejectsFile,
                               Map<String, String> columns, List<String> ignoredColumns, Map<String, Long> placedBy,
                               List<String> notes) {
    public CsvImportSummary {
        columns = Map.copyOf(columns);
        ignoredColumns = List.copyOf(ignoredColumns);
        placedBy = Map.copyOf(placedBy);
        notes = List.copyOf(notes);
    }
}

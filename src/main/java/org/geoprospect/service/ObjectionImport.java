package org.geoprospect.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.geoprospect.io.csv.CsvImportOptions;
import org.geoprospect.io.csv.CsvImportResult;
import org.geoprospect.io.csv.ObjectionCsvReader;
import org.geoprospect.io.csv.ObjectionRow;
import org.geoprospect.privacy.Objection;

/** Reads an objection file (opt-outs, do-not-call entries) and records it through the privacy register. */
final class ObjectionImport {
    private ObjectionImport() {
    }

    /**
     * Imports the objections of {@code file}; each applies to the channel of its row, or to all
     * channels when the row names none. The file's name is kept as each objection's source.
     */
    static CsvImportSummary importFile(Path projectDir, Path file, int projectSrid) throws IOException {
        CsvImportResult<ObjectionRow> result = ObjectionCsvReader.read(file, CsvImportOptions.into(projectSrid));
        String source = file.getFileName().toString();
        List<Objection> objections = result.rows().stream()
                .map(row -> new Objection(row.anonCode(), row.email(), row.phone(), row.channel(), row.date(), source))
                .toList();
        int recorded = new ExportService().recordObjections(projectDir, objections);
        String rejects = result.report().writeRejectsBeside(file).map(p -> p.toAbsolutePath().toString()).orElse(null);
        return new CsvImportSummary(result.report().read(), recorded, 0, result.report().rejected(), rejects,
                result.report().columns(), result.report().ignoredColumns(), java.util.Map.of(), result.report().notes());
    }
}

package org.geoprospect.io.csv;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import org.geoprospect.model.Competitor;

/**
 * Writes competitors in the canonical format ({@link CanonicalColumns#COMPETITORS}): UTF-8, LF, lon/lat
 * with 5 decimals, attractiveness as a plain decimal. Stateless and thread-safe.
 */
public final class CompetitorCsvWriter {
    private CompetitorCsvWriter() {
    }

    /** Creates (or replaces) a file holding these competitors in list order. */
    public static void write(Path file, List<Competitor> competitors) throws IOException {
        try (Writer out = CsvFiles.openWriter(file)) {
            write(out, competitors);
        }
    }

    /** Writes the header and the rows to a caller-owned writer (not closed). */
    public static void write(Writer out, List<Competitor> competitors) throws IOException {
        out.write(String.join(",", CanonicalColumns.COMPETITORS));
        out.write('\n');
        StringBuilder b = new StringBuilder(120);
        for (Competitor c : competitors) {
            b.setLength(0);
            CsvCellFormat.appendText(b, c.code()).append(',');
            CsvCellFormat.appendText(b, c.name()).append(',');
            CsvCellFormat.appendText(b, c.brand()).append(',');
            CsvCellFormat.appendFixed(b, c.lon(), 5).append(',');
            CsvCellFormat.appendFixed(b, c.lat(), 5).append(',');
            b.append(CsvCellFormat.plain(c.attractiveness())).append('\n');
            out.append(b);
        }
    }
}

package org.geoprospect.io.csv;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import org.geoprospect.model.Client;

/**
 * Writes clients in the canonical format ({@link CanonicalColumns#CLIENTS}): UTF-8, LF, lon/lat with
 * 5 decimals, amounts as plain decimals (no exponent, no thousands separator), ISO dates, true/false.
 * Stateless and thread-safe.
 */
public final class ClientCsvWriter {
    private ClientCsvWriter() {
    }

    /** Creates (or replaces) a file holding these clients in list order. */
    public static void write(Path file, List<Client> clients) throws IOException {
        try (Writer out = CsvFiles.openWriter(file)) {
            write(out, clients);
        }
    }

    /** Writes the header and the rows to a caller-owned writer (not closed). */
    public static void write(Writer out, List<Client> clients) throws IOException {
        out.write(String.join(",", CanonicalColumns.CLIENTS));
        out.write('\n');
        StringBuilder b = new StringBuilder(200);
        for (Client c : clients) {
            b.setLength(0);
            CsvCellFormat.appendText(b, c.code()).append(',');
            CsvCellFormat.appendText(b, c.name()).append(',');
            b.append(c.category().code()).append(',');
            CsvCellFormat.appendText(b, c.sector()).append(',');
            CsvCellFormat.appendFixed(b, c.lon(), 5).append(',');
            CsvCellFormat.appendFixed(b, c.lat(), 5).append(',');
            b.append(CsvCellFormat.plain(c.revenue())).append(',');
            b.append(CsvCellFormat.plain(c.grossMargin())).append(',');
            b.append(c.invoiceCount()).append(',');
            b.append(CsvCellFormat.date(c.firstOrderDate())).append(',');
            b.append(CsvCellFormat.date(c.lastOrderDate())).append(',');
            b.append(c.paymentIncidents()).append(',');
            b.append(c.difficult()).append(',');
            b.append(c.motivated()).append('\n');
            out.append(b);
        }
    }
}

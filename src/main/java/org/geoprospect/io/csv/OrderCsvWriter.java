package org.geoprospect.io.csv;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import org.geoprospect.model.OrderLine;

/**
 * Writes order lines in the canonical format ({@link CanonicalColumns#ORDERS}): UTF-8, LF, amounts with two
 * decimals (cents), ISO dates, the line's key in the {@code line} column. What it writes, {@link OrderCsvReader}
 * reads back unchanged. Stateless and thread-safe.
 */
public final class OrderCsvWriter {
    private OrderCsvWriter() {
    }

    /** Creates (or replaces) a file holding these lines in list order. */
    public static void write(Path file, List<OrderLine> lines) throws IOException {
        try (Writer out = CsvFiles.openWriter(file)) {
            write(out, lines);
        }
    }

    /** Writes the header and the rows to a caller-owned writer (not closed). */
    public static void write(Writer out, List<OrderLine> lines) throws IOException {
        out.write(String.join(",", CanonicalColumns.ORDERS));
        out.write('\n');
        StringBuilder b = new StringBuilder(120);
        for (OrderLine line : lines) {
            var o = line.order();
            b.setLength(0);
            CsvCellFormat.appendText(b, o.orderKey()).append(',');
            CsvCellFormat.appendText(b, line.lineKey()).append(',');
            CsvCellFormat.appendText(b, o.clientCode()).append(',');
            b.append(CsvCellFormat.date(o.date())).append(',');
            CsvCellFormat.appendFixed(b, o.amount(), 2).append(',');
            CsvCellFormat.appendFixed(b, o.grossMargin(), 2).append(',');
            CsvCellFormat.appendText(b, o.product() == null ? "" : o.product()).append(',');
            CsvCellFormat.appendText(b, o.channel() == null ? "" : o.channel()).append('\n');
            out.append(b);
        }
    }
}

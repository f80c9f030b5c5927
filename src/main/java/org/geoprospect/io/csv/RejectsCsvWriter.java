package org.geoprospect.io.csv;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/** Copies the rejected rows of a file, with their reasons, to a rejects CSV. Stateless. */
final class RejectsCsvWriter {
    static final String REASON_COLUMN = "reject_reason";

    private RejectsCsvWriter() {
    }

    /**
     * Reads {@code source} again in its dialect and writes its header plus {@value #REASON_COLUMN}, then
     * each rejected row (cells as read, padded to the header's width) plus its reason.
     */
    static void write(Path source, CsvDialect dialect, List<Rejection> rejections, Path target) throws IOException {
        char separator = dialect.separator();
        try (CsvRecordReader records = new CsvRecordReader(CsvFiles.openReader(source, dialect), CsvFiles.name(source),
                separator, dialect.charset().name());
             Writer out = CsvFiles.openWriter(target, dialect.charset())) {
            if (dialect.byteOrderMark()) {
                out.write('\uFEFF');
            }
            String[] header = records.next();
            int width = header == null ? 0 : header.length;
            StringBuilder line = new StringBuilder(256);
            writeLine(out, line, header == null ? new String[0] : header, width, REASON_COLUMN, separator);
            int next = 0;
            String[] cells;
            while (next < rejections.size() && (cells = records.next()) != null) {
                Rejection rejection = rejections.get(next);
                if (records.row() == rejection.row()) {
                    writeLine(out, line, cells, width, rejection.reason(), separator);
                    next++;
                }
            }
        }
    }

    private static void writeLine(Writer out, StringBuilder line, String[] cells, int width, String last, char separator)
            throws IOException {
        line.setLength(0);
        int count = Math.max(cells.length, width);
        for (int i = 0; i < count; i++) {
            CsvCellFormat.appendText(line, i < cells.length ? cells[i] : "", separator);
            line.append(separator);
        }
        CsvCellFormat.appendText(line, last, separator);
        line.append('\n');
        out.append(line);
    }
}

package org.geoprospect.io.csv;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * An open customer file, shared by the readers: detects the dialect, reads and maps the header, hands
 * out data rows through one {@link CsvRow} cursor, and keeps the {@link CsvImportReport} up to date.
 * Blank lines (including a spreadsheet's {@code ;;;;}) are skipped and not counted.
 *
 * <p>When the first {@value #ALL_REJECTED_LIMIT} rows are all rejected, the file is almost surely read
 * the wrong way (wrong separator, mapping or SRID): reading stops with one sentence instead of
 * rejecting a whole file row by row. Not thread-safe.
 */
final class CsvSource implements Closeable {
    static final int ALL_REJECTED_LIMIT = 1000;

    private final String fileName;
    private final CsvRecordReader records;
    private final ColumnMap columns;
    private final CsvRow row;
    private final CsvImportReport.Builder report;
    private final boolean strict;

    private CsvSource(String fileName, CsvRecordReader records, ColumnMap columns, CsvRow row,
                      CsvImportReport.Builder report, boolean strict) {
        this.fileName = fileName;
        this.records = records;
        this.columns = columns;
        this.row = row;
        this.report = report;
        this.strict = strict;
    }

    /**
     * Opens a file of the given kind.
     *
     * @throws CsvFormatException when the file does not exist, is not text, is empty, or its header lacks
     *                            a required column
     */
    static CsvSource open(Path file, FileSchema schema, CsvImportOptions options) throws IOException {
        String name = CsvFiles.name(file);
        if (Files.isDirectory(file)) {
            throw new CsvFormatException(name, 0, "The path " + file + " is a folder, not a CSV file; give the file itself.");
        }
        CsvDialect dialect;
        try {
            dialect = CsvDialectDetector.detect(file, options.mapping().separator(), options.mapping().encoding());
        } catch (NoSuchFileException e) {
            throw new CsvFormatException(name, 0, "The file " + file + " does not exist; check its path.");
        }
        CsvRecordReader records = new CsvRecordReader(CsvFiles.openReader(file, dialect), name, dialect.separator(),
                dialect.charset().name());
        try {
            String[] headerCells = records.next();
            while (headerCells != null && CsvRow.isBlank(headerCells)) {
                headerCells = records.next();
            }
            if (headerCells == null) {
                throw new CsvFormatException(name, 0, "The file " + name + " is empty; it needs a header row (such as "
                        + String.join(",", schema.columns().subList(0, Math.min(4, schema.columns().size())))
                        + ",…) and one row per " + schema.kind().replaceAll("s$", "") + ".");
            }
            CsvHeader header = CsvHeader.of(name, headerCells);
            ColumnMap columns = ColumnMap.of(header, schema, options.mapping());
            CsvRow row = new CsvRow(header, dialect.decimalComma(), options.mapping().dateFormat());
            CsvImportReport.Builder report = new CsvImportReport.Builder(file, schema.kind(), dialect, columns);
            return new CsvSource(name, records, columns, row, report, options.strict());
        } catch (IOException | RuntimeException e) {
            records.close();
            throw e;
        }
    }

    /** Where each canonical column is. */
    ColumnMap columns() {
        return columns;
    }

    /**
     * Moves to the next data row.
     *
     * @return the cursor, or null at the end of the file
     */
    CsvRow next() throws IOException {
        while (true) {
            String[] cells = records.next();
            if (cells == null) {
                return null;
            }
            if (CsvRow.isBlank(cells)) {
                continue;
            }
            report.read();
            try {
                return row.reset(cells, records.row());
            } catch (CsvFormatException e) {
                reject(e);
            }
        }
    }

    /** 1-based row number of the record last read (the header is row 1). */
    long rowNumber() {
        return records.row();
    }

    /** Counts the current row as accepted. */
    void accept(Placement placement) {
        report.accept(placement);
    }

    /**
     * Records a bad row, or throws in strict mode.
     *
     * @throws CsvFormatException in strict mode (this row's), or when the first rows are all rejected
     */
    void reject(CsvFormatException e) {
        if (strict) {
            throw e;
        }
        report.reject(e.row(), e.reason());
        if (report.accepted() == 0 && report.rejected() >= ALL_REJECTED_LIMIT) {
            Rejection first = report.firstRejection();
            throw new CsvFormatException(fileName, 0, "The first " + ALL_REJECTED_LIMIT + " rows of " + fileName
                    + " were all rejected, so the file is probably not read as intended (row " + first.row() + ": "
                    + first.reason() + "); check the separator, the column mapping and the SRID.");
        }
    }

    /** Turns one data row into a record; throws {@link CsvFormatException} (via {@link CsvRow#fail}) for a bad row. */
    interface RowParser<T> {
        T parse(CsvRow row);
    }

    /**
     * Reads every remaining row into a list (for files of thousands of rows, not millions).
     *
     * @param placementOf how an accepted record was placed, or null for records without a position
     */
    <T> CsvImportResult<T> collect(RowParser<T> parser, Function<T, Placement> placementOf) throws IOException {
        List<T> rows = new ArrayList<>();
        CsvRow current;
        while ((current = next()) != null) {
            try {
                T parsed = parser.parse(current);
                accept(placementOf == null ? null : placementOf.apply(parsed));
                rows.add(parsed);
            } catch (CsvFormatException e) {
                reject(e);
            }
        }
        return new CsvImportResult<>(rows, report());
    }

    /** Adds a remark about the whole file to the report. */
    void note(String note) {
        report.note(note);
    }

    /** The report so far; complete once {@link #next()} has returned null. */
    CsvImportReport report() {
        return report.build();
    }

    @Override
    public void close() throws IOException {
        records.close();
    }
}

package org.geoprospect.service;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.geoprospect.geo.Srids;
import org.geoprospect.io.csv.ClientCsvReader;
import org.geoprospect.io.csv.CompetitorCsvReader;
import org.geoprospect.io.csv.CsvDialect;
import org.geoprospect.io.csv.CsvDialectDetector;
import org.geoprospect.io.csv.CsvFormatException;
import org.geoprospect.io.csv.CsvImportOptions;
import org.geoprospect.io.csv.CsvImportReport;
import org.geoprospect.io.csv.CsvMapping;
import org.geoprospect.io.csv.CsvRecordReader;
import org.geoprospect.io.csv.HouseholdCsvReader;
import org.geoprospect.io.csv.ObjectionCsvReader;
import org.geoprospect.io.csv.OrderCsvReader;
import org.geoprospect.io.csv.PlacementMethod;
import org.geoprospect.model.ProgressMonitor;

/**
 * Reads a customer CSV file into a {@link CustomerPreview}. The first {@value #SAMPLE_ROWS} rows are
 * copied (same name, same separator, UTF-8) into a temporary folder and read there by the very readers
 * the import uses, once per kind: so the preview's column mapping, placements and rejections are the
 * import's own, and guessing the kind costs a few hundred rows whatever the file's size. The whole file
 * is only scanned to count its rows. Stateless and thread-safe.
 */
final class CustomerPreviewReader {
    static final int SAMPLE_ROWS = 200;
    private static final int CHECK_EVERY = 8192;
    /** Columns masked in the preview of household files: the person's identity and contact details. */
    private static final Set<String> MASKED = Set.of("first_name", "last_name", "address", "phone", "email");
    /** Columns masked in the preview of objection files: the contact details opposed. */
    private static final Set<String> MASKED_OBJECTIONS = Set.of("phone", "email");

    /** What the sample gave when read as one kind: a report, or the sentence saying why it cannot be. */
    private record Attempt(CsvImportReport report, String problem) {
    }

    /** The header, the first rows and the count of all rows. */
    private record Sample(List<String> headers, List<String[]> records, long totalRows) {
    }

    /** See {@link ImportPreviewService#previewCustomers}. */
    CustomerPreview read(Path file, CustomerFileKind requested, int rowLimit, ProgressMonitor monitor) throws IOException {
        CsvDialect dialect = CsvDialectDetector.detect(file, null, null);
        Sample sample = sample(file, dialect, monitor);
        Map<CustomerFileKind, Attempt> attempts = new EnumMap<>(CustomerFileKind.class);
        Path dir = Files.createTempDirectory("geoprospect-preview");
        try {
            Path copy = dir.resolve(file.getFileName().toString());
            writeSample(copy, dialect.separator(), sample);
            CsvImportOptions options = CsvImportOptions.into(Srids.LAMBERT_93)
                    .withMapping(new CsvMapping(Map.of(), null, null, dialect.separator(), StandardCharsets.UTF_8));
            for (CustomerFileKind kind : CustomerFileKind.values()) {
                monitor.checkCancelled();
                attempts.put(kind, attempt(kind, copy, options));
            }
        } finally {
            deleteTree(dir);
        }
        CustomerFileKind guessed = guess(attempts);
        CustomerFileKind kind = requested != null ? requested : guessed != null ? guessed : CustomerFileKind.HOUSEHOLDS;
        Attempt chosen = attempts.get(kind);
        CsvImportReport report = chosen.report();
        Map<String, String> columns = report == null ? Map.of() : report.columns();
        Set<String> personal = switch (kind) {
            case HOUSEHOLDS -> MASKED;
            case OBJECTIONS -> MASKED_OBJECTIONS;
            default -> Set.of();
        };
        List<List<String>> rows = rows(sample, masked(sample.headers(), columns, personal), rowLimit);
        Map<String, Long> placedBy = new LinkedHashMap<>();
        if (report != null) {
            for (Map.Entry<PlacementMethod, Long> entry : report.placedBy().entrySet()) {
                placedBy.put(entry.getKey().name().toLowerCase(Locale.ROOT), entry.getValue());
            }
        }
        return new CustomerPreview(kind, guessed, dialect.separatorName(), dialect.charset().name(), sample.headers(), rows,
                columns, report == null ? List.of() : report.ignoredColumns(), placedBy, sample.totalRows(),
                report == null ? 0 : report.read(), report == null ? 0 : report.rejected(),
                report == null || report.rejections().isEmpty() ? null : report.rejections().get(0).reason(),
                report == null ? List.of() : report.notes(), chosen.problem());
    }

    private static Attempt attempt(CustomerFileKind kind, Path copy, CsvImportOptions options) throws IOException {
        try {
            CsvImportReport report = switch (kind) {
                case HOUSEHOLDS -> HouseholdCsvReader.read(copy, options, ProgressMonitor.NONE, row -> { });
                case CLIENTS -> ClientCsvReader.read(copy, options).report();
                case ORDERS -> readOrders(copy, options);
                case COMPETITORS -> CompetitorCsvReader.read(copy, options).report();
                case OBJECTIONS -> ObjectionCsvReader.read(copy, options).report();
            };
            return new Attempt(report, null);
        } catch (CsvFormatException | UserFacingException wrongKind) {
            return new Attempt(null, wrongKind.getMessage());
        }
    }

    /** Reads every line of an orders sample, for its report (the lines themselves are not kept). */
    private static CsvImportReport readOrders(Path copy, CsvImportOptions options) throws IOException {
        try (OrderCsvReader reader = OrderCsvReader.open(copy, options)) {
            while (reader.next() != null) {
                // only the report counts
            }
            return reader.report();
        }
    }

    /** The kind whose reader recognises the most headers; null when no reader accepts the header. */
    private static CustomerFileKind guess(Map<CustomerFileKind, Attempt> attempts) {
        return attempts.entrySet().stream()
                .filter(e -> e.getValue().report() != null)
                .max(Comparator.comparingInt((Map.Entry<CustomerFileKind, Attempt> e) -> e.getValue().report().columns().size())
                        .thenComparingLong(e -> -e.getValue().report().rejected()))
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    private static boolean[] masked(List<String> headers, Map<String, String> columns, Set<String> personal) {
        boolean[] masked = new boolean[headers.size()];
        for (String canonical : personal) {
            String header = columns.get(canonical);
            int at = header == null ? -1 : headers.indexOf(header);
            if (at >= 0) {
                masked[at] = true;
            }
        }
        return masked;
    }

    private static List<List<String>> rows(Sample sample, boolean[] masked, int limit) {
        List<List<String>> rows = new ArrayList<>();
        int width = sample.headers().size();
        for (String[] record : sample.records().subList(0, Math.min(limit, sample.records().size()))) {
            List<String> row = new ArrayList<>(width);
            for (int i = 0; i < width; i++) {
                String cell = i < record.length ? record[i] : "";
                row.add(masked[i] && !cell.isBlank() ? CustomerPreview.MASK : cell);
            }
            rows.add(row);
        }
        return rows;
    }

    private static Sample sample(Path file, CsvDialect dialect, ProgressMonitor monitor) throws IOException {
        CharsetDecoder decoder = dialect.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        String name = file.getFileName().toString();
        try (CsvRecordReader reader = new CsvRecordReader(new InputStreamReader(Files.newInputStream(file), decoder),
                name, dialect.separator(), dialect.charset().name())) {
            String[] header = reader.next();
            while (header != null && isBlank(header)) {
                header = reader.next();
            }
            if (header == null) {
                throw new CsvFormatException(name, 0, "The file " + name
                        + " is empty; it needs a header row and one row per customer.");
            }
            List<String[]> records = new ArrayList<>();
            long total = 0;
            String[] cells;
            while ((cells = reader.next()) != null) {
                if (isBlank(cells)) {
                    continue;
                }
                if (records.size() < SAMPLE_ROWS) {
                    records.add(cells);
                }
                if (++total % CHECK_EVERY == 0) {
                    monitor.checkCancelled();
                    monitor.progress(total, -1);
                }
            }
            return new Sample(Arrays.asList(header), records, total);
        }
    }

    private static boolean isBlank(String[] cells) {
        for (String cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Writes the sample with every cell quoted, so any separator, quote or line break inside survives. */
    private static void writeSample(Path target, char separator, Sample sample) throws IOException {
        try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            writeRecord(out, separator, sample.headers().toArray(String[]::new));
            for (String[] record : sample.records()) {
                writeRecord(out, separator, record);
            }
        }
    }

    private static void writeRecord(Writer out, char separator, String[] cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(separator);
            }
            out.write('"');
            out.write(cells[i].replace("\"", "\"\""));
            out.write('"');
        }
        out.write('\n');
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}

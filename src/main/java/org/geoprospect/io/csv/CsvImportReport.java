package org.geoprospect.io.csv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the reading of one customer file found: rows read, accepted and rejected (with row numbers and
 * reasons), the detected dialect, which header fed each canonical column, the headers ignored, how rows
 * were placed, and remarks. It can write the rejected rows to a rejects CSV for the user to fix.
 *
 * <p>Immutable and thread-safe. It holds no cell values except inside rejection reasons.
 */
public final class CsvImportReport {
    private final Path source;
    private final String kind;
    private final CsvDialect dialect;
    private final long read;
    private final long accepted;
    private final List<Rejection> rejections;
    private final Map<String, String> columns;
    private final List<String> ignoredColumns;
    private final Map<PlacementMethod, Long> placedBy;
    private final List<String> notes;

    CsvImportReport(Path source, String kind, CsvDialect dialect, long read, long accepted, List<Rejection> rejections,
                    Map<String, String> columns, List<String> ignoredColumns, Map<PlacementMethod, Long> placedBy,
                    List<String> notes) {
        this.source = source;
        this.kind = kind;
        this.dialect = dialect;
        this.read = read;
        this.accepted = accepted;
        this.rejections = List.copyOf(rejections);
        this.columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        this.ignoredColumns = List.copyOf(ignoredColumns);
        EnumMap<PlacementMethod, Long> counts = new EnumMap<>(PlacementMethod.class);
        counts.putAll(placedBy);
        this.placedBy = Collections.unmodifiableMap(counts);
        this.notes = List.copyOf(notes);
    }

    /** The file read. */
    public Path source() {
        return source;
    }

    /** "households", "clients", "competitors" or "objections". */
    public String kind() {
        return kind;
    }

    /** The separator and encoding the file was read with. */
    public CsvDialect dialect() {
        return dialect;
    }

    /** Data rows read (blank lines not counted). */
    public long read() {
        return read;
    }

    /** Rows delivered to the caller. */
    public long accepted() {
        return accepted;
    }

    /** Rows left out; {@code read() == accepted() + rejected()}. */
    public long rejected() {
        return rejections.size();
    }

    /** Rejected rows in file order. */
    public List<Rejection> rejections() {
        return rejections;
    }

    /** Canonical column → the header (as written) it was read from. */
    public Map<String, String> columns() {
        return columns;
    }

    /** Headers matching no canonical column, as written, in file order. */
    public List<String> ignoredColumns() {
        return ignoredColumns;
    }

    /** Accepted rows per placement method (only methods that placed rows); empty for objections. */
    public Map<PlacementMethod, Long> placedBy() {
        return placedBy;
    }

    /** Remarks for the user about the whole file (e.g. defaults applied, postal codes resolved by population). */
    public List<String> notes() {
        return notes;
    }

    /** One line for the user, e.g. "households.csv: 1000 rows read, 998 accepted, 2 rejected." */
    public String summary() {
        return CsvFiles.name(source) + ": " + read + " row" + (read == 1 ? "" : "s") + " read, " + accepted + " accepted, "
                + rejected() + " rejected.";
    }

    /**
     * Writes the rejected rows, as they are in the source file, to {@code target} with one more column,
     * {@code reject_reason}, in the source's separator and encoding (with its byte-order mark if it had
     * one), so the user can fix them in the same spreadsheet and import that file. The source is read
     * again, so it must not have changed since the import.
     *
     * @return {@code target}
     * @throws IllegalArgumentException when {@code target} is the source file
     */
    public Path writeRejects(Path target) throws IOException {
        if (Files.exists(target) && Files.isSameFile(target, source)) {
            throw new IllegalArgumentException("The rejects file cannot replace the imported file " + source);
        }
        RejectsCsvWriter.write(source, dialect, rejections, target);
        return target;
    }

    /**
     * Writes the rejects file, when there are rejected rows, as {@code NAME-rejects.csv} (NAME being the
     * source's name without {@code .csv}) in {@code path} when it is a directory, else beside it.
     *
     * @return the file written, or empty when no row was rejected
     */
    public Optional<Path> writeRejectsBeside(Path path) throws IOException {
        if (rejections.isEmpty()) {
            return Optional.empty();
        }
        Path dir = Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
        String name = CsvFiles.name(source);
        String stem = name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        return Optional.of(writeRejects(dir.resolve(stem + "-rejects.csv")));
    }

    /** Collects a report while a file is read. Not thread-safe. */
    static final class Builder {
        private final Path source;
        private final String kind;
        private final CsvDialect dialect;
        private final ColumnMap columns;
        private final List<Rejection> rejections = new ArrayList<>();
        private final long[] placed = new long[PlacementMethod.values().length];
        private final List<String> notes = new ArrayList<>();
        private long read;
        private long accepted;
        private long annotated;

        Builder(Path source, String kind, CsvDialect dialect, ColumnMap columns) {
            this.source = source;
            this.kind = kind;
            this.dialect = dialect;
            this.columns = columns;
        }

        void read() {
            read++;
        }

        void accept(Placement placement) {
            accepted++;
            if (placement != null) {
                placed[placement.method().ordinal()]++;
                if (placement.note() != null) {
                    annotated++;
                }
            }
        }

        void reject(long row, String reason) {
            rejections.add(new Rejection(row, reason));
        }

        long accepted() {
            return accepted;
        }

        int rejected() {
            return rejections.size();
        }

        Rejection firstRejection() {
            return rejections.get(0);
        }

        void note(String note) {
            notes.add(note);
        }

        CsvImportReport build() {
            Map<PlacementMethod, Long> counts = new EnumMap<>(PlacementMethod.class);
            for (PlacementMethod method : PlacementMethod.values()) {
                if (placed[method.ordinal()] > 0) {
                    counts.put(method, placed[method.ordinal()]);
                }
            }
            List<String> allNotes = new ArrayList<>(notes);
            if (annotated > 0) {
                allNotes.add(annotated + " row" + (annotated == 1 ? " has" : "s have")
                        + " a placement note (e.g. a postal code serving several communes placed at the most populous).");
            }
            return new CsvImportReport(source, kind, dialect, read, accepted, rejections, columns.headersByColumn(),
                    columns.ignored(), counts, allNotes);
        }
    }
}

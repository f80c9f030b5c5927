package org.geoprospect.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.LongSupplier;
import org.geoprospect.io.csv.ClientCsvReader;
import org.geoprospect.io.csv.ClientRow;
import org.geoprospect.io.csv.CompetitorCsvReader;
import org.geoprospect.io.csv.CompetitorRow;
import org.geoprospect.io.csv.CsvImportOptions;
import org.geoprospect.io.csv.CsvImportReport;
import org.geoprospect.io.csv.CsvImportResult;
import org.geoprospect.io.csv.CsvMapping;
import org.geoprospect.io.csv.HouseholdCsvReader;
import org.geoprospect.io.csv.HouseholdRow;
import org.geoprospect.io.csv.OrderCsvReader;
import org.geoprospect.io.csv.PlacementMethod;
import org.geoprospect.io.csv.PositionPrecision;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.store.ClientRepository;
import org.geoprospect.store.CompetitorRepository;
import org.geoprospect.store.HouseholdEntry;
import org.geoprospect.store.HouseholdRepository;
import org.geoprospect.store.LayerRepository;
import org.geoprospect.store.OrderRepository;
import org.geoprospect.store.ProjectDatabase;

/**
 * Imports users' files into a project: vector layers (shapefile, GeoJSON) and customer files
 * (households, clients, competitors as CSV). Every import is all or nothing: it runs in one
 * transaction, a cancel (checked between batches) or a failure leaves the project as it was.
 * Re-importing a customer file updates records by their key instead of duplicating them.
 */
public final class ImportService {
    private final int automaticBackups;

    /** Imports without automatic backups (the command line: the user runs {@code backup} when wanted). */
    public ImportService() {
        this(0);
    }

    /** {@link #automaticBackups} value meaning "as many as the project keeps". */
    private static final int PROJECT_SETTING = -1;

    private ImportService(int automaticBackups) {
        this.automaticBackups = automaticBackups;
    }

    /**
     * The same imports, each preceded by an automatic backup of the project (kept in its
     * {@code backups/} folder, the newest {@code keep}); the desktop application imports this way.
     */
    public ImportService withAutomaticBackups(int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("keep must be at least 1");
        }
        return new ImportService(keep);
    }

    /**
     * The same imports, each preceded by an automatic backup kept as many as the project says
     * ({@link BackupService#keep}); the desktop application imports this way.
     */
    public ImportService withAutomaticBackups() {
        return new ImportService(PROJECT_SETTING);
    }

    private void backUpFirst(Path projectDir) throws IOException {
        if (automaticBackups == PROJECT_SETTING) {
            new BackupService().automaticBackup(projectDir, "import");
        } else if (automaticBackups > 0) {
            new BackupService().automaticBackup(projectDir, "import", automaticBackups);
        }
    }
    /**
     * Imports a vector file as a layer.
     *
     * @param name         layer name; null takes the file's base name
     * @param sridOverride EPSG code of the file's CRS, overriding its .prj; null to read the .prj
     * @param encoding     DBF text encoding to force; null to detect it
     */
    public LayerImportReport importLayer(Path projectDir, Path file, String name, Integer sridOverride, Charset encoding,
                                         ProgressMonitor monitor) throws IOException {
        String layerName = name != null ? name : baseName(file);
        if (layerName.isBlank()) {
            throw new UserFacingException("The layer needs a name; give one with --name.");
        }
        LayerFile source = LayerFile.read(file, encoding, monitor);
        backUpFirst(projectDir);
        FirstLayerCrs.adoptIfPending(projectDir, source, sridOverride);
        try (ProjectDatabase database = ProjectDatabase.open(projectDir)) {
            LayerImportReport report = new LayerImport(new LayerRepository(database), database.projectSrid())
                    .importLayer(source, layerName, sridOverride, monitor);
            database.closeCompactingIfSparse(); // a replaced layer leaves its old pages behind
            return report;
        }
    }

    /**
     * Imports a customer CSV file. Rows that cannot be parsed or placed are skipped and written to a
     * rejects CSV beside the input ({@code NAME-rejects.csv}); all valid rows are imported.
     *
     * @param mapping      a JSON mapping file for unusual headers, or null
     * @param sridOverride EPSG code of projected x/y columns, or null
     */
    public CsvImportSummary importCustomers(Path projectDir, CustomerFileKind kind, Path file, Path mapping,
                                            Integer sridOverride, ProgressMonitor monitor) throws IOException {
        backUpFirst(projectDir);
        if (kind == CustomerFileKind.OBJECTIONS) {
            int srid;
            try (ProjectDatabase database = ProjectDatabase.open(projectDir)) {
                srid = database.projectSrid();
            }
            return ObjectionImport.importFile(projectDir, file, srid);
        }
        try (ProjectDatabase database = ProjectDatabase.open(projectDir)) {
            CsvImportOptions options = CsvImportOptions.into(database.projectSrid());
            if (mapping != null) {
                options = options.withMapping(CsvMapping.read(mapping));
            }
            if (sridOverride != null) {
                options = options.withSourceSrid(sridOverride);
            }
            CsvImportSummary summary = switch (kind) {
                case HOUSEHOLDS -> importHouseholds(database, file, options, monitor);
                case CLIENTS -> importClients(database, file, options, monitor);
                case ORDERS -> importOrders(database, file, options, monitor);
                case COMPETITORS -> importCompetitors(database, file, options, monitor);
                case OBJECTIONS -> throw new IllegalStateException("objections are imported above");
            };
            database.closeCompactingIfSparse(); // a re-import rewrites every row: H2 keeps the old pages
            return summary;
        }
    }

    /**
     * Imports an orders file (one row per order or order line): lines are upserted by order and line key,
     * so the same export imported twice changes nothing, then the totals of the clients with orders are
     * recomputed from them. Bad rows go to a rejects CSV beside the input; the rest is imported in one
     * transaction (a cancel leaves the project as it was).
     *
     * @param mapping a JSON mapping file for unusual headers, or null
     */
    public CsvImportSummary importOrders(Path projectDir, Path file, Path mapping, ProgressMonitor monitor) throws IOException {
        backUpFirst(projectDir);
        try (ProjectDatabase database = ProjectDatabase.open(projectDir)) {
            CsvImportOptions options = CsvImportOptions.into(database.projectSrid());
            if (mapping != null) {
                options = options.withMapping(CsvMapping.read(mapping));
            }
            CsvImportSummary summary = importOrders(database, file, options, monitor);
            database.closeCompactingIfSparse();
            return summary;
        }
    }

    private static CsvImportSummary importOrders(ProjectDatabase database, Path file, CsvImportOptions options,
                                                 ProgressMonitor monitor) throws IOException {
        OrderRepository orders = new OrderRepository(database);
        long before = orders.count();
        try (OrderCsvReader reader = OrderCsvReader.open(file, options)) {
            orders.upsertAll(() -> new CsvRows<>(reader::next), monitor);
            return summary(reader.report(), file, before, orders::count);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static CsvImportSummary importHouseholds(ProjectDatabase database, Path file, CsvImportOptions options,
                                                     ProgressMonitor monitor) throws IOException {
        HouseholdRepository households = new HouseholdRepository(database);
        long before = households.count();
        try (HouseholdCsvReader reader = HouseholdCsvReader.open(file, options)) {
            households.upsertAll(entries(reader), monitor);
            return summary(reader.report(), file, before, households::count);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static CsvImportSummary importClients(ProjectDatabase database, Path file, CsvImportOptions options,
                                                  ProgressMonitor monitor) throws IOException {
        ClientRepository clients = new ClientRepository(database);
        CsvImportResult<ClientRow> result = ClientCsvReader.read(file, options);
        long before = clients.count();
        clients.upsertAll(result.rows().stream().map(ClientRow::client).toList(), monitor);
        return summary(result.report(), file, before, clients::count);
    }

    private static CsvImportSummary importCompetitors(ProjectDatabase database, Path file, CsvImportOptions options,
                                                      ProgressMonitor monitor) throws IOException {
        CompetitorRepository competitors = new CompetitorRepository(database);
        CsvImportResult<CompetitorRow> result = CompetitorCsvReader.read(file, options);
        long before = competitors.count();
        competitors.upsertAll(result.rows().stream().map(CompetitorRow::competitor).toList(), monitor);
        return summary(result.report(), file, before, competitors::count);
    }

    /**
     * New records are those that raised the count; the other accepted rows updated a record with the
     * same key (a key repeated inside the file counts as an update of its first occurrence).
     */
    private static CsvImportSummary summary(CsvImportReport report, Path file, long before, LongSupplier countAfter)
            throws IOException {
        long imported = countAfter.getAsLong() - before;
        String rejects = report.writeRejectsBeside(file).map(path -> path.toAbsolutePath().toString()).orElse(null);
        Map<String, Long> placedBy = new LinkedHashMap<>();
        for (Map.Entry<PlacementMethod, Long> entry : report.placedBy().entrySet()) {
            placedBy.put(entry.getKey().name().toLowerCase(java.util.Locale.ROOT), entry.getValue());
        }
        return new CsvImportSummary(report.read(), imported, report.accepted() - imported, report.rejected(), rejects,
                report.columns(), report.ignoredColumns(), placedBy, report.notes());
    }

    /** Pulls household rows from the reader as store entries (I/O failures surface as UncheckedIOException). */
    static Iterator<HouseholdEntry> entries(HouseholdCsvReader reader) {
        return new Iterator<>() {
            private HouseholdRow next = advance();

            private HouseholdRow advance() {
                try {
                    return reader.next();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public HouseholdEntry next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                HouseholdRow row = next;
                next = advance();
                String precision = row.precision() == PositionPrecision.COMMUNE ? HouseholdEntry.COMMUNE : HouseholdEntry.EXACT;
                return new HouseholdEntry(row.household(), row.contact(), precision);
            }
        };
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}

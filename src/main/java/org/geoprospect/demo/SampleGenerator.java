package org.geoprospect.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.geoprospect.io.csv.ClientCsvWriter;
import org.geoprospect.io.csv.CompetitorCsvWriter;
import org.geoprospect.io.csv.HouseholdCsvWriter;
import org.geoprospect.io.csv.HouseholdRow;
import org.geoprospect.io.csv.OrderCsvWriter;
import org.geoprospect.model.CancelledException;
import org.geoprospect.model.Client;
import org.geoprospect.model.Competitor;
import org.geoprospect.model.OrderLine;
import org.geoprospect.model.ProgressMonitor;

/**
 * Generates the demo territory (Maine-et-Loire): synthetic shapefile maps in {@code maps/} and the
 * synthetic company files in {@code sample-data/} (households.csv, clients.csv, orders.csv, competitors.csv).
 *
 * <p>Deterministic: the same seed and household count give byte-identical files on every run and
 * JDK (own pseudo-random generator, Locale-independent formatting, dates relative to
 * {@link #REFERENCE_DATE}, never the clock). The n-th household is the same whatever the count.
 * Households are streamed to the file, so memory does not grow with their number.
 *
 * <p>Use the static {@link #generate} or an instance to write the maps and the data separately.
 * Instances are not thread-safe.
 */
public final class SampleGenerator {
    public static final int DEFAULT_HOUSEHOLDS = 20_000;
    /** Default seed: the département's number. */
    public static final long DEFAULT_SEED = 49;
    /** "Today" for the demo's dates (consents, last contacts, orders), so that files do not depend on the clock. */
    public static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 10, 1);
    /** Households between two progress reports and cancellation checks. */
    static final int BATCH = 10_000;

    /** What was written. */
    public record Result(List<Path> shapefiles, Path households, Path clients, Path orders, Path competitors,
                         long householdCount, int clientCount, int competitorCount) {
        public Result {
            shapefiles = List.copyOf(shapefiles);
        }
    }

    private final int households;
    private final long seed;
    private final DemoTerritory territory;

    /**
     * @param households number of households to write, ≥ 0
     * @param seed       any value; {@link #DEFAULT_SEED} for the shipped sample
     */
    public SampleGenerator(int households, long seed) {
        if (households < 0) {
            throw new IllegalArgumentException("The number of households must be 0 or more, not " + households + ".");
        }
        this.households = households;
        this.seed = seed;
        this.territory = DemoTerritory.maineEtLoire();
    }

    /**
     * Writes {@code outDir/maps/*.shp} and {@code outDir/sample-data/*.csv}, replacing existing files.
     *
     * @throws CancelledException when the monitor asks to stop; the households file is then deleted
     */
    public static Result generate(Path outDir, int households, long seed, ProgressMonitor monitor) throws IOException {
        SampleGenerator generator = new SampleGenerator(households, seed);
        List<Path> shapefiles = generator.writeMaps(outDir.resolve("maps"));
        Result data = generator.writeSampleData(outDir.resolve("sample-data"), monitor);
        return new Result(shapefiles, data.households(), data.clients(), data.orders(), data.competitors(),
                data.householdCount(), data.clientCount(), data.competitorCount());
    }

    /** The territory the data are generated on. */
    public DemoTerritory territory() {
        return territory;
    }

    /** The map layers, in memory. */
    public DemoMaps maps() {
        return DemoMapBuilder.build(territory, seed);
    }

    /** The demo company's customer file: 116 clients and 44 contacts of the other categories. */
    public List<Client> clients() {
        return ClientGenerator.generate(territory, seed);
    }

    /** The accounting export behind the clients' typed totals: their order lines, in invoice order. */
    public List<OrderLine> orders() {
        return OrderHistory.generate(clients(), seed);
    }

    /** The demo's competitors; the last one lies just outside the territory, toward Nantes. */
    public List<Competitor> competitors() {
        return CompetitorGenerator.generate(territory, seed);
    }

    /** A fresh household stream (starting at H0000001). */
    public HouseholdGenerator householdStream() {
        return new HouseholdGenerator(territory, seed);
    }

    /** Writes the shapefiles into {@code mapsDir}; returns the .shp paths. */
    public List<Path> writeMaps(Path mapsDir) throws IOException {
        return DemoMapWriter.write(mapsDir, maps());
    }

    /**
     * Writes households.csv, clients.csv, orders.csv and competitors.csv into {@code dataDir}.
     *
     * @throws CancelledException when the monitor asks to stop; the households file is then deleted
     */
    public Result writeSampleData(Path dataDir, ProgressMonitor monitor) throws IOException {
        Files.createDirectories(dataDir);
        Path clientsFile = dataDir.resolve("clients.csv");
        Path ordersFile = dataDir.resolve("orders.csv");
        Path competitorsFile = dataDir.resolve("competitors.csv");
        Path householdsFile = dataDir.resolve("households.csv");
        List<Client> clients = clients();
        List<Competitor> competitors = competitors();
        ClientCsvWriter.write(clientsFile, clients);
        OrderCsvWriter.write(ordersFile, OrderHistory.generate(clients, seed));
        CompetitorCsvWriter.write(competitorsFile, competitors);
        writeHouseholds(householdsFile, monitor);
        return new Result(List.of(), householdsFile, clientsFile, ordersFile, competitorsFile, households, clients.size(), competitors.size());
    }

    private void writeHouseholds(Path file, ProgressMonitor monitor) throws IOException {
        HouseholdGenerator stream = householdStream();
        boolean complete = false;
        try (HouseholdCsvWriter writer = HouseholdCsvWriter.open(file)) {
            for (int i = 1; i <= households; i++) {
                HouseholdRow row = stream.next();
                writer.write(row.household(), row.contact());
                if (i % BATCH == 0) {
                    monitor.progress(i, households);
                    monitor.checkCancelled();
                }
            }
            complete = true;
        } finally {
            if (!complete) {
                // A truncated sample would look valid: remove it rather than leave it behind.
                Files.deleteIfExists(file);
            }
        }
        monitor.progress(households, households);
    }
}

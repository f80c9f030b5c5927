package org.geoprospect.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.geoprospect.io.csv.ClientCsvReader;
import org.geoprospect.io.csv.CompetitorCsvReader;
import org.geoprospect.io.csv.CsvImportOptions;
import org.geoprospect.io.csv.HouseholdCsvReader;
import org.geoprospect.io.csv.OrderCsvReader;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.model.Sector;
import org.geoprospect.model.VectorFeature;
import org.geoprospect.model.VectorLayer;
import org.geoprospect.store.ClientRepository;
import org.geoprospect.store.CompetitorRepository;
import org.geoprospect.store.HouseholdRepository;
import org.geoprospect.store.LayerRepository;
import org.geoprospect.store.OrderRepository;
import org.geoprospect.store.ProjectDatabase;
import org.geoprospect.store.SectorRepository;

/**
 * Fills a new project with the demo files ({@code maps/} and {@code sample-data/} of a folder):
 * the five map layers, the commercial sectors (taken from the {@code sectors} layer), households,
 * clients with their orders (so that their totals come from the orders) and competitors.
 */
final class DemoProjectImport {
    /** Progress weights of the steps (households dominate). */
    private static final int STEPS = 10;

    private final ProjectDatabase database;

    DemoProjectImport(ProjectDatabase database) {
        this.database = database;
    }

    void importFrom(Path folder, ProgressMonitor monitor) throws IOException {
        int srid = database.projectSrid();
        LayerRepository layers = new LayerRepository(database);
        LayerImport layerImport = new LayerImport(layers, srid);
        int step = 0;
        for (String layer : DemoFiles.MAP_LAYERS) {
            monitor.checkCancelled();
            layerImport.importLayer(folder.resolve("maps").resolve(layer + ".shp"), layer, null, null, ProgressMonitor.NONE);
            monitor.progress(++step, STEPS);
        }
        VectorLayer sectorLayer = layers.load("sectors").orElseThrow();
        List<Sector> sectors = new ArrayList<>();
        for (VectorFeature feature : sectorLayer.features()) {
            sectors.add(new Sector(feature.text("code"), feature.text("name"), feature.geometry()));
        }
        new SectorRepository(database).upsertAll(sectors, ProgressMonitor.NONE);
        Path data = folder.resolve("sample-data");
        new ClientRepository(database).upsertAll(ClientCsvReader.read(data.resolve("clients.csv"), srid), ProgressMonitor.NONE);
        try (OrderCsvReader orders = OrderCsvReader.open(data.resolve("orders.csv"), CsvImportOptions.into(srid).strictly())) {
            new OrderRepository(database).upsertAll(() -> new CsvRows<>(orders::next), ProgressMonitor.NONE);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        new CompetitorRepository(database).upsertAll(CompetitorCsvReader.read(data.resolve("competitors.csv"), srid),
                ProgressMonitor.NONE);
        monitor.progress(++step, STEPS);
        try (HouseholdCsvReader reader = HouseholdCsvReader.open(data.resolve("households.csv"), srid)) {
            new HouseholdRepository(database).upsertAll(ImportService.entries(reader), monitor);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        monitor.progress(STEPS, STEPS);
    }
}

package org.geoprospect.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.geoprospect.geo.Srids;
import org.geoprospect.model.CancelledException;
import org.geoprospect.model.Client;
import org.geoprospect.model.Competitor;
import org.geoprospect.model.ContactCategory;
import org.geoprospect.model.GeometryKind;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.model.Sector;
import org.geoprospect.model.VectorFeature;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** Clients, competitors, sectors and the project counts. */
class KeyedRepositoriesTest {
    private static final ProgressMonitor CANCELLED = new ProgressMonitor() {
        @Override
        public void progress(long done, long total) {
        }

        @Override
        public boolean isCancelled() {
            return true;
        }
    };

    @TempDir
    Path temp;
    private ProjectDatabase database;

    @BeforeEach
    void createProject() {
        database = ProjectDatabase.create(temp.resolve("keyed"), Srids.LAMBERT_93, "Keyed");
    }

    @AfterEach
    void closeProject() {
        database.close();
    }

    @Test
    void clientsRoundTripAndUpsertByCode() {
        ClientRepository clients = new ClientRepository(database);
        Client a = client("C1", 1200.0, null);
        Client b = new Client("C2", "Boulangerie", ContactCategory.FORMER_CLIENT, "food", 4.8, 45.7, 842_000, 6_519_000,
                0, 0, 0, LocalDate.of(2019, 1, 2), null, 2, true, false);
        assertEquals(2, clients.upsertAll(List.of(b, a), ProgressMonitor.NONE));
        assertEquals(List.of(a, b), clients.findAll(), "records come back equal, ordered by code");
        Client updated = client("C1", 99_000.0, LocalDate.of(2025, 5, 1));
        clients.upsertAll(List.of(updated), ProgressMonitor.NONE);
        assertEquals(2, clients.count());
        assertEquals(updated, clients.findAll().get(0));
    }

    @Test
    void competitorsRoundTripAndUpsertByCode() {
        CompetitorRepository competitors = new CompetitorRepository(database);
        Competitor decathlon = new Competitor("K1", "Store Nord", "BigSport", 4.9, 45.8, 845_000, 6_525_000, 4_500);
        competitors.upsertAll(List.of(decathlon), ProgressMonitor.NONE);
        Competitor bigger = new Competitor("K1", "Store Nord", "BigSport", 4.9, 45.8, 845_000, 6_525_000, 9_000);
        competitors.upsertAll(List.of(bigger), ProgressMonitor.NONE);
        assertEquals(List.of(bigger), competitors.findAll());
        assertEquals(1, competitors.count());
    }

    @Test
    void sectorsKeepTheirPolygonsInTheProjectSrid() {
        SectorRepository sectors = new SectorRepository(database);
        Sector north = new Sector("S1", "Nord", geometry("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))"));
        Sector islands = new Sector("S2", "Iles", geometry("MULTIPOLYGON (((20 20, 30 20, 30 30, 20 20)), ((40 40, 50 40, 50 50, 40 40)))"));
        sectors.upsertAll(List.of(north, islands), ProgressMonitor.NONE);
        List<Sector> loaded = sectors.findAll();
        assertEquals(2, loaded.size());
        assertTrue(loaded.get(0).area().equalsExact(north.area()));
        assertTrue(loaded.get(1).area().equalsExact(islands.area()));
        assertEquals(Srids.LAMBERT_93, loaded.get(1).area().getSRID());
        assertEquals(0, north.area().getSRID(), "the caller's geometry was not modified");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sectors.upsertAll(
                List.of(new Sector("S3", "Line", geometry("LINESTRING (0 0, 1 1)"))), ProgressMonitor.NONE));
        assertTrue(e.getMessage().contains("sector S3 is a LineString"), e.getMessage());
        assertEquals(2, sectors.count());
    }

    @Test
    void aCancelledUpsertChangesNothing() {
        ClientRepository clients = new ClientRepository(database);
        clients.upsertAll(List.of(client("C1", 1.0, null)), ProgressMonitor.NONE);
        assertThrows(CancelledException.class,
                () -> clients.upsertAll(List.of(client("C1", 2.0, null), client("C9", 3.0, null)), CANCELLED));
        assertEquals(List.of(client("C1", 1.0, null)), clients.findAll());
    }

    @Test
    void statsCountEveryKindOfRecord() {
        Client supplier = new Client("S1", "Supplier", ContactCategory.SUPPLIER, "retail", 4.85, 45.75, 843_000, 6_520_000,
                0, 0, 0, null, null, 0, false, false);
        new ClientRepository(database).upsertAll(List.of(client("C1", 1, null), client("C2", 2, null), client("C3", 3, null),
                supplier), ProgressMonitor.NONE);
        new CompetitorRepository(database).upsertAll(List.of(new Competitor("K", "n", "b", 0, 0, 1, 1, 1)), ProgressMonitor.NONE);
        new SectorRepository(database).upsertAll(List.of(new Sector("S", "s", geometry("POLYGON ((0 0, 1 0, 1 1, 0 0))"))),
                ProgressMonitor.NONE);
        new HouseholdRepository(database).upsertAll(TestHouseholds.entries(7, "A"), ProgressMonitor.NONE);
        LayerRepository layers = new LayerRepository(database);
        layers.save("a", GeometryKind.POINT, 0, new Envelope(), List.of(new VectorFeature(1, geometry("POINT (0 0)"), java.util.Map.of())),
                ProgressMonitor.NONE);
        layers.save("b", GeometryKind.POINT, 0, new Envelope(), List.of(), ProgressMonitor.NONE);
        assertEquals(new ProjectStats(7, 3, 4, 3, 1, 1, 2), new StatsRepository(database).stats());
        assertTrue(layers.load("b").orElseThrow().info().extent().isNull(), "an empty layer has an empty extent");
    }

    private static Client client(String code, double revenue, LocalDate lastOrder) {
        return new Client(code, "Client " + code, ContactCategory.CLIENT, "retail", 4.85, 45.75, 843_000, 6_520_000,
                revenue, revenue * 0.3, 12, LocalDate.of(2020, 2, 29), lastOrder, 0, false, true);
    }

    private static Geometry geometry(String wkt) {
        try {
            return new WKTReader(new GeometryFactory()).read(wkt);
        } catch (ParseException e) {
            throw new IllegalArgumentException(wkt, e);
        }
    }
}

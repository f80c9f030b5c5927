package org.geoprospect.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.model.Sector;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * Commercial sectors (sales territories), keyed by code, with their Polygon or MultiPolygon in the
 * project CRS. Thread-safe; arguments must not be null.
 */
public final class SectorRepository {
    private static final List<String> COLUMNS = List.of("code", "name", "geom");

    private final ProjectDatabase database;

    public SectorRepository(ProjectDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /**
     * Inserts or updates sectors by code; others are kept. All-or-nothing.
     *
     * @return how many were written
     * @throws IllegalArgumentException when an area is not polygonal or is in another CRS (the message
     *                                  names the sector; nothing changed)
     * @throws org.geoprospect.model.CancelledException when cancelled (nothing changed)
     */
    public long upsertAll(Iterable<Sector> sectors, ProgressMonitor monitor) {
        Objects.requireNonNull(sectors, "sectors");
        Objects.requireNonNull(monitor, "monitor");
        int srid = database.projectSrid();
        return Transactions.write(database, "save the sectors", connection ->
                BulkUpsert.run(connection, "sector", "code", COLUMNS, (ps, s) -> {
                    String where = "sector " + s.code();
                    if (!isPolygonal(s.area())) {
                        throw new IllegalArgumentException("The area of " + where + " is a " + s.area().getGeometryType()
                                + "; a sector must be a Polygon or MultiPolygon.");
                    }
                    ps.setString(1, s.code());
                    ps.setString(2, s.name());
                    ps.setObject(3, Geometries.inProjectSrid(s.area(), srid, where));
                }, sectors, monitor));
    }

    /** The number of sectors. */
    public long count() {
        return Transactions.read(database, "count the sectors", connection -> HouseholdRepository.countRows(connection, "sector"));
    }

    /** Every sector, by code, with its area carrying the project SRID. */
    public List<Sector> findAll() {
        return Transactions.read(database, "read the sectors", connection -> {
            List<Sector> sectors = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement("SELECT code, name, geom FROM sector ORDER BY code");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sectors.add(new Sector(rs.getString(1), rs.getString(2), rs.getObject(3, Geometry.class)));
                }
            }
            return sectors;
        });
    }

    private static boolean isPolygonal(Geometry area) {
        return area instanceof Polygon || area instanceof MultiPolygon;
    }
}

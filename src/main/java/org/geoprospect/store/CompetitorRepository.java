package org.geoprospect.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.geoprospect.model.Competitor;
import org.geoprospect.model.ProgressMonitor;
import org.locationtech.jts.geom.Coordinate;

/**
 * Competitors' outlets, keyed by code; each point is stored in the project CRS from its x/y.
 * Thread-safe; arguments must not be null.
 */
public final class CompetitorRepository {
    private static final List<String> COLUMNS = List.of("code", "name", "brand", "lon", "lat", "x", "y",
            "attractiveness", "geom");

    private final ProjectDatabase database;

    public CompetitorRepository(ProjectDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /**
     * Inserts or updates competitors by code; others are kept. All-or-nothing.
     *
     * @return how many were written
     * @throws org.geoprospect.model.CancelledException when cancelled (nothing changed)
     */
    public long upsertAll(Iterable<Competitor> competitors, ProgressMonitor monitor) {
        Objects.requireNonNull(competitors, "competitors");
        Objects.requireNonNull(monitor, "monitor");
        return Transactions.write(database, "save the competitors", connection ->
                BulkUpsert.run(connection, "competitor", "code", COLUMNS, (ps, c) -> {
                    ps.setString(1, c.code());
                    ps.setString(2, c.name());
                    ps.setString(3, c.brand());
                    ps.setDouble(4, c.lon());
                    ps.setDouble(5, c.lat());
                    ps.setDouble(6, c.x());
                    ps.setDouble(7, c.y());
                    ps.setDouble(8, c.attractiveness());
                    ps.setObject(9, database.geometryFactory().createPoint(new Coordinate(c.x(), c.y())));
                }, competitors, monitor));
    }

    /** The number of competitors. */
    public long count() {
        return Transactions.read(database, "count the competitors",
                connection -> HouseholdRepository.countRows(connection, "competitor"));
    }

    /** Every competitor, by code. */
    public List<Competitor> findAll() {
        return Transactions.read(database, "read the competitors", connection -> {
            List<Competitor> competitors = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement("SELECT " + String.join(", ", COLUMNS.subList(0, 8))
                    + " FROM competitor ORDER BY code");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    competitors.add(new Competitor(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4),
                            rs.getDouble(5), rs.getDouble(6), rs.getDouble(7), rs.getDouble(8)));
                }
            }
            return competitors;
        });
    }
}

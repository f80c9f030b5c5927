package org.geoprospect.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * Household selections done by H2GIS SQL, the peer the benchmark measures the in-memory index against
 * (and a reference for SQL analyses): primary filter {@code &&} on the spatial index, then the exact
 * predicate. Build the index first ({@link HouseholdRepository#createSpatialIndex()}); without it H2
 * scans the table.
 *
 * <p>Each call turns off H2's cache of identical query results on its connection
 * ({@code SET OPTIMIZE_REUSE_RESULTS FALSE}), so a repeated query is really run again. Thread-safe;
 * geometries must be in the project CRS.
 */
public final class SpatialQueryRepository {
    private final ProjectDatabase database;

    public SpatialQueryRepository(ProjectDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** The number of households inside or on the boundary of the polygon (ST_Covers). */
    public long countInPolygon(Geometry polygon) {
        Objects.requireNonNull(polygon, "polygon");
        Geometry withSrid = Geometries.inProjectSrid(polygon, database.projectSrid(), "the selection polygon");
        return Transactions.read(database, "count the households in a polygon", connection -> {
            noResultCache(connection);
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT COUNT(*) FROM household WHERE geom && ? AND ST_Covers(?, geom)")) {
                ps.setObject(1, withSrid);
                ps.setObject(2, withSrid);
                return single(ps);
            }
        });
    }

    /** The number of households within {@code radius} metres of (x, y), boundary included (ST_DWithin). */
    public long countWithin(double x, double y, double radius) {
        return Transactions.read(database, "count the households within a radius", connection -> {
            noResultCache(connection);
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT COUNT(*) FROM household WHERE geom && ST_Expand(ST_SetSRID(ST_MakePoint(?, ?), ?), ?) "
                            + "AND ST_DWithin(geom, ST_SetSRID(ST_MakePoint(?, ?), ?), ?)")) {
                int srid = database.projectSrid();
                ps.setDouble(1, x);
                ps.setDouble(2, y);
                ps.setInt(3, srid);
                ps.setDouble(4, radius);
                ps.setDouble(5, x);
                ps.setDouble(6, y);
                ps.setInt(7, srid);
                ps.setDouble(8, radius);
                return single(ps);
            }
        });
    }

    private static void noResultCache(java.sql.Connection connection) throws java.sql.SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("SET OPTIMIZE_REUSE_RESULTS FALSE");
        }
    }

    private static long single(PreparedStatement ps) throws java.sql.SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

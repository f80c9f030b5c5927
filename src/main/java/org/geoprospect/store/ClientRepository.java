package org.geoprospect.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.geoprospect.model.Client;
import org.geoprospect.model.ContactCategory;
import org.geoprospect.model.ProgressMonitor;
import org.locationtech.jts.geom.Coordinate;

/**
 * The company's customer file (clients, former clients, prospects, suppliers...), keyed by code; each
 * record's point is stored in the project CRS from its x/y. Thread-safe; arguments must not be null.
 */
public final class ClientRepository {
    private static final List<String> COLUMNS = List.of("code", "name", "category", "sector", "lon", "lat", "x", "y",
            "revenue", "gross_margin", "invoice_count", "first_order_date", "last_order_date",
            "payment_incidents", "difficult", "motivated", "geom");

    private final ProjectDatabase database;

    public ClientRepository(ProjectDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /**
     * Inserts or updates records by code; records absent from the input are kept. All-or-nothing.
     *
     * @return how many records were written
     * @throws org.geoprospect.model.CancelledException when cancelled (nothing changed)
     */
    public long upsertAll(Iterable<Client> clients, ProgressMonitor monitor) {
        Objects.requireNonNull(clients, "clients");
        Objects.requireNonNull(monitor, "monitor");
        return Transactions.write(database, "save the clients", connection -> {
            long written = BulkUpsert.run(connection, "client", "code", COLUMNS, (ps, c) -> {
                    ps.setString(1, c.code());
                    ps.setString(2, c.name());
                    ps.setString(3, c.category().code());
                    ps.setString(4, c.sector());
                    ps.setDouble(5, c.lon());
                    ps.setDouble(6, c.lat());
                    ps.setDouble(7, c.x());
                    ps.setDouble(8, c.y());
                    ps.setDouble(9, c.revenue());
                    ps.setDouble(10, c.grossMargin());
                    ps.setInt(11, c.invoiceCount());
                    ps.setObject(12, c.firstOrderDate());
                    ps.setObject(13, c.lastOrderDate());
                    ps.setInt(14, c.paymentIncidents());
                    ps.setBoolean(15, c.difficult());
                    ps.setBoolean(16, c.motivated());
                    ps.setObject(17, database.geometryFactory().createPoint(new Coordinate(c.x(), c.y())));
                }, clients, monitor);
            // a re-imported customer file brings back its typed totals: the orders' totals win again
            OrderRepository.refreshClientTotals(connection);
            return written;
        });
    }

    /**
     * Whether a client's totals (revenue, margin, invoice count, order dates) come from its orders
     * ("orders") or were typed in the customer file ("typed"); null for an unknown code.
     */
    public String totalsSource(String code) {
        Objects.requireNonNull(code, "code");
        return Transactions.read(database, "read the client", connection -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT totals_source FROM client WHERE code = ?")) {
                ps.setString(1, code);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }

    /** The number of records. */
    public long count() {
        return Transactions.read(database, "count the clients", connection -> HouseholdRepository.countRows(connection, "client"));
    }

    /** Every record, by code. */
    public List<Client> findAll() {
        return Transactions.read(database, "read the clients", connection -> {
            List<Client> clients = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement("SELECT " + String.join(", ", COLUMNS.subList(0, 16))
                    + " FROM client ORDER BY code");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    clients.add(read(rs));
                }
            }
            return clients;
        });
    }

    private static Client read(ResultSet rs) throws SQLException {
        return new Client(rs.getString(1), rs.getString(2), ContactCategory.fromCode(rs.getString(3)), rs.getString(4),
                rs.getDouble(5), rs.getDouble(6), rs.getDouble(7), rs.getDouble(8), rs.getDouble(9), rs.getDouble(10),
                rs.getInt(11), rs.getObject(12, LocalDate.class), rs.getObject(13, LocalDate.class), rs.getInt(14),
                rs.getBoolean(15), rs.getBoolean(16));
    }
}

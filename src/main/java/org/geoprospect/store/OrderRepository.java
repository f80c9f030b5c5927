package org.geoprospect.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.geoprospect.model.Order;
import org.geoprospect.model.OrderLine;
import org.geoprospect.model.ProgressMonitor;

/**
 * The clients' order lines (table {@code order_line}), keyed by order and line: an import upserts by that
 * key, so importing the same export twice changes nothing. After every write the totals of the clients
 * that have lines are recomputed from them ({@link #refreshClientTotals}). Thread-safe; arguments must not
 * be null.
 */
public final class OrderRepository {
    private static final List<String> COLUMNS = List.of("order_key", "line_key", "client_code", "order_date", "amount",
            "gross_margin", "product", "channel");

    private final ProjectDatabase database;

    public OrderRepository(ProjectDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /**
     * Inserts or updates lines by (order, line) key, then recomputes the totals of the clients with lines;
     * all-or-nothing.
     *
     * @return how many lines were written
     * @throws org.geoprospect.model.CancelledException when cancelled (nothing changed)
     */
    public long upsertAll(Iterable<OrderLine> lines, ProgressMonitor monitor) {
        Objects.requireNonNull(lines, "lines");
        Objects.requireNonNull(monitor, "monitor");
        return Transactions.write(database, "save the orders", connection -> {
            long written = BulkUpsert.run(connection, "order_line", "order_key, line_key", COLUMNS, (ps, line) -> {
                Order o = line.order();
                ps.setString(1, o.orderKey());
                ps.setString(2, line.lineKey());
                ps.setString(3, o.clientCode());
                ps.setObject(4, o.date());
                ps.setDouble(5, o.amount());
                ps.setDouble(6, o.grossMargin());
                setText(ps, 7, o.product());
                setText(ps, 8, o.channel());
            }, lines, monitor);
            refreshClientTotals(connection);
            return written;
        });
    }

    /** The number of lines. */
    public long count() {
        return Transactions.read(database, "count the orders", connection -> HouseholdRepository.countRows(connection, "order_line"));
    }

    /** Whether the project has at least one order line. */
    public boolean hasOrders() {
        return count() > 0;
    }

    /** Hands every line to {@code sink}, streamed (memory stays bounded), in no particular order. */
    public void forEach(Consumer<Order> sink) {
        Objects.requireNonNull(sink, "sink");
        Transactions.read(database, "read the orders", connection -> {
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SELECT order_key, client_code, order_date, amount, gross_margin, product, "
                         + "channel FROM order_line")) {
                while (rs.next()) {
                    sink.accept(new Order(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                            rs.getDouble(4), rs.getDouble(5), rs.getString(6), rs.getString(7)));
                }
            }
            return null;
        });
    }

    /** One client's orders summed over a period, as {@link #activities} hands them out. */
    @FunctionalInterface
    public interface ActivitySink {
        void accept(String clientCode, LocalDate firstOrder, LocalDate lastOrder, int orders, double revenue, double margin);
    }

    /**
     * Sums the lines dated from {@code from} to {@code to} inclusive per client (distinct orders counted by
     * key) in one SQL pass, handing each client with at least one line to {@code sink}, by client code.
     */
    public void activities(LocalDate from, LocalDate to, ActivitySink sink) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(sink, "sink");
        Transactions.read(database, "read the orders", connection -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT client_code, MIN(order_date), MAX(order_date), "
                    + "COUNT(DISTINCT order_key), SUM(amount), SUM(gross_margin) FROM order_line "
                    + "WHERE order_date BETWEEN ? AND ? GROUP BY client_code ORDER BY client_code")) {
                ps.setObject(1, from);
                ps.setObject(2, to);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class),
                                rs.getInt(4), rs.getDouble(5), rs.getDouble(6));
                    }
                }
            }
            return null;
        });
    }

    /**
     * Recomputes, on the caller's transaction, the totals of every client that has order lines: revenue,
     * margin, invoice count (distinct orders), first and last order, distinct products; marks them
     * {@code totals_source = 'orders'}. Clients without lines keep their typed totals. Run after any write
     * of the orders or of the clients (a re-imported customer file brings its typed totals back).
     */
    static void refreshClientTotals(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.executeUpdate("MERGE INTO client c USING (SELECT client_code, SUM(amount) revenue, SUM(gross_margin) margin, "
                    + "COUNT(DISTINCT order_key) orders, MIN(order_date) first_date, MAX(order_date) last_date, "
                    + "COUNT(DISTINCT product) products FROM order_line GROUP BY client_code) o ON c.code = o.client_code "
                    + "WHEN MATCHED THEN UPDATE SET revenue = o.revenue, gross_margin = o.margin, invoice_count = o.orders, "
                    + "first_order_date = o.first_date, last_order_date = o.last_date, products_bought = o.products, "
                    + "totals_source = 'orders'");
        }
    }

    private static void setText(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }
}

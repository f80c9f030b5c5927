package org.geoprospect.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.LongFunction;
import org.geoprospect.model.ContactEvent;

/**
 * The project's audit log of exports and purges (table {@code export_log}). Append-only: there is no
 * update or delete. Thread-safe; arguments must not be null.
 */
public final class ExportLogRepository {
    private static final String COLUMN_SEPARATOR = ",";

    private final ProjectDatabase database;

    public ExportLogRepository(ProjectDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /**
     * Appends one entry; it is on disk when this returns.
     *
     * @return the entry's id in the log
     * @throws StoreException when the row cannot be written (nothing was written)
     */
    public long append(ExportLogEntry entry) {
        Objects.requireNonNull(entry, "entry");
        return Transactions.write(database, "write the audit log", connection -> insert(connection, entry));
    }

    /**
     * Appends one entry and, in the same transaction, the contact events it accounts for (a contact list's rows
     * recorded as sent), built once the entry's id is known: both are stored or neither.
     *
     * @param events the events to store, given the entry's id
     * @return the entry's id in the log
     */
    public long appendWithContacts(ExportLogEntry entry,
                                   LongFunction<Collection<ContactEvent>> events) {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(events, "events");
        return Transactions.write(database, "write the audit log and the contact history", connection -> {
            long id = insert(connection, entry);
            ContactHistoryRepository.insert(connection, events.apply(id));
            return id;
        });
    }

    /** Every entry, oldest first. */
    public List<ExportLogEntry> all() {
        return Transactions.read(database, "read the audit log", connection -> {
            List<ExportLogEntry> entries = new ArrayList<>();
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SELECT id, at, os_user, action, target_name, channel, columns, "
                         + "exported_count, excluded_json, file_name, details_json FROM export_log ORDER BY id")) {
                while (rs.next()) {
                    String columns = rs.getString(7);
                    entries.add(new ExportLogEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6),
                            columns.isEmpty() ? List.of() : Arrays.asList(columns.split(COLUMN_SEPARATOR)),
                            rs.getLong(8), rs.getString(9), rs.getString(10), rs.getString(11)));
                }
            }
            return entries;
        });
    }

    /** Inserts an entry on a connection whose transaction the caller owns (used by purges). */
    static long insert(Connection connection, ExportLogEntry entry) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO export_log (at, os_user, action, "
                + "target_name, channel, columns, exported_count, excluded_json, file_name, details_json) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setObject(1, entry.at());
            ps.setString(2, entry.osUser());
            ps.setString(3, entry.action());
            ps.setString(4, entry.targetName());
            ps.setString(5, entry.channel());
            ps.setString(6, String.join(COLUMN_SEPARATOR, entry.columns()));
            ps.setLong(7, entry.count());
            ps.setString(8, entry.excludedJson());
            ps.setString(9, entry.fileName());
            ps.setString(10, entry.detailsJson());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}

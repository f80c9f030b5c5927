package org.geoprospect.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.geoprospect.model.Channel;

/**
 * The project's objections (oppositions to prospecting). An objection is absolute, and this log of
 * them is kept even when households are purged; the only removal is the user taking back an entry
 * they have just recorded by mistake (Edit ▸ Undo), which leaves a line in the audit log. Meant for
 * {@code privacy.ObjectionRegister}; thread-safe; arguments must not be null.
 */
public final class ObjectionRepository {
    private static final String ALL = "all";

    private final ProjectDatabase database;

    public ObjectionRepository(ProjectDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /**
     * Adds objections in one transaction (all or nothing). Duplicates are stored as given; the
     * suppression list collapses them.
     *
     * @param recordedAt when the objections are recorded in the project
     * @return how many rows were added
     */
    public int addAll(Collection<ObjectionRecord> objections, OffsetDateTime recordedAt) {
        Objects.requireNonNull(objections, "objections");
        Objects.requireNonNull(recordedAt, "recordedAt");
        return Transactions.write(database, "save the objections", connection -> {
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO objection "
                    + "(anon_code, email, phone, channel, objected_on, source, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (ObjectionRecord o : objections) {
                    bind(ps, o, recordedAt);
                    ps.addBatch();
                }
                int added = 0;
                for (int count : ps.executeBatch()) {
                    added += Math.max(count, 0);
                }
                return added;
            }
        });
    }

    /**
     * Adds objections one by one in one transaction (all or nothing) and returns their row ids, so that
     * the recording can be taken back with {@link #withdraw}. Meant for the few objections a user types.
     */
    public List<Long> addReturningIds(Collection<ObjectionRecord> objections, OffsetDateTime recordedAt) {
        Objects.requireNonNull(objections, "objections");
        Objects.requireNonNull(recordedAt, "recordedAt");
        return Transactions.write(database, "save the objections",
                connection -> insertReturningIds(connection, objections, recordedAt));
    }

    /** Adds objections on the caller's transaction and returns their row ids (for {@link #withdraw}). */
    static List<Long> insertReturningIds(java.sql.Connection connection, Collection<ObjectionRecord> objections,
                                         OffsetDateTime recordedAt) throws java.sql.SQLException {
        {
            List<Long> ids = new ArrayList<>(objections.size());
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO objection "
                    + "(anon_code, email, phone, channel, objected_on, source, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    java.sql.Statement.RETURN_GENERATED_KEYS)) {
                for (ObjectionRecord o : objections) {
                    bind(ps, o, recordedAt);
                    ps.executeUpdate();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        keys.next();
                        ids.add(keys.getLong(1));
                    }
                }
            }
            return List.copyOf(ids);
        }
    }

    /**
     * Takes back objections recorded by {@link #addReturningIds}: deletes those rows and appends
     * {@code audit} (which must carry the count, never the identifiers) in the same transaction.
     *
     * @return how many rows were deleted (ids already gone are ignored)
     */
    public int withdraw(Collection<Long> ids, ExportLogEntry audit) {
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(audit, "audit");
        return Transactions.write(database, "take back the objections", connection -> {
            int deleted = 0;
            try (PreparedStatement ps = connection.prepareStatement("DELETE FROM objection WHERE id = ?")) {
                for (long id : ids) {
                    ps.setLong(1, id);
                    deleted += ps.executeUpdate();
                }
            }
            ExportLogRepository.insert(connection, audit);
            return deleted;
        });
    }

    private static void bind(PreparedStatement ps, ObjectionRecord o, OffsetDateTime recordedAt) throws java.sql.SQLException {
        ps.setString(1, o.anonCode());
        ps.setString(2, o.email());
        ps.setString(3, o.phone());
        ps.setString(4, o.channel() == null ? ALL : o.channel().code());
        ps.setObject(5, o.date());
        ps.setString(6, o.source());
        ps.setObject(7, recordedAt);
    }

    /** Every stored objection, oldest first. */
    public List<ObjectionRecord> all() {
        return Transactions.read(database, "read the objections", connection -> {
            List<ObjectionRecord> list = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT anon_code, email, phone, channel, objected_on, source FROM objection ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String channel = rs.getString(4);
                    list.add(new ObjectionRecord(rs.getString(1), rs.getString(2), rs.getString(3),
                            ALL.equals(channel) ? null : Channel.fromCode(channel),
                            rs.getObject(5, LocalDate.class), rs.getString(6)));
                }
            }
            return list;
        });
    }

    /** The number of stored objections. */
    public long count() {
        return Transactions.read(database, "count the objections",
                connection -> HouseholdRepository.countRows(connection, "objection"));
    }
}

package org.geoprospect.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.geoprospect.model.Household;
import org.geoprospect.model.ProgressMonitor;

/**
 * The project's anonymised households, keyed by anonymous code, with their personal fields kept apart
 * in {@code household_contact} (read those only through {@link HouseholdContactRepository}).
 *
 * <p>Bulk import is sized for a million households: JDBC batches of 5,000 in one transaction, plain
 * INSERTs when the table starts empty, MERGE otherwise, and the input iterator pulled on a second thread
 * while this one writes (measured figures in docs/BENCHMARKS.md).
 * Thread-safe: each call runs on its own connection and transaction. Arguments must not be null.
 */
public final class HouseholdRepository {
    static final int BATCH = 5_000;
    private static final int READ_CHECK_EVERY = 10_000;
    /** Entries handed over at a time by the thread that pulls them from the input (e.g. parses the CSV). */
    private static final int READ_AHEAD_CHUNK = 1_000;

    private final ProjectDatabase database;

    public HouseholdRepository(ProjectDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /**
     * Inserts or updates households by anonymous code (a re-import updates, never duplicates; a code
     * repeated within the input keeps its last entry). A contact given with an entry replaces the stored
     * one; an entry without contact leaves a stored contact as it is. Households absent from the input
     * are kept. All-or-nothing: on failure or cancel nothing has changed.
     *
     * <p>Each entry's position precision ('exact' or 'commune') is stored in {@code position_precision}.
     *
     * <p>The iterator is consumed on a read-ahead thread (so that parsing overlaps with writing); it must
     * not be used elsewhere during the call. Its exceptions reach the caller unchanged; when the call
     * returns or throws, the iterator is no longer in use.
     *
     * @param monitor progress as (households written, -1); checked for cancel every 5,000 households
     * @return how many entries were written
     * @throws org.geoprospect.model.CancelledException when cancelled
     * @throws StoreException when the database fails
     */
    public long upsertAll(Iterator<HouseholdEntry> entries, ProgressMonitor monitor) {
        Objects.requireNonNull(entries, "entries");
        Objects.requireNonNull(monitor, "monitor");
        return Transactions.write(database, "save the households", connection -> {
            Upserter.Mode householdMode = isEmpty(connection, "household")
                    ? Upserter.Mode.INSERT_OR_MERGE : Upserter.Mode.MERGE;
            Upserter.Mode contactMode = isEmpty(connection, "household_contact")
                    ? Upserter.Mode.INSERT_OR_MERGE : Upserter.Mode.MERGE;
            try (Upserter<HouseholdEntry> households = new Upserter<>(connection, "household", "anon_code",
                    HouseholdRows.WRITE_COLUMNS, householdMode,
                    (ps, entry) -> HouseholdRows.bind(ps, entry, database.geometryFactory()));
                 Upserter<HouseholdEntry> contacts = new Upserter<>(connection, "household_contact", "anon_code",
                         HouseholdRows.CONTACT_COLUMNS, contactMode,
                         (ps, entry) -> HouseholdRows.bindContact(ps, entry.contact()));
                 ReadAheadIterator<HouseholdEntry> ahead = new ReadAheadIterator<>(entries, READ_AHEAD_CHUNK)) {
                while (ahead.hasNext()) {
                    HouseholdEntry entry = ahead.next();
                    households.add(entry);
                    if (entry.contact() != null) {
                        contacts.add(entry);
                    }
                    if (households.pendingCount() == BATCH) {
                        flush(households, contacts, monitor);
                    }
                }
                flush(households, contacts, monitor);
                HouseholdGeneration.bump(connection);
                return households.written();
            }
        });
    }

    /** The number of households. */
    public long count() {
        return Transactions.read(database, "count the households", connection -> countRows(connection, "household"));
    }

    /** The household with that anonymous code, if any. */
    public Optional<Household> find(String anonCode) {
        Objects.requireNonNull(anonCode, "anonCode");
        return Transactions.read(database, "read household " + anonCode, connection -> {
            try (PreparedStatement ps = connection.prepareStatement(HouseholdRows.SELECT + " WHERE anon_code = ?")) {
                ps.setString(1, anonCode);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(HouseholdRows.read(rs)) : Optional.<Household>empty();
                }
            }
        });
    }

    /**
     * How precisely a household's position is known: {@code "exact"} or {@code "commune"} (see
     * {@link HouseholdEntry#precision()}); empty when there is no such household.
     */
    public Optional<String> positionPrecision(String anonCode) {
        Objects.requireNonNull(anonCode, "anonCode");
        return Transactions.read(database, "read household " + anonCode, connection -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT position_precision FROM household WHERE anon_code = ?")) {
                ps.setString(1, anonCode);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /**
     * Streams every household, in no particular order, to an action (e.g. to fill the in-memory
     * index) without holding them all in the database's memory. The action runs on the calling thread.
     *
     * @param monitor progress as (households read, total); checked for cancel every 10,000 households
     * @return how many households were read
     * @throws org.geoprospect.model.CancelledException when cancelled (the action saw a prefix)
     */
    public long forEach(Consumer<Household> action, ProgressMonitor monitor) {
        Objects.requireNonNull(action, "action");
        return forEachWithCollectionDate((household, collectedOn) -> action.accept(household), monitor);
    }

    /**
     * Streams every household with the day it was first collected into the project (the retention
     * reference of a household never contacted and without dated consent), in one pass.
     *
     * @see #forEach(Consumer, ProgressMonitor)
     */
    public long forEachWithCollectionDate(java.util.function.BiConsumer<Household, java.time.LocalDate> action,
                                          ProgressMonitor monitor) {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(monitor, "monitor");
        return Transactions.read(database, "read the households", connection -> {
            long total = countRows(connection, "household");
            long read = 0;
            try (Statement st = connection.createStatement()) {
                // Streams the rows instead of materialising the result (H2 would spill it to a temp file).
                st.execute("SET LAZY_QUERY_EXECUTION TRUE");
                st.setFetchSize(READ_CHECK_EVERY);
                try (ResultSet rs = st.executeQuery(HouseholdRows.SELECT_WITH_COLLECTION)) {
                    int collected = HouseholdRows.COLUMNS.size() + 1;
                    while (rs.next()) {
                        action.accept(HouseholdRows.read(rs), rs.getObject(collected, java.time.LocalDate.class));
                        if (++read % READ_CHECK_EVERY == 0) {
                            monitor.progress(read, total);
                            monitor.checkCancelled();
                        }
                    }
                }
            }
            monitor.progress(read, total);
            return read;
        });
    }

    /**
     * The households' rows cut into {@code parts} contiguous ranges of row ids, for reading them on
     * several threads ({@link #forEachIn}): read in their list order and concatenated, the ranges give
     * the households in the order {@link #forEach} gives them (row order). Empty when there are none.
     */
    public List<RowRange> split(int parts) {
        if (parts < 1) {
            throw new IllegalArgumentException("Split the households into at least one part, not " + parts);
        }
        return Transactions.read(database, "split the households", connection -> {
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SELECT MIN(_ROWID_), MAX(_ROWID_) FROM household")) {
                rs.next();
                long min = rs.getLong(1);
                if (rs.wasNull()) {
                    return List.<RowRange>of();
                }
                long max = rs.getLong(2);
                long span = max - min + 1;
                List<RowRange> ranges = new ArrayList<>(parts);
                for (int p = 0; p < parts; p++) {
                    long from = min + span * p / parts;
                    long to = min + span * (p + 1) / parts - 1;
                    if (from <= to) {
                        ranges.add(new RowRange(from, to));
                    }
                }
                return List.copyOf(ranges);
            }
        });
    }

    /** A contiguous range of household row ids, both ends included (see {@link #split}). */
    public record RowRange(long first, long last) {
    }

    /**
     * Streams the households of one row range in row order (like {@link #forEach}, on its own
     * connection, so that ranges can be read on different threads at the same time).
     *
     * @param monitor progress as (households read in this range, -1); checked for cancel every 10,000
     * @return how many households were read
     */
    public long forEachIn(RowRange range, Consumer<Household> action, ProgressMonitor monitor) {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(monitor, "monitor");
        return Transactions.read(database, "read the households", connection -> {
            long read = 0;
            try (Statement st = connection.createStatement()) {
                st.execute("SET LAZY_QUERY_EXECUTION TRUE");
            }
            try (PreparedStatement ps = connection.prepareStatement(HouseholdRows.SELECT_WITH_COLLECTION
                    + " WHERE _ROWID_ BETWEEN ? AND ? ORDER BY _ROWID_")) {
                ps.setFetchSize(READ_CHECK_EVERY);
                ps.setLong(1, range.first());
                ps.setLong(2, range.last());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        action.accept(HouseholdRows.read(rs));
                        if (++read % READ_CHECK_EVERY == 0) {
                            monitor.progress(read, -1);
                            monitor.checkCancelled();
                        }
                    }
                }
            }
            return read;
        });
    }

    /**
     * Builds the spatial index on the households' points, for SQL selections with {@code &&}.
     * Not created by default: at a million households it takes about 7.5 s to build and adds a third to
     * every import (measured), while the application selects on its in-memory index. Cannot be
     * cancelled once started.
     * Idempotent; the index is then maintained by later imports (which it slows down).
     */
    public void createSpatialIndex() {
        Transactions.write(database, "index the households' positions", connection -> {
            try (Statement st = connection.createStatement()) {
                st.execute("CREATE SPATIAL INDEX IF NOT EXISTS household_geom_idx ON household (geom)");
            }
            return null;
        });
    }

    /** Whether {@link #createSpatialIndex()} has been done. */
    public boolean hasSpatialIndex() {
        return Transactions.read(database, "inspect the household indexes", connection -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEXES "
                    + "WHERE TABLE_SCHEMA = 'PUBLIC' AND INDEX_NAME = 'HOUSEHOLD_GEOM_IDX'");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) > 0;
            }
        });
    }

    private static void flush(Upserter<HouseholdEntry> households, Upserter<HouseholdEntry> contacts,
                              ProgressMonitor monitor) throws SQLException {
        households.flush();
        contacts.flush();
        monitor.progress(households.written(), -1);
        monitor.checkCancelled();
    }

    static boolean isEmpty(Connection connection, String table) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT NOT EXISTS (SELECT 1 FROM " + table + ")")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    static long countRows(Connection connection, String table) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

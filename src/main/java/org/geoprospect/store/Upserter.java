package org.geoprospect.store;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Writes rows of one table in JDBC batches, inserting or upserting by key.
 *
 * <p>{@link Mode#INSERT_OR_MERGE} is the fast path for a table that was empty when the load began:
 * plain INSERTs (measured about 25 % faster than MERGE at 1M rows), and the few rows that hit a key
 * already written (a code repeated in the input) are re-applied with MERGE after their batch, so
 * the result is the same as MERGE (last row wins). Rows are kept in memory until their batch is
 * flushed, which the caller does between checks of its cancel flag. Not thread-safe.
 *
 * @param <T> the row's Java type
 */
final class Upserter<T> implements AutoCloseable {
    /** How rows meet existing keys. */
    enum Mode {
        /** INSERT; a repeated key fails. */
        INSERT,
        /** INSERT, then MERGE for the rows whose key already exists. */
        INSERT_OR_MERGE,
        /** MERGE (update when the key exists, insert otherwise). */
        MERGE
    }

    /** Binds one row's values to parameters 1..n, in the column order given to the upserter. */
    @FunctionalInterface
    interface Binder<T> {
        void bind(PreparedStatement statement, T row) throws SQLException;
    }

    private final Connection connection;
    private final String mergeSql;
    private final Mode mode;
    private final Binder<T> binder;
    private final PreparedStatement first;
    private PreparedStatement merge;
    private final List<T> pending = new ArrayList<>();
    private long written;

    Upserter(Connection connection, String table, String key, List<String> columns, Mode mode, Binder<T> binder)
            throws SQLException {
        this.connection = connection;
        this.mode = mode;
        this.binder = binder;
        String columnList = String.join(", ", columns);
        String parameters = String.join(", ", Collections.nCopies(columns.size(), "?"));
        String insertSql = "INSERT INTO " + table + " (" + columnList + ") VALUES (" + parameters + ")";
        this.mergeSql = "MERGE INTO " + table + " (" + columnList + ") KEY (" + key + ") VALUES (" + parameters + ")";
        this.first = connection.prepareStatement(mode == Mode.MERGE ? mergeSql : insertSql);
    }

    /** Adds a row to the current batch. */
    void add(T row) throws SQLException {
        binder.bind(first, row);
        first.addBatch();
        pending.add(row);
    }

    /** Rows added since the last flush. */
    int pendingCount() {
        return pending.size();
    }

    /** Sends the current batch to the database. */
    void flush() throws SQLException {
        if (pending.isEmpty()) {
            return;
        }
        try {
            first.executeBatch();
        } catch (BatchUpdateException e) {
            if (mode != Mode.INSERT_OR_MERGE) {
                throw e;
            }
            mergeFailedRows(e);
        }
        written += pending.size();
        pending.clear();
    }

    /** Rows written by the flushed batches. */
    long written() {
        return written;
    }

    private void mergeFailedRows(BatchUpdateException failure) throws SQLException {
        int[] counts = failure.getUpdateCounts();
        if (counts == null || counts.length != pending.size()) {
            throw failure;
        }
        if (merge == null) {
            merge = connection.prepareStatement(mergeSql);
        }
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == Statement.EXECUTE_FAILED) {
                binder.bind(merge, pending.get(i));
                merge.addBatch();
            }
        }
        merge.executeBatch();
    }

    @Override
    public void close() throws SQLException {
        try {
            first.close();
        } finally {
            if (merge != null) {
                merge.close();
            }
        }
    }
}

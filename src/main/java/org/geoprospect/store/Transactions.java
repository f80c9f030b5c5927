package org.geoprospect.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.geoprospect.model.CancelledException;

/**
 * Runs a piece of SQL work on its own connection, all-or-nothing: commit on success; rollback and
 * rethrow on failure or cancel ({@link CancelledException} passes through, {@link SQLException}
 * becomes a {@link StoreException} whose message says what could not be done).
 *
 * <p>A successful write ends with {@code CHECKPOINT SYNC}, so that what a method reports as saved is
 * on disk when it returns; writes of one project run one at a time (see {@link ProjectDatabase} on
 * WRITE_DELAY: a store started by another writer could otherwise snapshot a transaction half-way).
 */
final class Transactions {
    /** SQL work on one connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private Transactions() {
    }

    /**
     * Runs work in one transaction, then forces it to disk.
     *
     * @param what the operation for the error sentence, e.g. "save the layer 'roads'"
     */
    static <T> T write(ProjectDatabase database, String what, Work<T> work) {
        if (database.readOnly()) {
            throw new StoreException("Could not " + what + ": the project in " + database.directory()
                    + " is open read-only; close it and open it normally (with an up-to-date GeoProspect) to change it.");
        }
        java.util.concurrent.locks.ReentrantLock lock = database.writeLock();
        lock.lock();
        try {
            return writeLocked(database, what, work);
        } finally {
            lock.unlock();
        }
    }

    private static <T> T writeLocked(ProjectDatabase database, String what, Work<T> work) {
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            T result;
            try {
                result = work.run(connection);
                connection.commit();
            } catch (SQLException | RuntimeException | Error e) {
                rollback(connection, e);
                throw e;
            }
            connection.setAutoCommit(true);
            ProjectDatabase.checkpoint(connection);
            return result;
        } catch (SQLException e) {
            throw new StoreException("Could not " + what + ": " + e.getMessage(), e);
        }
    }

    /** Runs read-only work. */
    static <T> T read(ProjectDatabase database, String what, Work<T> work) {
        try (Connection connection = database.connect()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException("Could not " + what + ": " + e.getMessage(), e);
        }
    }

    private static void rollback(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}

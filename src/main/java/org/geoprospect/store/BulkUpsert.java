package org.geoprospect.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.geoprospect.model.ProgressMonitor;

/** The batch loop shared by the small keyed tables (clients, competitors, sectors). */
final class BulkUpsert {
    private static final int BATCH = 1_000;

    private BulkUpsert() {
    }

    /**
     * Upserts rows by key inside the caller's transaction, checking the monitor between batches.
     *
     * @return rows written
     */
    static <T> long run(Connection connection, String table, String key, List<String> columns,
                        Upserter.Binder<T> binder, Iterable<T> rows, ProgressMonitor monitor) throws SQLException {
        Upserter.Mode mode = HouseholdRepository.isEmpty(connection, table)
                ? Upserter.Mode.INSERT_OR_MERGE : Upserter.Mode.MERGE;
        try (Upserter<T> upserter = new Upserter<>(connection, table, key, columns, mode, binder)) {
            for (T row : rows) {
                upserter.add(row);
                if (upserter.pendingCount() == BATCH) {
                    upserter.flush();
                    monitor.progress(upserter.written(), -1);
                    monitor.checkCancelled();
                }
            }
            upserter.flush();
            monitor.progress(upserter.written(), -1);
            monitor.checkCancelled();
            return upserter.written();
        }
    }
}

package org.geoprospect.store;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Objects;

/** Counts of a project's records, read in one consistent query. Thread-safe. */
public final class StatsRepository {
    private final ProjectDatabase database;

    public StatsRepository(ProjectDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** The counts of every kind of record. */
    public ProjectStats stats() {
        return Transactions.read(database, "count the project's records", connection -> {
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SELECT (SELECT COUNT(*) FROM household), "
                         + "(SELECT COUNT(*) FROM household_contact), (SELECT COUNT(*) FROM client), "
                         + "(SELECT COUNT(*) FROM client WHERE category = 'client'), (SELECT COUNT(*) FROM competitor), (SELECT COUNT(*) FROM sector), (SELECT COUNT(*) FROM layer)")) {
                rs.next();
                return new ProjectStats(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7));
            }
        });
    }
}

package org.geoprospect.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/**
 * The stamp of a project's households: a random value in {@code project_meta}, replaced inside every
 * transaction that writes the {@code household} table (so a rolled-back write leaves it as it was). A copy
 * of the households derived from the database — the in-memory columns saved beside the project — is valid
 * only while it carries the current stamp; a backup restored carries its own, older stamp. Every writer
 * of the table calls {@link #bump} (a test checks the store's sources for it). Stateless.
 */
public final class HouseholdGeneration {
    static final String KEY = "households_generation";

    private HouseholdGeneration() {
    }

    /** Gives the households a new stamp, in the caller's transaction. */
    static void bump(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "MERGE INTO project_meta (meta_key, meta_value) KEY (meta_key) VALUES (?, ?)")) {
            ps.setString(1, KEY);
            ps.setString(2, UUID.randomUUID().toString());
            ps.executeUpdate();
        }
    }

    /** The current stamp; empty for a project created before stamps (until its households are next written). */
    public static Optional<String> current(ProjectDatabase database) {
        return Transactions.read(database, "read the households' stamp", connection -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT meta_value FROM project_meta WHERE meta_key = ?")) {
                ps.setString(1, KEY);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }
}

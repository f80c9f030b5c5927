package org.geoprospect.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * Brings a project database's schema up to the latest version of a {@link MigrationSet}.
 *
 * <p>Each script runs in its own transaction together with its {@code schema_version} row. Note that
 * H2 commits DDL statements (CREATE, ALTER...) implicitly, so a script that fails half-way may leave
 * part of its DDL behind; {@link ProjectDatabase} therefore copies an existing project file before
 * migrating it. Not thread-safe: run it on the one connection that opens the project.
 */
final class MigrationRunner {
    private final MigrationSet migrations;

    MigrationRunner(MigrationSet migrations) {
        this.migrations = migrations;
    }

    /** Whether the database has a schema_version table, i.e. whether it is a project at all. */
    static boolean hasVersionTable(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'SCHEMA_VERSION'");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1) > 0;
        }
    }

    /** The highest version recorded in schema_version, 0 when none. */
    static int currentVersion(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Creates the schema_version table of a new database. */
    static void createVersionTable(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, "
                    + "applied_at TIMESTAMP WITH TIME ZONE NOT NULL, description VARCHAR NOT NULL)");
        }
    }

    /** The version this runner brings a database to. */
    int latestVersion() {
        return migrations.latestVersion();
    }

    /**
     * Applies, in order, every migration above the database's current version.
     *
     * @param variables placeholder values for the scripts (e.g. {@code projectSrid})
     * @return how many migrations were applied
     * @throws SQLException when a script fails; the failing script's transaction is rolled back
     */
    int migrate(Connection connection, Map<String, String> variables) throws SQLException {
        int current = currentVersion(connection);
        int applied = 0;
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            for (Migration migration : migrations.migrations()) {
                if (migration.version() <= current) {
                    continue;
                }
                apply(connection, migration, variables);
                applied++;
            }
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return applied;
    }

    private static void apply(Connection connection, Migration migration, Map<String, String> variables)
            throws SQLException {
        try (Statement st = connection.createStatement()) {
            for (String sql : migration.statements(variables)) {
                st.execute(sql);
            }
            try (PreparedStatement ps = connection.prepareStatement(
                    "INSERT INTO schema_version (version, applied_at, description) VALUES (?, ?, ?)")) {
                ps.setInt(1, migration.version());
                ps.setObject(2, OffsetDateTime.now());
                ps.setString(3, migration.description());
                ps.executeUpdate();
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw new SQLException("Migration V" + migration.version() + " (" + migration.description()
                    + ") failed: " + e.getMessage(), e);
        }
    }
}

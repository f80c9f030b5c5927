package org.geoprospect.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.geoprospect.store.ProjectOpenException.Reason;
import org.h2.api.ErrorCode;

/**
 * The steps of opening an existing project: connect, recognise the file, upgrade the schema (after a
 * backup copy), refresh the H2GIS functions when the library changed. Each failure becomes a
 * {@link ProjectOpenException} with its {@link Reason}.
 */
final class ProjectOpener {
    private static final String USER = "sa";

    /** Builds the open project once everything succeeded. */
    @FunctionalInterface
    interface Factory {
        ProjectDatabase create(Connection keepAlive, ProjectMeta meta, int schemaVersion);
    }

    private ProjectOpener() {
    }

    /**
     * @param readOnly the URL opens the file read-only: a newer schema is accepted (read as far as this
     *                 version understands it), an older one refused (it would need an upgrade), nothing is written
     */
    static ProjectDatabase open(Path directory, String url, MigrationSet migrations, boolean readOnly, Factory factory) {
        Connection connection = connect(directory, url);
        try {
            int version = readOnly ? checkReadableReadOnly(directory, connection, migrations)
                    : checkIsProject(directory, connection, migrations);
            if (readOnly) {
                return factory.create(connection, ProjectMeta.read(connection), migrations.latestVersion());
            }
            if (version < migrations.latestVersion()) {
                connection.close();
                backup(directory, version);
                connection = connect(directory, url);
                migrate(directory, connection, migrations, version);
            }
            ProjectMeta meta = ProjectMeta.read(connection);
            if (!ProjectBootstrap.runningH2gisVersion().equals(meta.h2gisVersion())) {
                ProjectBootstrap.loadSpatialFunctions(connection);
                ProjectMeta.put(connection, ProjectMeta.H2GIS_VERSION, ProjectBootstrap.runningH2gisVersion());
                meta = ProjectMeta.read(connection);
            }
            return factory.create(connection, meta, migrations.latestVersion());
        } catch (SQLException e) {
            close(connection, e);
            throw new ProjectOpenException(Reason.DAMAGED, "The project in " + directory
                    + " could not be read (" + e.getMessage() + "); restore a backup of " + ProjectDatabase.DATABASE_FILE_NAME + ".", e);
        } catch (RuntimeException e) {
            close(connection, e);
            throw e;
        }
    }

    private static int checkIsProject(Path directory, Connection connection, MigrationSet migrations)
            throws SQLException {
        if (!MigrationRunner.hasVersionTable(connection)) {
            throw new ProjectOpenException(Reason.NOT_A_PROJECT, "The database in " + directory
                    + " is not a GeoProspect project; choose a project folder.");
        }
        int version = MigrationRunner.currentVersion(connection);
        if (version > migrations.latestVersion()) {
            throw new ProjectOpenException(Reason.NEWER_SCHEMA, "The project in " + directory
                    + " was saved by a newer version of GeoProspect (schema " + version + ", this version knows up to "
                    + migrations.latestVersion() + "); update the application to open it.");
        }
        return version;
    }

    private static int checkReadableReadOnly(Path directory, Connection connection, MigrationSet migrations)
            throws SQLException {
        if (!MigrationRunner.hasVersionTable(connection)) {
            throw new ProjectOpenException(Reason.NOT_A_PROJECT, "The database in " + directory
                    + " is not a GeoProspect project; choose a project folder.");
        }
        int version = MigrationRunner.currentVersion(connection);
        if (version < migrations.latestVersion()) {
            throw new ProjectOpenException(Reason.MIGRATION_FAILED, "The project in " + directory
                    + " was saved by an older version of GeoProspect and must be upgraded, which a read-only open cannot do; open it normally.");
        }
        return version;
    }

    private static void backup(Path directory, int version) {
        try {
            ProjectDatabase.backupBeforeMigration(directory, version);
        } catch (IOException e) {
            throw new ProjectOpenException(Reason.IO_ERROR, "The project in " + directory
                    + " needs an upgrade but no backup copy could be written (" + e.getMessage()
                    + "); free some disk space or check the folder's permissions.", e);
        }
    }

    private static void migrate(Path directory, Connection connection, MigrationSet migrations, int fromVersion) {
        try {
            ProjectMeta meta = ProjectMeta.read(connection);
            new MigrationRunner(migrations).migrate(connection, ProjectDatabase.migrationVariables(meta.projectSrid()));
            ProjectDatabase.checkpoint(connection);
        } catch (SQLException | RuntimeException e) {
            throw new ProjectOpenException(Reason.MIGRATION_FAILED, "The project in " + directory
                    + " could not be upgraded from schema " + fromVersion + " (" + e.getMessage()
                    + "); the copy " + ProjectDatabase.DATABASE_FILE_NAME + ".v" + fromVersion + ".bak holds it as it was.", e);
        }
    }

    private static Connection connect(Path directory, String url) {
        try {
            return DriverManager.getConnection(url, USER, ProjectDatabase.password(directory));
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.FILE_ENCRYPTION_ERROR_1 && ProjectDatabase.encrypted(directory)) {
                ProjectKeys.forget(directory);
                throw new ProjectOpenException(Reason.WRONG_PASSPHRASE, "The passphrase does not open the encrypted project in "
                        + directory + "; check it and try again.", e);
            }
            throw translate(directory, e);
        }
    }

    private static ProjectOpenException translate(Path directory, SQLException e) {
        return switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> new ProjectOpenException(Reason.LOCKED, "The project in "
                    + directory + " is open in another running GeoProspect (or another program); close it there first.", e);
            case ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1, ErrorCode.DATABASE_NOT_FOUND_1 ->
                    new ProjectOpenException(Reason.NO_PROJECT, "The folder " + directory
                            + " holds no GeoProspect project; choose a project folder or create a project.", e);
            case ErrorCode.WRONG_USER_OR_PASSWORD -> new ProjectOpenException(Reason.NOT_A_PROJECT, "The database in "
                    + directory + " is not a GeoProspect project (it is protected by other credentials).", e);
            case ErrorCode.FILE_CORRUPTED_1, ErrorCode.IO_EXCEPTION_1, ErrorCode.IO_EXCEPTION_2,
                 ErrorCode.FILE_VERSION_ERROR_1, ErrorCode.FILE_ENCRYPTION_ERROR_1 ->
                    new ProjectOpenException(Reason.DAMAGED, "The file " + directory.resolve(ProjectDatabase.DATABASE_FILE_NAME)
                            + " is not a readable project database (damaged or of another kind); restore a backup or choose another folder.", e);
            default -> new ProjectOpenException(Reason.DAMAGED, "The project in " + directory
                    + " could not be opened (" + e.getMessage() + "); restore a backup or choose another folder.", e);
        };
    }

    private static void close(Connection connection, Exception failure) {
        try {
            connection.close();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}

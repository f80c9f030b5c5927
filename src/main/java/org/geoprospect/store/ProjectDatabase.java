package org.geoprospect.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.geoprospect.store.ProjectOpenException.Reason;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * An open GeoProspect project: a folder holding one embedded H2GIS database file,
 * {@value #DATABASE_FILE_NAME}, whose geometries are all in the project's planar CRS.
 *
 * <p><b>Connection settings</b> (see {@link #url}):
 * <ul>
 *   <li>{@code WRITE_DELAY=1000000000}: H2's background writer thread is kept (it owns the executors
 *       that serialise pages on the second core while an import runs) but never stores on its own.
 *       Its time-triggered store snapshots the maps one after the other while another thread may be
 *       half-way through an insert (undo-log entry and row are two map writes); a kill after such a
 *       snapshot left one row of an uncommitted import in the file (seen once in seven runs of the
 *       kill test with H2's default of 500 ms: 80,001 households instead of 80,000). Stores now start
 *       only on the writing thread itself (between its map writes, when its unsaved memory passes
 *       H2's threshold) or at the {@code CHECKPOINT SYNC} that ends every write of the repositories,
 *       so what a method reports as saved is on disk when it returns. {@code WRITE_DELAY=0} would be
 *       safe too but removes the serialisation executors: the 1M-row import command took 12.9–14.4 s
 *       instead of 11.5 s.
 *       Writes are also serialised ({@link #writeLock}), so no other writer's store can snapshot an
 *       import half-way either. Side effect: no background compaction (as at close,
 *       {@code MAX_COMPACT_TIME=0}): wholly dead chunks are reused, partly used ones stay.</li>
 *   <li>{@code FILE_LOCK=FILE}, no {@code AUTO_SERVER}: one process at a time; a second process gets
 *       {@link Reason#LOCKED}. Within this JVM, H2 would silently share the database, so this class keeps
 *       its own register of open projects and refuses a second open too.</li>
 *   <li>{@code TRACE_LEVEL_FILE=0}: no {@code .trace.db} file, whose error lines can quote row values
 *       (personal data must not leak into side files).</li>
 *   <li>User {@code sa}, no password: a password stored beside the file would protect nothing; the
 *       file is protected by the operating-system account.</li>
 * </ul>
 *
 * <p><b>H2GIS functions</b> are registered once, at creation ({@code CREATE ALIAS} entries persist in
 * the file); {@code open} re-registers them only when the running H2GIS version differs from the one
 * recorded in {@code project_meta}, so opening takes tens of milliseconds.
 *
 * <p><b>Threads</b>: thread-safe. Each repository operation takes its own short-lived connection (cheap
 * in embedded mode) with its own transaction; this object keeps one connection open so that the
 * database stays open between operations. Never interrupt a thread that is using the database.
 */
public final class ProjectDatabase implements AutoCloseable {
    /** The name of the database file inside a project folder. */
    public static final String DATABASE_FILE_NAME = "project.mv.db";
    private static final String DATABASE_NAME = "project";
    private static final String USER = "sa";
    private static final String SETTINGS = ";WRITE_DELAY=1000000000;FILE_LOCK=FILE;AUTO_SERVER=FALSE;TRACE_LEVEL_FILE=0;MAX_COMPACT_TIME=0";
    /** Projects open in this JVM, by real path of their folder. */
    private static final Set<Path> OPEN_FOLDERS = ConcurrentHashMap.newKeySet();
    /** Folders the user chose to open read-only in this JVM (by real path), see {@link #setReadOnly}. */
    private static final Set<Path> READ_ONLY_FOLDERS = ConcurrentHashMap.newKeySet();
    /** Folders being created encrypted (the file does not exist yet, so its header cannot say). */
    private static final Set<Path> ENCRYPT_ON_CREATE = ConcurrentHashMap.newKeySet();

    private final Path directory;
    private final Path registeredFolder;
    private final String url;
    private final Connection keepAlive;
    private final ProjectMeta meta;
    private final int schemaVersion;
    private final GeometryFactory geometryFactory;
    private final boolean readOnly;
    /** Held by every write transaction: one writer at a time (see the class comment on WRITE_DELAY). */
    private final java.util.concurrent.locks.ReentrantLock writeLock = new java.util.concurrent.locks.ReentrantLock(true);
    private volatile boolean closed;

    private ProjectDatabase(Path directory, Path registeredFolder, String url, Connection keepAlive,
                            ProjectMeta meta, int schemaVersion, boolean readOnly) {
        this.readOnly = readOnly;
        this.directory = directory;
        this.registeredFolder = registeredFolder;
        this.url = url;
        this.keepAlive = keepAlive;
        this.meta = meta;
        this.schemaVersion = schemaVersion;
        this.geometryFactory = new GeometryFactory(new PrecisionModel(), meta.projectSrid());
    }

    /**
     * Creates a new project in a folder (created if missing) and opens it.
     *
     * @param dir         the project folder; must not already hold a project
     * @param projectSrid EPSG code of the project's planar CRS, e.g. {@code Srids.LAMBERT_93}
     * @param projectName display name of the project; not blank
     * @throws ProjectOpenException {@link Reason#ALREADY_EXISTS} when the folder holds a project,
     *                              {@link Reason#IO_ERROR} when the folder cannot be written
     */
    public static ProjectDatabase create(Path dir, int projectSrid, String projectName) {
        return create(dir, projectSrid, projectName, MigrationSet.standard());
    }

    /**
     * Creates an encrypted project (H2 {@code CIPHER=AES}): the file holds no plain text; opening it
     * needs the passphrase (see {@link ProjectKeys}).
     *
     * @param passphrase at least 8 characters; kept in memory for this process
     */
    public static ProjectDatabase createEncrypted(Path dir, int projectSrid, String projectName, char[] passphrase) {
        if (passphrase == null || passphrase.length < 8) {
            throw new IllegalArgumentException("The passphrase needs at least 8 characters.");
        }
        ProjectKeys.remember(dir, passphrase);
        ENCRYPT_ON_CREATE.add(dir.toAbsolutePath().normalize());
        try {
            return create(dir, projectSrid, projectName, MigrationSet.standard());
        } finally {
            ENCRYPT_ON_CREATE.remove(dir.toAbsolutePath().normalize());
        }
    }

    static ProjectDatabase create(Path dir, int projectSrid, String projectName, MigrationSet migrations) {
        Objects.requireNonNull(dir, "dir");
        if (projectSrid <= 0) {
            throw new IllegalArgumentException("The project CRS must be an EPSG code, not " + projectSrid);
        }
        if (projectName == null || projectName.isBlank()) {
            throw new IllegalArgumentException("The project needs a name");
        }
        Path directory = dir.toAbsolutePath().normalize();
        if (exists(directory)) {
            throw new ProjectOpenException(Reason.ALREADY_EXISTS, "The folder " + directory
                    + " already holds a project; open it, or choose an empty folder for the new project.");
        }
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new ProjectOpenException(Reason.IO_ERROR, "The project folder " + directory
                    + " could not be created (" + e.getMessage() + "); choose a folder you can write to.", e);
        }
        Path folder = register(directory);
        String url = url(directory);
        Connection connection = null;
        try {
            connection = DriverManager.getConnection(url, USER, password(directory));
            ProjectBootstrap.initialise(connection, migrations, projectSrid, projectName);
            ProjectMeta meta = ProjectMeta.read(connection);
            checkpoint(connection);
            return new ProjectDatabase(directory, folder, url, connection, meta, migrations.latestVersion(), false);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection, e);
            OPEN_FOLDERS.remove(folder);
            deleteDatabaseFiles(directory, e);
            throw new ProjectOpenException(Reason.IO_ERROR, "The project could not be created in " + directory
                    + " (" + e.getMessage() + ").", e);
        }
    }

    /**
     * Opens an existing project, upgrading its schema first when it was written by an older version
     * (the file is copied beside itself before the upgrade).
     *
     * @throws ProjectOpenException with a {@link Reason} and one sentence for the user
     */
    public static ProjectDatabase open(Path dir) {
        return open(dir, MigrationSet.standard());
    }

    static ProjectDatabase open(Path dir, MigrationSet migrations) {
        Objects.requireNonNull(dir, "dir");
        Path directory = dir.toAbsolutePath().normalize();
        if (!exists(directory)) {
            throw new ProjectOpenException(Reason.NO_PROJECT, "The folder " + directory
                    + " holds no GeoProspect project (no " + DATABASE_FILE_NAME + "); choose a project folder or create a project.");
        }
        Path folder = register(directory);
        boolean readOnly = READ_ONLY_FOLDERS.contains(folder);
        String url = url(directory) + (readOnly ? ";ACCESS_MODE_DATA=r" : "");
        try {
            return ProjectOpener.open(directory, url + ";IFEXISTS=TRUE", migrations, readOnly,
                    (connection, meta, version) -> new ProjectDatabase(directory, folder, url,
                            connection, meta, version, readOnly));
        } catch (RuntimeException e) {
            OPEN_FOLDERS.remove(folder);
            throw e;
        }
    }

    /**
     * Whether later opens of this project folder in this JVM are read-only: the file is opened with
     * {@code ACCESS_MODE_DATA=r}, never migrated nor written, a project saved by a newer version of the
     * application is accepted, and every write fails with one sentence saying the project is read-only.
     * The way out the desktop offers for a project from a newer version. Takes effect at the next open.
     */
    public static void setReadOnly(Path dir, boolean readOnly) {
        Path folder = realFolder(dir.toAbsolutePath().normalize());
        if (readOnly) {
            READ_ONLY_FOLDERS.add(folder);
        } else {
            READ_ONLY_FOLDERS.remove(folder);
        }
    }

    /** Whether opens of this folder in this JVM are read-only (see {@link #setReadOnly}). */
    public static boolean isReadOnly(Path dir) {
        return READ_ONLY_FOLDERS.contains(realFolder(dir.toAbsolutePath().normalize()));
    }

    /** Whether this project was opened read-only (see {@link #setReadOnly}). */
    public boolean readOnly() {
        return readOnly;
    }

    /** Whether the folder holds a project database file (it may still be damaged or locked). */
    public static boolean exists(Path dir) {
        return Files.isRegularFile(dir.resolve(DATABASE_FILE_NAME));
    }

    /** The project folder (absolute). */
    public Path directory() {
        return directory;
    }

    /** EPSG code of the project's planar CRS. */
    public int projectSrid() {
        return meta.projectSrid();
    }

    /** The project's display name. */
    public String projectName() {
        return meta.projectName();
    }

    /** The schema version of the open database (the latest this application knows). */
    public int schemaVersion() {
        return schemaVersion;
    }

    /**
     * Closes the project. Operations still running on other threads finish first on their own
     * connections. Idempotent.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            keepAlive.close();
        } catch (SQLException e) {
            throw new StoreException("The project " + directory + " could not be closed cleanly: " + e.getMessage(), e);
        } finally {
            OPEN_FOLDERS.remove(registeredFolder);
        }
    }

    /**
     * Below this share (percent) of live data in the space the file's chunks occupy, closing after a bulk
     * write rewrites the file. Measured: a first import leaves 44–52 % (1M and 100k households), a
     * re-import of the same 100k households 14 % and +122 MB each time (five re-imports: 537 MB for
     * 47 MB of data), since H2 keeps superseded pages and this application never lets it compact in the
     * background (see the class comment) nor on close ({@code MAX_COMPACT_TIME=0}).
     */
    static final int COMPACT_BELOW_CHUNKS_FILL_RATE = 30;

    /**
     * Closes the project after a bulk write (import, purge), first rewriting the file compactly
     * ({@link #compactAndClose}) when it has become mostly superseded pages; a first import is not
     * compacted, a re-import is. A read-only project is only closed.
     *
     * @return whether the file was compacted
     * @throws StoreException when compaction fails (the file stays valid, only larger)
     */
    public boolean closeCompactingIfSparse() {
        if (closed) {
            return false;
        }
        if (readOnly || chunksFillRate() >= COMPACT_BELOW_CHUNKS_FILL_RATE) {
            close();
            return false;
        }
        compactAndClose();
        return true;
    }

    /** H2's share (percent) of live data in the chunks' space; 100 when it cannot be read (then no compaction). */
    int chunksFillRate() {
        try (Statement st = keepAlive.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS "
                     + "WHERE SETTING_NAME = 'info.CHUNKS_FILL_RATE'")) {
            return rs.next() ? Integer.parseInt(rs.getString(1).trim()) : 100;
        } catch (SQLException | NumberFormatException e) {
            return 100;
        }
    }

    /**
     * Closes the project and rewrites its file compactly. H2 keeps superseded pages after large
     * imports (measured: 2 GB after importing then re-importing 1M households); compacting took 3.3 s
     * and left 108 MB. Call it after imports or when the user quits, with no operation running.
     *
     * @throws StoreException when compaction fails (the file stays valid, only larger)
     */
    public void compactAndClose() {
        if (closed) {
            return;
        }
        if (readOnly) {
            close(); // a read-only file is never rewritten
            return;
        }
        closed = true;
        try (Statement st = keepAlive.createStatement()) {
            st.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            throw new StoreException("The project " + directory + " could not be compacted: " + e.getMessage(), e);
        } finally {
            try {
                keepAlive.close();
            } catch (SQLException e) {
                // SHUTDOWN already closed the connection; nothing is left to release.
            }
            OPEN_FOLDERS.remove(registeredFolder);
        }
    }

    /**
     * A new connection to the project, in auto-commit mode; the caller closes it.
     *
     * @throws IllegalStateException once the project is closed
     */
    Connection connect() throws SQLException {
        if (closed) {
            throw new IllegalStateException("The project " + directory + " is closed");
        }
        return DriverManager.getConnection(url, USER, password(directory));
    }

    /** Whether the project's file is (or is being created) encrypted. */
    static boolean encrypted(Path directory) {
        return ENCRYPT_ON_CREATE.contains(directory) || ProjectKeys.isEncrypted(directory);
    }

    /** The JDBC password: empty, or the passphrase for an encrypted project. */
    static String password(Path directory) {
        return ProjectKeys.jdbcPassword(directory, encrypted(directory));
    }

    /** The lock every write transaction holds, so that writes never overlap (fair: first come, first served). */
    java.util.concurrent.locks.ReentrantLock writeLock() {
        return writeLock;
    }

    /** Builds geometries carrying the project SRID. */
    GeometryFactory geometryFactory() {
        return geometryFactory;
    }

    /** Forces everything committed to disk (written pages and fsync); called after every write. */
    static void checkpoint(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("CHECKPOINT SYNC");
        }
    }

    private static String url(Path directory) {
        String path = directory.resolve(DATABASE_NAME).toString();
        if (path.contains(";")) {
            throw new ProjectOpenException(Reason.IO_ERROR, "The project folder " + directory
                    + " has a ';' in its path, which the database cannot handle; choose another folder.");
        }
        return "jdbc:h2:file:" + path + SETTINGS + (encrypted(directory) ? ";CIPHER=AES" : "");
    }

    private static Path realFolder(Path directory) {
        try {
            return directory.toRealPath();
        } catch (IOException e) {
            return directory;
        }
    }

    private static Path register(Path directory) {
        Path folder = realFolder(directory);
        if (!OPEN_FOLDERS.add(folder)) {
            throw new ProjectOpenException(Reason.LOCKED, "The project in " + directory
                    + " is already open in this application; switch to it or close it first.");
        }
        return folder;
    }

    private static void closeQuietly(Connection connection, Exception failure) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                failure.addSuppressed(e);
            }
        }
    }

    private static void deleteDatabaseFiles(Path directory, Exception failure) {
        for (String name : new String[] {DATABASE_FILE_NAME, DATABASE_NAME + ".trace.db"}) {
            try {
                Files.deleteIfExists(directory.resolve(name));
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
        }
    }

    /** Copies the database file before a schema upgrade; the caller has closed every connection. */
    static Path backupBeforeMigration(Path directory, int fromVersion) throws IOException {
        Path backup = directory.resolve(DATABASE_FILE_NAME + ".v" + fromVersion + ".bak");
        return Files.copy(directory.resolve(DATABASE_FILE_NAME), backup, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Variables for migration scripts. */
    static Map<String, String> migrationVariables(int projectSrid) {
        return Map.of("projectSrid", Integer.toString(projectSrid));
    }
}

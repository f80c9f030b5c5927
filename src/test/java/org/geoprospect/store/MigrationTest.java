package org.geoprospect.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.geoprospect.geo.Srids;
import org.geoprospect.store.ProjectOpenException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationTest {
    private static final String V2 = "/org/geoprospect/store/testmigration/V2__add_household_note.sql";
    private static final String BROKEN_V2 = "/org/geoprospect/store/testmigration/broken/V2__broken_upgrade.sql";
    /** The schema as first released: the test scripts upgrade it, whatever the application ships since. */
    private static final MigrationSet V1_ONLY = MigrationSet.of(List.of(MigrationSet.FOLDER + "V1__initial_schema.sql"));

    @TempDir
    Path temp;

    @Test
    void theApplicationShipsVersionOneFirst() {
        MigrationSet standard = MigrationSet.standard();
        assertEquals(8, standard.latestVersion());
        assertEquals("initial schema", standard.migrations().get(0).description());
        assertEquals("objections", standard.migrations().get(1).description());
        assertEquals("layer chunks", standard.migrations().get(2).description());
        assertEquals("no commune index", standard.migrations().get(3).description());
        assertEquals("households generation", standard.migrations().get(4).description());
        assertEquals("contact history", standard.migrations().get(5).description());
        assertEquals("chains", standard.migrations().get(6).description());
        assertEquals("orders", standard.migrations().get(7).description());
    }

    @Test
    void aNewProjectRecordsEveryMigrationInOrder() throws SQLException {
        try (ProjectDatabase db = ProjectDatabase.create(temp.resolve("p"), Srids.LAMBERT_93, "P",
                V1_ONLY.with(V2))) {
            assertEquals(2, db.schemaVersion());
            assertEquals(List.of("1 initial schema", "2 add household note"), versionRows(db));
        }
    }

    @Test
    void anOlderProjectIsUpgradedOnOpenAfterABackup() throws SQLException {
        Path dir = temp.resolve("old");
        ProjectDatabase.create(dir, Srids.LAMBERT_93, "Old", V1_ONLY).close();
        try (ProjectDatabase db = ProjectDatabase.open(dir, V1_ONLY.with(V2))) {
            assertEquals(2, db.schemaVersion());
            assertEquals(List.of("1 initial schema", "2 add household note"), versionRows(db));
            assertEquals("2154", meta(db).get("v2_srid_seen"), "V2 ran with the project's SRID in its placeholder");
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.execute("SELECT note FROM household");
            }
        }
        assertTrue(Files.isRegularFile(dir.resolve(ProjectDatabase.DATABASE_FILE_NAME + ".v1.bak")));
        try (ProjectDatabase reopened = ProjectDatabase.open(dir, V1_ONLY.with(V2))) {
            assertEquals(List.of("1 initial schema", "2 add household note"), versionRows(reopened),
                    "an up-to-date project is not migrated again");
        }
    }

    @Test
    void aProjectFromANewerApplicationIsRefused() {
        Path dir = temp.resolve("newer");
        ProjectDatabase.create(dir, Srids.LAMBERT_93, "New", V1_ONLY.with(V2)).close();
        ProjectOpenException e = assertThrows(ProjectOpenException.class, () -> ProjectDatabase.open(dir, V1_ONLY));
        assertEquals(Reason.NEWER_SCHEMA, e.reason());
        assertTrue(e.getMessage().contains("newer version of GeoProspect (schema 2, this version knows up to 1)"),
                e.getMessage());
    }

    @Test
    void aFailedUpgradeSaysSoAndKeepsTheVersionAndABackup() throws SQLException {
        Path dir = temp.resolve("broken");
        ProjectDatabase.create(dir, Srids.LAMBERT_93, "B", V1_ONLY).close();
        ProjectOpenException e = assertThrows(ProjectOpenException.class,
                () -> ProjectDatabase.open(dir, V1_ONLY.with(BROKEN_V2)));
        assertEquals(Reason.MIGRATION_FAILED, e.reason());
        assertTrue(e.getMessage().contains("project.mv.db.v1.bak"), e.getMessage());
        try (ProjectDatabase db = ProjectDatabase.open(dir, V1_ONLY)) {
            assertEquals(List.of("1 initial schema"), versionRows(db));
            assertFalse(meta(db).containsKey("broken_marker"), "the failed script's DML was rolled back");
        }
    }

    @Test
    void aSetWithAGapIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> MigrationSet.of(List.of(V2)));
        assertThrows(IllegalArgumentException.class, () -> Migration.ofResource("/x/initial.sql"));
    }

    @Test
    void scriptsSplitOnSemicolonsAndReplacePlaceholders() {
        List<String> statements = Migration.ofResource(V2).statements(Map.of("projectSrid", "32631"));
        assertEquals(List.of("ALTER TABLE household ADD COLUMN note VARCHAR",
                "INSERT INTO project_meta (meta_key, meta_value) VALUES ('v2_srid_seen', '32631')"), statements);
        assertThrows(IllegalStateException.class, () -> Migration.ofResource(V2).statements(Map.of()));
    }

    private static List<String> versionRows(ProjectDatabase db) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT version, description, applied_at FROM schema_version ORDER BY applied_at, version")) {
            while (rs.next()) {
                rows.add(rs.getInt(1) + " " + rs.getString(2));
            }
        }
        return rows;
    }

    private static Map<String, String> meta(ProjectDatabase db) throws SQLException {
        Map<String, String> meta = new java.util.HashMap<>();
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT meta_key, meta_value FROM project_meta")) {
            while (rs.next()) {
                meta.put(rs.getString(1), rs.getString(2));
            }
        }
        return meta;
    }
}

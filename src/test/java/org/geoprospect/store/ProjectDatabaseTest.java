package org.geoprospect.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.geoprospect.geo.Srids;
import org.geoprospect.store.ProjectOpenException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectDatabaseTest {
    @TempDir
    Path temp;

    @Test
    void createThenOpenKeepsSridNameAndSchemaVersion() {
        Path dir = temp.resolve("demo");
        try (ProjectDatabase created = ProjectDatabase.create(dir, Srids.LAMBERT_93, "Demo Lyon")) {
            assertEquals(Srids.LAMBERT_93, created.projectSrid());
            assertEquals(MigrationSet.standard().latestVersion(), created.schemaVersion());
        }
        assertTrue(Files.isRegularFile(dir.resolve(ProjectDatabase.DATABASE_FILE_NAME)));
        try (ProjectDatabase opened = ProjectDatabase.open(dir)) {
            assertEquals(Srids.LAMBERT_93, opened.projectSrid());
            assertEquals("Demo Lyon", opened.projectName());
            assertEquals(MigrationSet.standard().latestVersion(), opened.schemaVersion());
            assertEquals(dir.toAbsolutePath().normalize(), opened.directory());
        }
        assertFalse(Files.exists(dir.resolve("project.trace.db")), "no trace file that could quote row values");
    }

    @Test
    void spatialFunctionsAreAvailableAfterReopening() throws Exception {
        Path dir = temp.resolve("functions");
        ProjectDatabase.create(dir, Srids.LAMBERT_93, "F").close();
        try (ProjectDatabase db = ProjectDatabase.open(dir);
             Connection connection = db.connect();
             Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT ST_Area(ST_Buffer(ST_GeomFromText('POINT(0 0)', 2154), 1, 'quad_segs=1'))")) {
            rs.next();
            assertEquals(2.0, rs.getDouble(1), 1e-9, "a buffer of radius 1 with one segment per quadrant is a square of area 2");
        }
    }

    @Test
    void createRefusesAFolderThatHoldsAProject() {
        Path dir = temp.resolve("twice");
        ProjectDatabase.create(dir, Srids.LAMBERT_93, "First").close();
        ProjectOpenException e = assertThrows(ProjectOpenException.class,
                () -> ProjectDatabase.create(dir, Srids.LAMBERT_93, "Second"));
        assertEquals(Reason.ALREADY_EXISTS, e.reason());
        assertTrue(e.getMessage().contains("already holds a project"), e.getMessage());
        try (ProjectDatabase db = ProjectDatabase.open(dir)) {
            assertEquals("First", db.projectName(), "the existing project is untouched");
        }
    }

    @Test
    void openingAFolderWithoutProjectSaysSo() throws Exception {
        Path empty = Files.createDirectory(temp.resolve("empty"));
        ProjectOpenException e = assertThrows(ProjectOpenException.class, () -> ProjectDatabase.open(empty));
        assertEquals(Reason.NO_PROJECT, e.reason());
        assertTrue(e.getMessage().contains("holds no GeoProspect project"), e.getMessage());
        assertEquals(Reason.NO_PROJECT,
                assertThrows(ProjectOpenException.class, () -> ProjectDatabase.open(temp.resolve("missing"))).reason());
        assertFalse(Files.exists(empty.resolve(ProjectDatabase.DATABASE_FILE_NAME)), "open never creates a database");
    }

    @Test
    void openingJunkBytesSaysTheFileIsDamaged() throws Exception {
        Path dir = Files.createDirectory(temp.resolve("junk"));
        byte[] junk = new byte[20_000];
        new Random(7).nextBytes(junk);
        Files.write(dir.resolve(ProjectDatabase.DATABASE_FILE_NAME), junk);
        ProjectOpenException e = assertThrows(ProjectOpenException.class, () -> ProjectDatabase.open(dir));
        assertEquals(Reason.DAMAGED, e.reason());
        assertTrue(e.getMessage().contains("is not a readable project database"), e.getMessage());
        Files.write(dir.resolve(ProjectDatabase.DATABASE_FILE_NAME), "junk".getBytes(StandardCharsets.US_ASCII));
        assertEquals(Reason.DAMAGED, assertThrows(ProjectOpenException.class, () -> ProjectDatabase.open(dir)).reason());
    }

    @Test
    void openingAnEmptyDatabaseFileSaysItIsNotAProject() throws Exception {
        Path dir = Files.createDirectory(temp.resolve("zero"));
        Files.createFile(dir.resolve(ProjectDatabase.DATABASE_FILE_NAME));
        ProjectOpenException e = assertThrows(ProjectOpenException.class, () -> ProjectDatabase.open(dir));
        assertEquals(Reason.NOT_A_PROJECT, e.reason());
        assertTrue(e.getMessage().contains("is not a GeoProspect project"), e.getMessage());
    }

    @Test
    void openingAProjectAlreadyOpenInThisJvmSaysItIsLocked() {
        Path dir = temp.resolve("locked");
        try (ProjectDatabase first = ProjectDatabase.create(dir, Srids.LAMBERT_93, "L")) {
            ProjectOpenException e = assertThrows(ProjectOpenException.class, () -> ProjectDatabase.open(dir));
            assertEquals(Reason.LOCKED, e.reason());
            assertTrue(e.getMessage().contains("already open in this application"), e.getMessage());
            assertEquals(Srids.LAMBERT_93, first.projectSrid(), "the first instance still works");
        }
        ProjectDatabase.open(dir).close();
    }

    @Test
    void openingAProjectHeldByAnotherProcessSaysItIsLocked() throws Exception {
        Path dir = temp.resolve("other-process");
        ProjectDatabase.create(dir, Srids.LAMBERT_93, "P").close();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process holder = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                LockHolder.class.getName(), dir.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("open 2154", out.readLine(), "the other process opened the project");
            ProjectOpenException e = assertThrows(ProjectOpenException.class, () -> ProjectDatabase.open(dir));
            assertEquals(Reason.LOCKED, e.reason());
            assertTrue(e.getMessage().contains("open in another running GeoProspect"), e.getMessage());
        } finally {
            holder.getOutputStream().close();
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS), "the holder process ends when its input closes");
        }
        ProjectDatabase.open(dir).close();
    }

    @Test
    void aClosedProjectRefusesWork() {
        ProjectDatabase db = ProjectDatabase.create(temp.resolve("closed"), Srids.LAMBERT_93, "C");
        db.close();
        db.close();
        assertThrows(IllegalStateException.class, () -> new HouseholdRepository(db).count());
    }

    @Test
    void createRejectsABlankNameAndANonPositiveSrid() {
        assertThrows(IllegalArgumentException.class, () -> ProjectDatabase.create(temp.resolve("a"), 0, "x"));
        assertThrows(IllegalArgumentException.class, () -> ProjectDatabase.create(temp.resolve("b"), 2154, " "));
        assertFalse(ProjectDatabase.exists(temp.resolve("a")));
    }
}

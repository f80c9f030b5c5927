package org.geoprospect.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.geoprospect.model.ProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Restoring a project in its own folder from its automatic backups; the replaced file is always kept aside. */
class ProjectRecoveryTest {
    private static final Clock T0 = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
    private static final Clock T1 = Clock.fixed(Instant.parse("2026-11-25T11:30:00Z"), ZoneOffset.UTC);
    private static final Clock T2 = Clock.fixed(Instant.parse("2026-11-25T12:00:00.250Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void aJunkProjectFileIsReplacedByTheLastBackupAndKeptAside() throws Exception {
        Path project = dir.resolve("p");
        new ProjectService().create(project, false, 2154, ProgressMonitor.NONE);
        new BackupService(T0).automaticBackup(project, "import", 5);
        importOnePoint(project, "one");
        new BackupService(T1).automaticBackup(project, "purge", 5);
        byte[] junk = "this is not an H2 database, it is junk".repeat(200).getBytes(StandardCharsets.US_ASCII);
        Files.write(project.resolve("project.mv.db"), junk);

        Throwable failure = assertThrows(RuntimeException.class, () -> new ProjectService().stats(project));
        ProjectOpenProblem problem = ProjectOpenProblem.of(failure).orElseThrow();
        assertEquals(ProjectOpenProblem.Kind.DAMAGED, problem.kind());
        assertTrue(problem.kind().curedByRestore());
        assertFalse(problem.sentence().isBlank());

        Path aside = new ProjectRecovery(T2).restoreLatestOverDamaged(project).orElseThrow();
        assertEquals("project.mv.db.damaged-20261125-120000-250", aside.getFileName().toString());
        assertArrayEquals(junk, Files.readAllBytes(aside), "the damaged file is kept as it was");
        // The newest backup (T1, after the import) came back, not the older one.
        assertEquals(1, new ProjectService().stats(project).layers());
        try (Stream<Path> files = Files.list(project)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith(".restore-")), "no scratch folder is left");
        }
    }

    @Test
    void aChosenOlderBackupReplacesAHealthyProjectWhichIsKeptAside() throws Exception {
        Path project = dir.resolve("q");
        new ProjectService().create(project, false, 2154, ProgressMonitor.NONE);
        new BackupService(T0).automaticBackup(project, "import", 5);
        importOnePoint(project, "one");
        new BackupService(T1).automaticBackup(project, "import", 5);
        importOnePoint(project, "two");

        List<ProjectRecovery.BackupEntry> backups = new ProjectRecovery().backups(project);
        assertEquals(List.of(LocalDateTime.parse("2026-11-25T11:30:00"), LocalDateTime.parse("2026-11-25T10:00:00")),
                backups.stream().map(ProjectRecovery.BackupEntry::taken).toList());
        assertEquals("import", backups.get(1).reason());

        Path aside = new ProjectRecovery(T2).restoreInPlace(project, backups.get(1).zip(), ProjectRecovery.REPLACED_SUFFIX)
                .orElseThrow();
        assertEquals(0, new ProjectService().stats(project).layers());
        assertTrue(aside.getFileName().toString().startsWith("project.mv.db.replaced-"));
        // The replaced file is a whole project: restored elsewhere, it still holds both layers.
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.copy(aside, elsewhere.resolve("project.mv.db"));
        assertEquals(2, new ProjectService().stats(elsewhere).layers());
    }

    @Test
    void aBrokenBackupLeavesTheCurrentFileInPlace() throws Exception {
        Path project = dir.resolve("r");
        new ProjectService().create(project, false, 2154, ProgressMonitor.NONE);
        byte[] before = Files.readAllBytes(project.resolve("project.mv.db"));
        Path notAZip = Files.writeString(dir.resolve("broken.zip"), "not a zip");
        assertThrows(RuntimeException.class,
                () -> new ProjectRecovery(T2).restoreInPlace(project, notAZip, ProjectRecovery.REPLACED_SUFFIX));
        assertArrayEquals(before, Files.readAllBytes(project.resolve("project.mv.db")));
        try (Stream<Path> files = Files.list(project)) {
            assertEquals(List.of("project.mv.db"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void withoutBackupsTheRestoreSaysSoAndTouchesNothing() throws Exception {
        Path project = Files.createDirectories(dir.resolve("s"));
        Files.writeString(project.resolve("project.mv.db"), "junk");
        UserFacingException e = assertThrows(UserFacingException.class,
                () -> new ProjectRecovery().restoreLatestOverDamaged(project));
        assertTrue(e.getMessage().contains("no automatic backup"), e.getMessage());
        assertEquals("junk", Files.readString(project.resolve("project.mv.db")));
    }

    @Test
    void backupNamesAreReadBackAsDateAndReason() {
        var entry = ProjectRecovery.parse(Path.of("auto-20261125-154404-123-import.zip")).orElseThrow();
        assertEquals(LocalDateTime.parse("2026-11-25T15:44:04.123"), entry.taken());
        assertEquals("import", entry.reason());
        assertTrue(ProjectRecovery.parse(Path.of("auto-notadate-import.zip")).isEmpty());
        assertTrue(ProjectRecovery.parse(Path.of("other.zip")).isEmpty());
    }

    private void importOnePoint(Path project, String layer) throws Exception {
        Path geojson = Files.writeString(dir.resolve(layer + ".geojson"), "{\"type\": \"Feature\", \"properties\": {},"
                + " \"geometry\": {\"type\": \"Point\", \"coordinates\": [-0.55, 47.47]}}");
        new ImportService().importLayer(project, geojson, layer, null, null, ProgressMonitor.NONE);
    }
}

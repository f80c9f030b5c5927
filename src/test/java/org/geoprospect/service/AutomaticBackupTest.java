package org.geoprospect.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.geoprospect.model.ProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Automatic backups before risky operations: the newest N are kept, and one restores the project as it was. */
class AutomaticBackupTest {
    @TempDir
    Path dir;

    @Test
    void theNewestBackupsAreKeptAndRestoreTheProjectAsItWas() throws Exception {
        Path project = dir.resolve("p");
        new ProjectService().create(project, false, 2154, ProgressMonitor.NONE);
        Instant start = Instant.parse("2026-11-25T10:00:00Z");
        for (int i = 0; i < 4; i++) {
            Clock clock = Clock.fixed(start.plus(Duration.ofMinutes(i)), ZoneOffset.UTC);
            new BackupService(clock).automaticBackup(project, "import", 3);
        }
        List<Path> kept = new BackupService().automaticBackups(project);
        assertEquals(3, kept.size());
        assertTrue(kept.get(0).getFileName().toString().startsWith("auto-20261125-100300"), kept.toString());
        assertTrue(kept.get(2).getFileName().toString().startsWith("auto-20261125-100100"), "the oldest was removed");

        // A backup taken before an import restores the project without it.
        Path before = new BackupService().automaticBackup(project, "import", 3);
        Path geojson = java.nio.file.Files.writeString(dir.resolve("p.geojson"), "{\"type\": \"Feature\", \"properties\": {},"
                + " \"geometry\": {\"type\": \"Point\", \"coordinates\": [-0.55, 47.47]}}");
        new ImportService().importLayer(project, geojson, "one", null, null, ProgressMonitor.NONE);
        assertEquals(1, new ProjectService().stats(project).layers());
        assertEquals(0, new BackupService().restore(before, dir.resolve("restored")).layers());
    }

    @Test
    void theAppsImportsTakeABackupFirst() throws Exception {
        Path project = dir.resolve("app");
        new ProjectService().create(project, false, 2154, ProgressMonitor.NONE);
        Path geojson = java.nio.file.Files.writeString(dir.resolve("q.geojson"), "{\"type\": \"Feature\", \"properties\": {},"
                + " \"geometry\": {\"type\": \"Point\", \"coordinates\": [-0.55, 47.47]}}");
        new ImportService().withAutomaticBackups().importLayer(project, geojson, "one", null, null, ProgressMonitor.NONE);
        List<Path> backups = new BackupService().automaticBackups(project);
        assertEquals(1, backups.size());
        assertEquals(0, new BackupService().restore(backups.get(0), dir.resolve("before-import")).layers());
        new ImportService().importLayer(project, geojson, "two", null, null, ProgressMonitor.NONE);
        assertEquals(1, new BackupService().automaticBackups(project).size(), "the command line's imports take none");
    }

    @Test
    void theNumberKeptIsTheProjectsOwnAndLoweringItDeletesTheOldest() throws Exception {
        Path project = dir.resolve("keep");
        new ProjectService().create(project, false, 2154, ProgressMonitor.NONE);
        BackupService backups = new BackupService();
        assertEquals(BackupService.DEFAULT_KEEP, backups.keep(project));
        Instant start = Instant.parse("2026-11-25T10:00:00Z");
        for (int i = 0; i < 4; i++) {
            new BackupService(Clock.fixed(start.plus(Duration.ofMinutes(i)), ZoneOffset.UTC)).automaticBackup(project, "import");
        }
        assertEquals(4, backups.automaticBackups(project).size(), "the default keeps up to 5");
        backups.setKeep(project, 2);
        assertEquals(2, backups.keep(project));
        List<Path> kept = backups.automaticBackups(project);
        assertEquals(2, kept.size(), "lowering the number deletes the oldest at once");
        assertTrue(kept.get(1).getFileName().toString().startsWith("auto-20261125-100200"), kept.toString());
        new BackupService(Clock.fixed(start.plus(Duration.ofMinutes(9)), ZoneOffset.UTC)).automaticBackup(project, "purge");
        assertEquals(2, backups.automaticBackups(project).size());
        UserFacingException refused = org.junit.jupiter.api.Assertions.assertThrows(UserFacingException.class,
                () -> backups.setKeep(project, 0));
        assertTrue(refused.getMessage().contains("between 1 and 50"), refused.getMessage());
    }
}

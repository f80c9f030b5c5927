package org.geoprospect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** backup and restore through the command line: the restored project counts what the original counted. */
class BackupCommandsTest {
    @TempDir
    Path dir;

    @Test
    void aRestoredBackupHasTheOriginalsCounts() {
        Path project = dir.resolve("demo");
        assertEquals(0, CommandRun.of("init", "--project", project.toString(), "--sample").exitCode());
        Path zip = dir.resolve("backups/demo.zip");
        CommandRun backup = CommandRun.of("backup", "--project", project.toString(), "--out", zip.toString());
        assertEquals(0, backup.exitCode(), backup.err());
        assertTrue(Files.isRegularFile(zip));
        assertFalse(Files.exists(dir.resolve("backups/demo.zip.partial")), "no partial file left");

        CommandRun restore = CommandRun.of("restore", zip.toString(), "--project", dir.resolve("restored").toString(), "--json");
        assertEquals(0, restore.exitCode(), restore.err());
        String original = CommandRun.of("stats", "--project", project.toString(), "--json").out();
        String restored = CommandRun.of("stats", "--project", dir.resolve("restored").toString(), "--json").out();
        assertEquals(original, restored);
        assertTrue(restored.contains("\"households\" : 20000"), restored);
    }

    @Test
    void restoringOverAProjectOrFromJunkGivesOneSentence() throws Exception {
        Path project = dir.resolve("p");
        assertEquals(0, CommandRun.of("init", "--project", project.toString()).exitCode());
        Path zip = dir.resolve("p.zip");
        assertEquals(0, CommandRun.of("backup", "--project", project.toString(), "--out", zip.toString()).exitCode());
        CommandRun over = CommandRun.of("restore", zip.toString(), "--project", project.toString());
        assertEquals(1, over.exitCode());
        assertTrue(over.err().contains("already holds a project"), over.err());

        Path junk = Files.write(dir.resolve("junk.zip"), new byte[] {1, 2, 3, 4, 5});
        CommandRun fromJunk = CommandRun.of("restore", junk.toString(), "--project", dir.resolve("x").toString());
        assertEquals(1, fromJunk.exitCode());
        assertEquals(1, fromJunk.err().strip().lines().count(), fromJunk.err());
        assertFalse(fromJunk.errShowsInternals(), fromJunk.err());
    }
}

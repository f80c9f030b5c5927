package org.geoprospect.ui.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.geoprospect.service.ProjectOpenProblem;
import org.geoprospect.service.ProjectOpenProblem.Kind;
import org.geoprospect.service.ProjectRecovery.BackupEntry;
import org.geoprospect.ui.Messages;
import org.geoprospect.ui.safety.OpenFailureViewModel.Choice;
import org.junit.jupiter.api.Test;

/** The way-out dialog offers only the choices that can work for each failure, and runs the chosen one. */
class OpenFailureViewModelTest {
    private static final Messages MESSAGES = Messages.forLocale(Locale.ENGLISH);
    private static final Optional<BackupEntry> BACKUP = Optional.of(
            new BackupEntry(Path.of("auto-x.zip"), LocalDateTime.parse("2026-11-25T15:44:04"), "import"));

    private final List<String> ran = new ArrayList<>();
    private final OpenFailureViewModel.Actions actions = new OpenFailureViewModel.Actions(
            () -> ran.add("restore"), () -> ran.add("read-only"), () -> ran.add("retry"), () -> ran.add("quit"));

    private OpenFailureViewModel model(Kind kind, Optional<BackupEntry> backup) {
        return new OpenFailureViewModel(MESSAGES, new ProjectOpenProblem(kind, "Why it failed."), backup, actions);
    }

    @Test
    void aDamagedProjectWithABackupOffersRestoreOrQuit() {
        OpenFailureViewModel m = model(Kind.DAMAGED, BACKUP);
        assertEquals(List.of(Choice.RESTORE_LAST_BACKUP, Choice.QUIT), m.choices());
        assertEquals("Why it failed.", m.sentence());
        assertTrue(m.backupText().contains("2026-11-25 15:44") && m.backupText().contains("import"), m.backupText());
        assertEquals("Restore the last backup", m.label(Choice.RESTORE_LAST_BACKUP));
        m.choose(Choice.RESTORE_LAST_BACKUP);
        assertEquals(List.of("restore"), ran);
    }

    @Test
    void aProjectFromANewerVersionCanBeOpenedReadOnlyWithOrWithoutABackup() {
        assertEquals(List.of(Choice.RESTORE_LAST_BACKUP, Choice.OPEN_READ_ONLY, Choice.QUIT),
                model(Kind.NEWER_SCHEMA, BACKUP).choices());
        OpenFailureViewModel m = model(Kind.NEWER_SCHEMA, Optional.empty());
        assertEquals(List.of(Choice.OPEN_READ_ONLY, Choice.QUIT), m.choices());
        assertEquals("Open read-only", m.label(Choice.OPEN_READ_ONLY));
        m.choose(Choice.OPEN_READ_ONLY);
        assertEquals(List.of("read-only"), ran);
        for (Kind kind : List.of(Kind.DAMAGED, Kind.LOCKED, Kind.NOT_A_PROJECT, Kind.MIGRATION_FAILED)) {
            assertTrue(!model(kind, BACKUP).choices().contains(Choice.OPEN_READ_ONLY), kind.name());
        }
    }

    @Test
    void withoutABackupOnlyQuitRemains() {
        for (Kind kind : List.of(Kind.DAMAGED, Kind.NOT_A_PROJECT, Kind.MIGRATION_FAILED)) {
            OpenFailureViewModel m = model(kind, Optional.empty());
            assertEquals(List.of(Choice.QUIT), m.choices(), kind.name());
            assertEquals("", m.backupText());
        }
        model(Kind.NOT_A_PROJECT, Optional.empty()).choose(Choice.QUIT);
        assertEquals(List.of("quit"), ran);
    }

    @Test
    void aLockedOrEncryptedProjectIsNeverReplacedButCanBeRetried() {
        for (Kind kind : List.of(Kind.LOCKED, Kind.PASSPHRASE_NEEDED, Kind.WRONG_PASSPHRASE)) {
            assertEquals(List.of(Choice.TRY_AGAIN, Choice.QUIT), model(kind, BACKUP).choices(), kind.name());
        }
        model(Kind.LOCKED, BACKUP).choose(Choice.TRY_AGAIN);
        assertEquals(List.of("retry"), ran);
    }

    @Test
    void aChoiceNotOfferedIsRefused() {
        OpenFailureViewModel m = model(Kind.LOCKED, BACKUP);
        assertThrows(IllegalArgumentException.class, () -> m.choose(Choice.RESTORE_LAST_BACKUP));
        assertEquals(List.of(), ran);
    }

    @Test
    void storeRefusalsBecomeProblemsAndOtherFailuresDoNot() {
        var refusal = new org.geoprospect.store.ProjectOpenException(
                org.geoprospect.store.ProjectOpenException.Reason.NEWER_SCHEMA, " Update the application. ");
        ProjectOpenProblem problem = ProjectOpenProblem.of(new RuntimeException("wrapped", refusal)).orElseThrow();
        assertEquals(Kind.NEWER_SCHEMA, problem.kind());
        assertEquals("Update the application.", problem.sentence());
        assertTrue(ProjectOpenProblem.of(new IllegalStateException("bug")).isEmpty());
        assertTrue(ProjectOpenProblem.of(new org.geoprospect.store.ProjectOpenException(
                org.geoprospect.store.ProjectOpenException.Reason.IO_ERROR, "disk")).isEmpty());
    }

    @Test
    void theRestoreListShowsDateAndReasonAndRestoresOnlyItsOwnBackups() {
        List<BackupEntry> restored = new ArrayList<>();
        RestoreBackupViewModel m = new RestoreBackupViewModel(MESSAGES, List.of(BACKUP.get()), restored::add);
        assertEquals("2026-11-25 15:44:04 — before: import", m.label(BACKUP.get()));
        assertTrue(m.confirmation(BACKUP.get()).contains("replaced"), m.confirmation(BACKUP.get()));
        m.restore(BACKUP.get());
        assertEquals(List.of(BACKUP.get()), restored);
        BackupEntry stranger = new BackupEntry(Path.of("other.zip"), LocalDateTime.parse("2026-01-01T00:00:00"), "");
        assertThrows(IllegalArgumentException.class, () -> m.restore(stranger));
        assertTrue(new RestoreBackupViewModel(MESSAGES, List.of(), restored::add).noBackupsText().contains("no automatic backup"));
    }
}

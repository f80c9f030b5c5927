package org.geoprospect.ui.safety;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.geoprospect.service.ProjectRecovery.BackupEntry;
import org.geoprospect.ui.Messages;

/**
 * The state of File ▸ Restore a backup…: the project's automatic backups, newest first, each with its
 * date and reason, the confirmation sentence, and the restore of the chosen one (run by the window's
 * model, which moves the current file aside and reloads the map). FX-thread confined.
 */
public final class RestoreBackupViewModel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Messages messages;
    private final List<BackupEntry> backups;
    private final Consumer<BackupEntry> restorer;

    /**
     * @param backups  newest first, as {@code ProjectRecovery.backups} lists them; may be empty
     * @param restorer restores one backup in place and reloads; never null
     */
    public RestoreBackupViewModel(Messages messages, List<BackupEntry> backups, Consumer<BackupEntry> restorer) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.backups = List.copyOf(backups);
        this.restorer = Objects.requireNonNull(restorer, "restorer");
    }

    /** The backups offered, newest first. */
    public List<BackupEntry> backups() {
        return backups;
    }

    /** Whether there is anything to restore (else the dialog says so and offers nothing). */
    public boolean hasBackups() {
        return !backups.isEmpty();
    }

    /** The sentence shown when the project has no automatic backup. */
    public String noBackupsText() {
        return messages.get("restore.none");
    }

    /** A row of the list: "2026-11-25 15:44:04 — before: import". */
    public String label(BackupEntry entry) {
        String reason = entry.reason().isEmpty() ? messages.get("restore.reason.unknown") : entry.reason();
        return messages.get("restore.row", WHEN.format(entry.taken()), reason);
    }

    /** The confirmation asked before restoring: what is replaced and where the current file goes. */
    public String confirmation(BackupEntry entry) {
        return messages.get("restore.confirm", WHEN.format(entry.taken()));
    }

    /**
     * Restores the chosen backup (after the View's confirmation).
     *
     * @throws IllegalArgumentException when the entry is not one of {@link #backups()}
     */
    public void restore(BackupEntry entry) {
        if (!backups.contains(entry)) {
            throw new IllegalArgumentException("Not one of this project's backups: " + entry);
        }
        restorer.accept(entry);
    }
}

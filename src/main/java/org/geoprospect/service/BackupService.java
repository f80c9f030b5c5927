package org.geoprospect.service;

import java.nio.file.Path;
import org.geoprospect.store.ProjectBackup;
import org.geoprospect.store.ProjectDatabase;

/** Backup and restore of whole projects (the {@code backup} and {@code restore} use cases). */
public final class BackupService {
    /** Writes a consistent backup zip of the project (safe while the project is in use elsewhere in this process). */
    public void backup(Path projectDir, Path zip) {
        try (ProjectDatabase database = ProjectDatabase.open(projectDir)) {
            ProjectBackup.backup(database, zip);
        }
    }

    /**
     * Restores a backup into a new project folder and checks that it opens.
     *
     * @return the restored project's counts
     */
    public ProjectStats restore(Path zip, Path projectDir) {
        ProjectBackup.restore(zip, projectDir);
        return new ProjectService().stats(projectDir);
    }
}

package org.geoprospect.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.geoprospect.store.ProjectBackup;
import org.geoprospect.store.ProjectDatabase;
import org.geoprospect.store.ProjectSettings;

/**
 * Backup and restore of whole projects (the {@code backup} and {@code restore} use cases), and the
 * automatic backups the application takes before every import and purge: kept in the project's
 * {@code backups/} folder, the newest {@value #DEFAULT_KEEP} unless the project says otherwise
 * ({@link #setKeep}, File ▸ Automatic backups).
 */
public final class BackupService {
    /** How many automatic backups are kept when the caller does not say. */
    public static final int DEFAULT_KEEP = 5;
    /** The folder of automatic backups inside a project folder. */
    public static final String AUTOMATIC_FOLDER = "backups";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final Clock clock;

    public BackupService() {
        this(Clock.systemDefaultZone());
    }

    public BackupService(Clock clock) {
        this.clock = clock;
    }

    /** The project setting that holds how many automatic backups are kept. */
    public static final String KEEP_SETTING = "automatic_backups_keep";
    /** The most automatic backups a project may keep (each is a full copy of the project). */
    public static final int MAX_KEEP = 50;

    /** How many automatic backups the project keeps: its setting, else {@value #DEFAULT_KEEP}. */
    public int keep(Path projectDir) {
        try (ProjectDatabase database = ProjectDatabase.open(projectDir)) {
            return new ProjectSettings(database).get(KEEP_SETTING).map(v -> {
                try {
                    return Math.max(1, Math.min(MAX_KEEP, Integer.parseInt(v.trim())));
                } catch (NumberFormatException e) {
                    return DEFAULT_KEEP; // a damaged value must not stop backups
                }
            }).orElse(DEFAULT_KEEP);
        }
    }

    /**
     * Sets how many automatic backups the project keeps, and deletes the oldest beyond that number now.
     *
     * @throws UserFacingException when {@code keep} is outside 1..{@value #MAX_KEEP}, or an older backup
     *                             cannot be deleted (the new number is saved all the same)
     */
    public void setKeep(Path projectDir, int keep) {
        if (keep < 1 || keep > MAX_KEEP) {
            throw new UserFacingException("Keep between 1 and " + MAX_KEEP + " automatic backups, not " + keep + ".");
        }
        try (ProjectDatabase database = ProjectDatabase.open(projectDir)) {
            new ProjectSettings(database).put(KEEP_SETTING, Integer.toString(keep));
        }
        try {
            List<Path> all = automaticBackups(projectDir);
            for (Path old : all.subList(Math.min(keep, all.size()), all.size())) {
                Files.deleteIfExists(old);
            }
        } catch (IOException e) {
            throw new UserFacingException("The older automatic backups in " + projectDir.resolve(AUTOMATIC_FOLDER)
                    + " could not be deleted (" + e.getMessage() + "); delete them by hand or check the folder's permissions.", e);
        }
    }

    /** {@link #automaticBackup(Path, String, int)} keeping the project's own number ({@link #keep}). */
    public Path automaticBackup(Path projectDir, String reason) throws IOException {
        return automaticBackup(projectDir, reason, keep(projectDir));
    }

    /**
     * Takes an automatic backup before a risky operation and deletes the oldest beyond {@code keep}.
     *
     * @param reason a short word for the file name, e.g. {@code import} or {@code purge}
     * @return the backup written
     */
    public Path automaticBackup(Path projectDir, String reason, int keep) throws IOException {
        if (keep < 1) {
            throw new IllegalArgumentException("At least one automatic backup must be kept");
        }
        Path folder = projectDir.resolve(AUTOMATIC_FOLDER);
        String safeReason = reason.replaceAll("[^A-Za-z0-9_-]", "");
        Path zip = folder.resolve("auto-" + LocalDateTime.now(clock).format(STAMP) + "-" + safeReason + ".zip");
        backup(projectDir, zip);
        List<Path> all = automaticBackups(projectDir);
        for (Path old : all.subList(Math.min(keep, all.size()), all.size())) {
            Files.deleteIfExists(old);
        }
        return zip;
    }

    /** The automatic backups of a project, newest first. */
    public List<Path> automaticBackups(Path projectDir) throws IOException {
        Path folder = projectDir.resolve(AUTOMATIC_FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith("auto-") && p.getFileName().toString().endsWith(".zip"))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
                    .toList();
        }
    }
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

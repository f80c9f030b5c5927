package org.geoprospect.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.geoprospect.store.ProjectBackup;
import org.geoprospect.store.ProjectDatabase;

/**
 * Brings a project back from one of its automatic backups, in its own folder: the desktop's way out
 * of a damaged project and its File ▸ Restore a backup. The current database file is never deleted:
 * it is moved aside as {@code project.mv.db.damaged-<timestamp>} (or {@code .replaced-<timestamp>}
 * when the user restores a healthy project), so a wrong choice can still be undone by hand.
 *
 * <p>Stateless apart from its clock; thread-safe. Call it off the FX thread, while no task of the
 * application has the project open.
 */
public final class ProjectRecovery {
    /** Suffix of the database file moved aside because it could not be opened. */
    public static final String DAMAGED_SUFFIX = ".damaged-";
    /** Suffix of the database file moved aside because the user chose to restore over it. */
    public static final String REPLACED_SUFFIX = ".replaced-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final String AUTO_PREFIX = "auto-";

    /**
     * One automatic backup of a project.
     *
     * @param zip    the backup file; never null
     * @param taken  when it was taken (from its name, local time); never null
     * @param reason why, e.g. {@code import} or {@code purge}; may be empty, never null
     */
    public record BackupEntry(Path zip, LocalDateTime taken, String reason) {
        public BackupEntry {
            Objects.requireNonNull(zip, "zip");
            Objects.requireNonNull(taken, "taken");
            Objects.requireNonNull(reason, "reason");
        }
    }

    private final Clock clock;
    private final BackupService backups;

    public ProjectRecovery() {
        this(Clock.systemDefaultZone());
    }

    /** With a given clock, for the names of the files moved aside (tests). */
    public ProjectRecovery(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.backups = new BackupService(clock);
    }

    /**
     * The project's automatic backups, newest first; files whose names do not carry a date are left out.
     *
     * @throws UserFacingException when the backups folder cannot be read
     */
    public List<BackupEntry> backups(Path projectDir) {
        List<Path> zips;
        try {
            zips = backups.automaticBackups(projectDir);
        } catch (IOException e) {
            throw new UserFacingException("The backups of the project in " + projectDir + " cannot be listed ("
                    + e.getMessage() + "); check that the folder is readable.", e);
        }
        List<BackupEntry> entries = new ArrayList<>();
        for (Path zip : zips) {
            parse(zip).ifPresent(entries::add);
        }
        entries.sort(Comparator.comparing(BackupEntry::taken).reversed());
        return entries;
    }

    /** The newest automatic backup, if any. */
    public Optional<BackupEntry> latest(Path projectDir) {
        List<BackupEntry> all = backups(projectDir);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /**
     * Replaces the project's database file by the newest automatic backup, the current file being
     * moved aside as damaged.
     *
     * @return the file moved aside, or empty when the folder held no database file
     * @throws UserFacingException when the project has no automatic backup, or the restore fails
     *                             (the current file then stays in place)
     */
    public Optional<Path> restoreLatestOverDamaged(Path projectDir) {
        BackupEntry newest = latest(projectDir).orElseThrow(() -> new UserFacingException(
                "The project in " + projectDir + " has no automatic backup to restore; quit and restore a backup zip with 'restore'."));
        return restoreInPlace(projectDir, newest.zip(), DAMAGED_SUFFIX);
    }

    /**
     * Replaces the project's database file by a backup, the current file being moved aside with
     * {@code asideSuffix} and a timestamp. The backup is first unpacked into a scratch folder inside the
     * project, so a broken zip leaves the current file untouched.
     *
     * @param asideSuffix {@link #DAMAGED_SUFFIX} or {@link #REPLACED_SUFFIX}
     * @return the file moved aside, or empty when the folder held no database file
     * @throws UserFacingException (or the store's {@code ProjectOpenException}) with one sentence when it fails
     */
    public Optional<Path> restoreInPlace(Path projectDir, Path zip, String asideSuffix) {
        Objects.requireNonNull(zip, "zip");
        Path dir = projectDir.toAbsolutePath().normalize();
        if (!Files.isRegularFile(zip)) {
            throw new UserFacingException("The backup " + zip.getFileName() + " was not found; choose another backup.");
        }
        String stamp = LocalDateTime.now(clock).format(STAMP);
        Path scratch = dir.resolve(".restore-" + stamp);
        try {
            ProjectBackup.restore(zip, scratch);
            Path current = dir.resolve(ProjectDatabase.DATABASE_FILE_NAME);
            Optional<Path> aside = Optional.empty();
            if (Files.exists(current)) {
                Path target = dir.resolve(ProjectDatabase.DATABASE_FILE_NAME + asideSuffix + stamp);
                Files.move(current, target, StandardCopyOption.ATOMIC_MOVE);
                aside = Optional.of(target);
            }
            Files.move(scratch.resolve(ProjectDatabase.DATABASE_FILE_NAME), current, StandardCopyOption.ATOMIC_MOVE);
            return aside;
        } catch (IOException e) {
            throw new UserFacingException("The backup " + zip.getFileName() + " could not be put in place in " + dir
                    + " (" + e.getMessage() + "); check the free space and that the folder is writable.", e);
        } finally {
            deleteScratch(scratch);
        }
    }

    private static void deleteScratch(Path scratch) {
        if (!Files.exists(scratch)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(scratch)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A leftover scratch folder holds only a copy of a backup; the restore's outcome matters more.
        }
    }

    /** {@code auto-yyyyMMdd-HHmmss-SSS-reason.zip} as written by {@link BackupService#automaticBackup}. */
    static Optional<BackupEntry> parse(Path zip) {
        String name = zip.getFileName().toString();
        int stampLength = "yyyyMMdd-HHmmss-SSS".length();
        if (!name.startsWith(AUTO_PREFIX) || name.length() < AUTO_PREFIX.length() + stampLength + ".zip".length()) {
            return Optional.empty();
        }
        String stamp = name.substring(AUTO_PREFIX.length(), AUTO_PREFIX.length() + stampLength);
        String rest = name.substring(AUTO_PREFIX.length() + stampLength, name.length() - ".zip".length());
        try {
            LocalDateTime taken = LocalDateTime.parse(stamp, STAMP);
            return Optional.of(new BackupEntry(zip, taken, rest.startsWith("-") ? rest.substring(1) : rest));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}

package org.geoprospect.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.geoprospect.index.HouseholdColumns;
import org.geoprospect.index.HouseholdColumnsCodec;
import org.geoprospect.store.HouseholdGeneration;
import org.geoprospect.store.ProjectDatabase;
import org.geoprospect.store.ProjectKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The project's households as in-memory columns, kept beside the database in {@code .cache/households.columns}
 * so that the next opening copies bytes instead of decoding every row (at a million households, seconds
 * become a fraction of one). The copy is used only while it carries the database's current households
 * stamp ({@link HouseholdGeneration}), which every write of the households replaces; it is a cache, never
 * data: unreadable or stale, it is read again from the database and rewritten. Not kept for an encrypted
 * project (it would hold, unencrypted, the positions and interests the encryption protects) nor written for
 * a project opened read-only. Stateless and thread-safe.
 */
public final class HouseholdColumnsCache {
    /** The cache's folder in the project folder. */
    public static final String FOLDER = ".cache";
    static final String FILE = "households.columns";
    private static final Logger LOG = LoggerFactory.getLogger(HouseholdColumnsCache.class);

    private HouseholdColumnsCache() {
    }

    static Path file(Path projectDir) {
        return projectDir.resolve(FOLDER).resolve(FILE);
    }

    /** The saved columns, when they match the database's households now. */
    static Optional<HouseholdColumns> read(ProjectDatabase database) {
        Path dir = database.directory();
        if (!usable(dir)) {
            return Optional.empty();
        }
        Optional<String> stamp = HouseholdGeneration.current(database);
        if (stamp.isEmpty()) {
            return Optional.empty();
        }
        try {
            return HouseholdColumnsCodec.read(file(dir), stamp.get());
        } catch (IOException e) {
            LOG.warn("The households' cache of {} could not be read ({}); the database is read instead", dir, e.getMessage());
            return Optional.empty();
        }
    }

    /** Saves the columns just read from the database, with its households stamp (a failure is only logged). */
    static void write(ProjectDatabase database, HouseholdColumns households) {
        Path dir = database.directory();
        if (!usable(dir) || ProjectDatabase.isReadOnly(dir)) {
            return;
        }
        Optional<String> stamp = HouseholdGeneration.current(database);
        if (stamp.isEmpty()) {
            return;
        }
        try {
            HouseholdColumnsCodec.write(households, stamp.get(), file(dir));
        } catch (IOException | RuntimeException e) {
            LOG.warn("The households' cache of {} could not be written ({}); the next opening reads the database", dir,
                    e.getMessage());
        }
    }

    /** Deletes the saved columns (after a purge: the purged households' positions leave the folder at once). */
    public static void delete(Path projectDir) {
        try {
            Files.deleteIfExists(file(projectDir));
        } catch (IOException e) {
            LOG.warn("The households' cache of {} could not be deleted ({})", projectDir, e.getMessage());
        }
    }

    private static boolean usable(Path dir) {
        return dir != null && !ProjectKeys.isEncrypted(dir);
    }
}

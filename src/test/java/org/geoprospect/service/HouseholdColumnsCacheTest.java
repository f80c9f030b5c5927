package org.geoprospect.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.geoprospect.index.HouseholdColumns;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.store.HouseholdGeneration;
import org.geoprospect.store.ProjectDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The households' columns kept beside the project: written at the first opening, used while the
 * database's households are unchanged, read again after any change of them (an import, a purge), deleted
 * by a purge, never kept for an encrypted project — and what is read through the cache is what the
 * database holds.
 */
class HouseholdColumnsCacheTest {
    @TempDir
    Path dir;

    private static HouseholdColumns open(Path project) {
        try (ProjectDatabase database = ProjectDatabase.open(project)) {
            return PointLayersLoader.load(database, ProgressMonitor.NONE).households();
        }
    }

    private static String stamp(Path project) {
        try (ProjectDatabase database = ProjectDatabase.open(project)) {
            return HouseholdGeneration.current(database).orElseThrow();
        }
    }

    @Test
    void theCacheIsUsedWhileTheHouseholdsAreUnchangedAndRebuiltAfterAnImport() throws Exception {
        Path project = dir.resolve("demo");
        new ProjectService().create(project, true, ProgressMonitor.NONE);
        Path cache = HouseholdColumnsCache.file(project);
        assertFalse(Files.exists(cache), "no cache before the first opening");
        HouseholdColumns fromDatabase = open(project);
        assertTrue(Files.exists(cache), "the first opening keeps the columns");
        long written = Files.getLastModifiedTime(cache).toMillis();
        String before = stamp(project);
        HouseholdColumns fromCache = open(project);
        org.geoprospect.index.HouseholdColumnsCodecTest.assertSameColumns(fromDatabase, fromCache);
        assertEquals(written, Files.getLastModifiedTime(cache).toMillis(), "an unchanged project reads its cache");

        // A re-import of one household with another interest: the stamp changes, the next opening sees it.
        Path csv = dir.resolve("one.csv");
        String code = fromDatabase.anonCode(0);
        Files.writeString(csv, "anon_code,lon,lat,commune_insee,interests\n" + code + ",-0.55,47.47,49007,wine\n");
        new ImportService().importCustomers(project, CustomerFileKind.HOUSEHOLDS, csv, null, null, ProgressMonitor.NONE);
        assertNotEquals(before, stamp(project));
        HouseholdColumns after = open(project);
        int id = after.idOfCode(code);
        assertEquals(HouseholdColumns.interestBit("wine"), after.interestMask(id), "the import is seen, not the old copy");
    }

    @Test
    void aPurgeDeletesTheCacheAndAnEncryptedProjectKeepsNone() throws Exception {
        Path project = dir.resolve("demo");
        new ProjectService().create(project, true, ProgressMonitor.NONE);
        open(project);
        assertTrue(Files.exists(HouseholdColumnsCache.file(project)));
        new RetentionService().purge(project, ProgressMonitor.NONE);
        assertFalse(Files.exists(HouseholdColumnsCache.file(project)), "the purged households' positions leave the folder");

        Path secret = dir.resolve("secret");
        new ProjectService().create(secret, true, null, "correct horse".toCharArray(), ProgressMonitor.NONE);
        open(secret);
        assertFalse(Files.exists(HouseholdColumnsCache.file(secret)), "no unencrypted copy of an encrypted project");
    }
}

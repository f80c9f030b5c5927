package org.geoprospect.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.geoprospect.geo.Srids;
import org.geoprospect.model.ProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A first import is closed as it is; a re-import of the same households, which supersedes every page, is compacted. */
class CompactionTest {
    @TempDir
    Path dir;

    @Test
    void aReImportIsCompactedOnCloseAFirstImportIsNot() throws Exception {
        Path project = dir.resolve("p");
        Path file = project.resolve(ProjectDatabase.DATABASE_FILE_NAME);
        try (ProjectDatabase db = ProjectDatabase.create(project, Srids.LAMBERT_93, "P")) {
            new HouseholdRepository(db).upsertAll(TestHouseholds.entries(20_000, "B"), ProgressMonitor.NONE);
            assertFalse(db.closeCompactingIfSparse(), "fill rate " + db.chunksFillRate() + " % after a first import");
        }
        long afterFirst = Files.size(file);
        boolean compacted;
        try (ProjectDatabase db = ProjectDatabase.open(project)) {
            new HouseholdRepository(db).upsertAll(TestHouseholds.entries(20_000, "C"), ProgressMonitor.NONE);
            compacted = db.closeCompactingIfSparse();
        }
        assertTrue(compacted, "a re-import leaves the file mostly superseded pages");
        assertTrue(Files.size(file) <= afterFirst * 1.2, Files.size(file) + " bytes after the compacted re-import, "
                + afterFirst + " after the first import");
        try (ProjectDatabase db = ProjectDatabase.open(project)) {
            assertTrue(new HouseholdRepository(db).count() == 20_000, "every household is still there");
        }
    }
}

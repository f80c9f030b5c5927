package org.geoprospect.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Locale;
import org.geoprospect.index.HouseholdColumns;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.store.ProjectDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the households in two halves on two threads gives the same columns, in the same order, as one pass. */
class PointLayersLoaderTest {
    @TempDir
    Path dir;

    @Test
    void twoHalvesEqualOnePass() throws Exception {
        Path project = dir.resolve("demo");
        new ProjectService().create(project, true, ProgressMonitor.NONE);
        HouseholdColumns onePass;
        HouseholdColumns halves;
        try (ProjectDatabase database = ProjectDatabase.open(project)) {
            onePass = PointLayersLoader.load(database, ProgressMonitor.NONE, Long.MAX_VALUE).households();
            halves = PointLayersLoader.load(database, ProgressMonitor.NONE, 0).households();
        }
        assertEquals(20_000, onePass.size());
        assertEquals(onePass.size(), halves.size());
        for (int id = 0; id < onePass.size(); id++) {
            assertEquals(describe(onePass, id), describe(halves, id), "household " + id);
        }
    }

    private static String describe(HouseholdColumns c, int id) {
        return String.format(Locale.ROOT, "%s %.3f %.3f %s %d %d %d %d %d %d %d", c.anonCode(id), c.x(id), c.y(id),
                c.communeCode(id), c.interestMask(id), c.householdSize(id),
                c.ageBandIndex(id) < 0 ? -1 : c.ageBands().get(c.ageBandIndex(id)).hashCode(),
                c.incomeBandIndex(id) < 0 ? -1 : c.incomeBands().get(c.incomeBandIndex(id)).hashCode(),
                c.consentMask(id), c.lastContactDay(id),
                c.consentSourceIndex(id) < 0 ? -1 : c.consentSources().get(c.consentSourceIndex(id)).hashCode());
    }
}

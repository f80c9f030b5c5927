package org.geoprospect.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.geoprospect.geo.Srids;
import org.geoprospect.model.CancelledException;
import org.geoprospect.model.ProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cancel pressed at random batch boundaries, a hundred times: each cancelled upsert leaves no partial
 * batch (the counts are those acknowledged before) and a store that keeps working (the next upsert
 * completes), whatever the boundary.
 */
class CancelAtBatchBoundariesTest {
    private static final int ROWS = 2 * HouseholdRepository.BATCH + 123;

    @TempDir
    Path dir;

    @Test
    void aHundredCancelsLeaveNoPartialBatchAndAWorkingStore() {
        Random random = new Random(100);
        try (ProjectDatabase database = ProjectDatabase.create(dir.resolve("p"), Srids.LAMBERT_93, "cancel test")) {
            HouseholdRepository households = new HouseholdRepository(database);
            households.upsertAll(TestHouseholds.entries(1_000, "A"), ProgressMonitor.NONE);
            long acknowledged = households.count();
            int cancels = 0;
            for (int attempt = 0; attempt < 100; attempt++) {
                int boundaries = 1 + random.nextInt(3); // cancel seen at the 1st..3rd check (the last is the end)
                AtomicInteger checks = new AtomicInteger();
                ProgressMonitor cancelAtBoundary = new ProgressMonitor() {
                    @Override
                    public void progress(long done, long total) {
                    }

                    @Override
                    public boolean isCancelled() {
                        return checks.incrementAndGet() >= boundaries;
                    }
                };
                String band = "C" + attempt;
                try {
                    households.upsertAll(TestHouseholds.entries(ROWS, band), cancelAtBoundary);
                    acknowledged = households.count();
                } catch (CancelledException cancelled) {
                    cancels++;
                }
                assertEquals(acknowledged, households.count(), "attempt " + attempt + ": no partial batch");
            }
            assertEquals(100, cancels, "every attempt met its cancel before the end");
            // The store still works: a full upsert completes and is counted.
            households.upsertAll(TestHouseholds.entries(ROWS, "Z"), ProgressMonitor.NONE);
            assertEquals(Math.max(acknowledged, ROWS), households.count());
            assertEquals("Z", households.find("H0000000").orElseThrow().incomeBand());
            assertThrows(CancelledException.class, () -> households.upsertAll(TestHouseholds.entries(ROWS, "Q"), new ProgressMonitor() {
                @Override
                public void progress(long done, long total) {
                }

                @Override
                public boolean isCancelled() {
                    return true;
                }
            }));
            assertEquals("Z", households.find("H0000000").orElseThrow().incomeBand(), "the cancelled update left no trace");
        }
    }
}

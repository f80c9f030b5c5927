package org.geoprospect.store;

import java.nio.file.Files;
import java.nio.file.Path;
import org.geoprospect.geo.Srids;
import org.geoprospect.model.ProgressMonitor;

/**
 * Manual benchmark, not a test: times the bulk upsert of synthetic households with and without the
 * spatial index. Run with {@code java -Xmx2g -cp <test+main classpath> org.geoprospect.store.HouseholdUpsertBenchmark [count]}.
 */
public final class HouseholdUpsertBenchmark {
    private HouseholdUpsertBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path root = Files.createTempDirectory("household-benchmark");
        time("generate the entries only (no database)", () -> {
            long n = 0;
            for (var it = TestHouseholds.entries(count, "A"); it.hasNext(); it.next()) {
                n++;
            }
            return n;
        });
        try (ProjectDatabase db = ProjectDatabase.create(root.resolve("plain"), Srids.LAMBERT_93, "Bench")) {
            HouseholdRepository households = new HouseholdRepository(db);
            time("first import, no spatial index (INSERT path)", () -> households.upsertAll(TestHouseholds.entries(count, "A"), ProgressMonitor.NONE));
            time("re-import of the same codes, no spatial index (MERGE path)", () -> households.upsertAll(TestHouseholds.entries(count, "B"), ProgressMonitor.NONE));
            time("stream every household (forEach)", () -> households.forEach(h -> { }, ProgressMonitor.NONE));
            time("create the spatial index afterwards", () -> { households.createSpatialIndex(); return 0; });
            System.out.printf("file size: %.0f MB%n", Files.size(db.directory().resolve(ProjectDatabase.DATABASE_FILE_NAME)) / 1e6);
        }
        try (ProjectDatabase db = ProjectDatabase.create(root.resolve("indexed"), Srids.LAMBERT_93, "Bench")) {
            HouseholdRepository households = new HouseholdRepository(db);
            households.createSpatialIndex();
            time("first import into a table with the spatial index", () -> households.upsertAll(TestHouseholds.entries(count, "A"), ProgressMonitor.NONE));
        }
        long opened = System.nanoTime();
        try (ProjectDatabase db = ProjectDatabase.open(root.resolve("plain"))) {
            System.out.printf("open a project of %d households: %d ms (schema %d)%n", count,
                    (System.nanoTime() - opened) / 1_000_000, db.schemaVersion());
        }
        System.out.println("benchmark folder (delete it): " + root);
    }

    private interface Work {
        long run() throws Exception;
    }

    private static void time(String what, Work work) throws Exception {
        long start = System.nanoTime();
        long rows = work.run();
        System.out.printf("%-60s %8d rows %7.1f s%n", what, rows, (System.nanoTime() - start) / 1e9);
    }
}

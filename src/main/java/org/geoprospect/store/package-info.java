/**
 * The project store: one embedded H2GIS database per project folder, its schema migrations and small
 * repositories. SQL lives in this package only; services call the repositories.
 *
 * <h2>Use</h2>
 * <pre>{@code
 * try (ProjectDatabase db = ProjectDatabase.create(dir, Srids.LAMBERT_93, "Demo")) {   // or open(dir)
 *     new HouseholdRepository(db).upsertAll(entries, monitor);
 *     new LayerRepository(db).save("roads", GeometryKind.LINE, 2154, extent4326, features, monitor);
 *     ProjectStats stats = new StatsRepository(db).stats();
 * }
 * }</pre>
 * Opening failures are {@link org.geoprospect.store.ProjectOpenException}s with a
 * {@link org.geoprospect.store.ProjectOpenException.Reason}; operation failures are
 * {@link org.geoprospect.store.StoreException}s; both carry one sentence for the user. Every write is
 * one transaction (all-or-nothing; cancel between batches rolls back and throws
 * {@code CancelledException}) and is on disk when the method returns.
 *
 * <h2>Schema</h2>
 * Scripts {@code V<n>__<what>.sql} under {@code /org/geoprospect/store/migration/}, listed in
 * {@code migrations.txt}; {@code schema_version} records each one applied. A project written by an
 * older version is copied to {@code project.mv.db.v<n>.bak} and then upgraded when opened; one
 * written by a newer version is refused. H2 commits DDL implicitly, hence the copy.
 *
 * <h2>Measured (2-core machine, 1,000,000 synthetic households, a third with contact fields)</h2>
 * See {@code HouseholdUpsertBenchmark} (test sources) to repeat. Generating the entries alone: 1.4 s.
 * <ul>
 *   <li>first import into an empty table (batched INSERT, one transaction): 14.2 s</li>
 *   <li>re-import of the same codes (batched MERGE): 22.1 s</li>
 *   <li>first import with the household spatial index in place: 19.0 s; building it afterwards: 7.5 s</li>
 *   <li>streaming all households back ({@code forEach}): 1.7 s; opening the project: 72 ms</li>
 *   <li>with {@code WRITE_DELAY=0} instead of a final {@code CHECKPOINT SYNC}: 19.7 s, 32.1 s, 74 s, 22 s</li>
 * </ul>
 * The file grows to about 2 GB after an import and a full re-import (H2's MVStore keeps old pages
 * until it compacts them); {@code SHUTDOWN COMPACT} shrinks it.
 * the households table has no spatial index by default because maintaining one during an import or
 * building it afterwards costs more than the import itself; the application selects households on
 * its in-memory index, and {@link org.geoprospect.store.HouseholdRepository#createSpatialIndex()}
 * builds it for SQL selections on demand.
 */
package org.geoprospect.store;

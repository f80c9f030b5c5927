package org.geoprospect.service;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.geoprospect.index.HouseholdColumns;
import org.geoprospect.index.HouseholdColumnsBuilder;
import org.geoprospect.index.PackedPointIndex;
import org.geoprospect.model.CancelledException;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.render.points.ClientSizing;
import org.geoprospect.render.points.PointLayers;
import org.geoprospect.store.ClientRepository;
import org.geoprospect.store.CompetitorRepository;
import org.geoprospect.store.HouseholdRepository;
import org.geoprospect.store.ProjectDatabase;

/**
 * Loads a project's households once into the in-memory columns and packed index (what makes the
 * map and the selections interactive at a million households), with its clients and competitors.
 *
 * <p>Reading the rows is most of the time of opening a project (about 70 % at a million households,
 * profiled), and it is CPU work (decoding H2's pages and values): the rows are read in two halves at
 * once, the second on a helper thread into a builder of its own, and the halves joined in row order,
 * so the result is the same as one pass.
 */
final class PointLayersLoader {
    /** Below this, one pass is as quick as starting a thread. */
    private static final long PARALLEL_FROM = 50_000;

    private PointLayersLoader() {
    }

    static PointLayers load(ProjectDatabase database, ProgressMonitor monitor) {
        return load(database, monitor, PARALLEL_FROM);
    }

    /** For tests: {@code parallelFrom} households and more are read in two halves. */
    static PointLayers load(ProjectDatabase database, ProgressMonitor monitor, long parallelFrom) {
        HouseholdRepository repository = new HouseholdRepository(database);
        long count = repository.count();
        HouseholdColumns households = null;
        PackedPointIndex index = null;
        if (count > 0) {
            households = HouseholdColumnsCache.read(database).filter(cached -> cached.size() == count).orElse(null);
            if (households == null) {
                households = count < parallelFrom ? readInOnePass(repository, count, monitor)
                        : readInTwoHalves(repository, count, monitor);
                HouseholdColumnsCache.write(database, households);
            }
            index = PackedPointIndex.of(households);
        }
        return new PointLayers(households, index, null, new ClientRepository(database).findAll(),
                new CompetitorRepository(database).findAll(), ClientSizing.NONE);
    }

    private static HouseholdColumns readInOnePass(HouseholdRepository repository, long count, ProgressMonitor monitor) {
        HouseholdColumnsBuilder builder = HouseholdColumns.builder(capacity(count));
        repository.forEach(builder::add, monitor);
        return builder.build();
    }

    private static HouseholdColumns readInTwoHalves(HouseholdRepository repository, long count, ProgressMonitor monitor) {
        List<HouseholdRepository.RowRange> halves = repository.split(2);
        if (halves.size() < 2) {
            return readInOnePass(repository, count, monitor);
        }
        AtomicLong read = new AtomicLong();
        AtomicBoolean failed = new AtomicBoolean();
        // The helper only counts; the calling thread reports the progress of both halves.
        ProgressMonitor helperMonitor = new ProgressMonitor() {
            private long last;

            @Override
            public void progress(long done, long total) {
                read.addAndGet(done - last);
                last = done;
            }

            @Override
            public boolean isCancelled() {
                return failed.get() || monitor.isCancelled();
            }
        };
        HouseholdColumnsBuilder second = HouseholdColumns.builder(capacity(count / 2));
        CompletableFuture<Long> helper = CompletableFuture.supplyAsync(
                () -> repository.forEachIn(halves.get(1), second::add, helperMonitor));
        HouseholdColumnsBuilder first = HouseholdColumns.builder(capacity(count));
        try {
            repository.forEachIn(halves.get(0), first::add, new ProgressMonitor() {
                private long last;

                @Override
                public void progress(long done, long total) {
                    monitor.progress(read.addAndGet(done - last), count);
                    last = done;
                }

                @Override
                public boolean isCancelled() {
                    return monitor.isCancelled();
                }
            });
        } catch (RuntimeException | Error e) {
            failed.set(true);
            helper.handle((r, t) -> r).join(); // never leave the helper reading a closing project
            throw e;
        }
        try {
            helper.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
        first.appendAll(second);
        monitor.progress(count, count);
        return first.build();
    }

    private static int capacity(long count) {
        return (int) Math.min(count, Integer.MAX_VALUE - 8);
    }
}

package org.geoprospect.privacy;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Objects;
import org.geoprospect.store.ObjectionRepository;
import org.geoprospect.store.ProjectDatabase;

/**
 * The project's objections: records new ones (from an {@code import objections} file or the UI) and
 * loads them as the {@link ObjectionList} a {@link ContactPolicy} is built with. Objections survive
 * purges; the only removal is the user taking back a recording just made by mistake ({@link #withdraw}),
 * which the audit log keeps a line of. Thread-safe.
 */
public final class ObjectionRegister {
    private final ObjectionRepository repository;
    private final Clock clock;

    public ObjectionRegister(ProjectDatabase database, Clock clock) {
        this.repository = new ObjectionRepository(Objects.requireNonNull(database, "database"));
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Records objections, all or nothing; returns how many were recorded. */
    public int record(Collection<Objection> objections) {
        Objects.requireNonNull(objections, "objections");
        return repository.addAll(objections.stream().map(Objection::toRecord).toList(), OffsetDateTime.now(clock));
    }

    /** Records objections, all or nothing; returns their ids, for {@link #withdraw}. */
    public java.util.List<Long> recordUndoably(Collection<Objection> objections) {
        Objects.requireNonNull(objections, "objections");
        return repository.addReturningIds(objections.stream().map(Objection::toRecord).toList(), OffsetDateTime.now(clock));
    }

    /**
     * Takes back objections recorded by {@link #recordUndoably} (the user's undo), logging the count and
     * who did it in the audit log, never the identifiers.
     *
     * @return how many were removed
     */
    public int withdraw(Collection<Long> ids, String osUser) {
        Objects.requireNonNull(ids, "ids");
        org.geoprospect.store.ExportLogEntry audit = new org.geoprospect.store.ExportLogEntry(0, OffsetDateTime.now(clock),
                Objects.requireNonNull(osUser, "osUser"), org.geoprospect.store.ExportLogEntry.OBJECTION_UNDO, null, null,
                java.util.List.of(), ids.size(), null, null, null);
        return repository.withdraw(ids, audit);
    }

    /** Every recorded objection, as a suppression list. */
    public ObjectionList load() {
        return ObjectionList.of(repository.all().stream().map(Objection::fromRecord).toList());
    }

    /** How many objections are recorded. */
    public long count() {
        return repository.count();
    }
}

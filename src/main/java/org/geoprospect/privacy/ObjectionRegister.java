package org.geoprospect.privacy;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Objects;
import org.geoprospect.store.ObjectionRepository;
import org.geoprospect.store.ProjectDatabase;

/**
 * The project's objections: records new ones (from an {@code import objections} file or the UI) and
 * loads them as the {@link ObjectionList} a {@link ContactPolicy} is built with. Objections are only
 * ever added; they survive purges. Thread-safe.
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

    /** Every recorded objection, as a suppression list. */
    public ObjectionList load() {
        return ObjectionList.of(repository.all().stream().map(Objection::fromRecord).toList());
    }

    /** How many objections are recorded. */
    public long count() {
        return repository.count();
    }
}

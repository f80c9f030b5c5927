package org.geoprospect.service;

import org.geoprospect.analysis.criteria.ObjectionFilter;
import org.geoprospect.store.ProjectDatabase;

/**
 * Where a service gets the objection filter of an open project for the "not objected" criterion:
 * {@link #register(java.time.Clock)}, the project's objection register, in the product;
 * {@link #NONE} (nobody has objected) only in tests that need no register.
 */
@FunctionalInterface
public interface ObjectionSource {
    /** No objection register: nobody has objected. */
    ObjectionSource NONE = database -> ObjectionFilter.NONE;

    /** The project's objection register, read through the privacy gate. */
    static ObjectionSource register(java.time.Clock clock) {
        return database -> org.geoprospect.privacy.RegisterObjectionFilter.of(database, clock);
    }

    /** The filter for the project's objections as they are now. */
    ObjectionFilter open(ProjectDatabase database);
}

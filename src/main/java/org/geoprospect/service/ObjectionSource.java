package org.geoprospect.service;

import org.geoprospect.analysis.criteria.ObjectionFilter;
import org.geoprospect.store.ProjectDatabase;

/**
 * Where a service gets the objection filter of an open project for the "not objected" criterion.
 * The privacy package's objection register is the real source; until it is wired in,
 * {@link #NONE} reports no objection.
 */
@FunctionalInterface
public interface ObjectionSource {
    /** No objection register: nobody has objected. */
    ObjectionSource NONE = database -> ObjectionFilter.NONE;

    /** The filter for the project's objections as they are now. */
    ObjectionFilter open(ProjectDatabase database);
}

package org.geoprospect.analysis.criteria;

import org.geoprospect.index.HouseholdColumns;
import org.geoprospect.index.Selection;
import org.geoprospect.model.Channel;

/**
 * Which households have objected (opposition, absolute under French law) to being contacted on a
 * channel, for the "not objected" criterion. The privacy package implements it from its objection
 * register; analysis only asks this question, so it does not depend on how objections are stored or
 * matched.
 *
 * <p>Implementations must be thread-safe.
 */
@FunctionalInterface
public interface ObjectionFilter {
    /** No objection recorded anywhere (a project without an objection register). */
    ObjectionFilter NONE = (households, channel) -> Selection.none(households.size());

    /**
     * The households that objected on that channel, or on all channels.
     *
     * @return a selection over {@code households.size()} ids; never null
     */
    Selection objected(HouseholdColumns households, Channel channel);
}

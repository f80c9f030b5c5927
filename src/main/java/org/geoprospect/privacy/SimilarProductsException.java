package org.geoprospect.privacy;

import org.geoprospect.model.Channel;
import org.geoprospect.model.Household;

/**
 * The hook for the one exception to prior consent on email and SMS: an existing client may be
 * prospected for products similar to those already bought (and must be able to opt out). The household
 * data carries no such flag yet, so the default, {@link #NONE}, never applies; a project that records
 * it plugs its own rule here. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface SimilarProductsException {
    /** The exception never applies (default): email and SMS need a recorded consent. */
    SimilarProductsException NONE = (household, channel) -> false;

    /** Whether the household may be prospected on this channel (email or SMS) without consent. */
    boolean applies(Household household, Channel channel);
}

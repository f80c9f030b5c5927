package org.geoprospect.privacy;

import java.time.LocalDate;

/**
 * The day each household was first stored in the project (its collection date for
 * {@link RetentionRule}). Implementations must be thread-safe if the policy is shared.
 */
@FunctionalInterface
public interface CollectionDates {
    /** None known: households without recorded dates count as within retention. */
    CollectionDates UNKNOWN = anonCode -> null;

    /** The collection date of a household, or null when unknown. */
    LocalDate collectedOn(String anonCode);
}

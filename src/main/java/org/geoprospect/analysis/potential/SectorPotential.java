package org.geoprospect.analysis.potential;

/**
 * One commercial sector's potential. The counts here are exact; show them through
 * {@link #households()}… only inside the application's memory, and through {@link SectorPotentialRow}
 * (masked) on screen or in files.
 *
 * @param code               sector code
 * @param name               sector name (may be null)
 * @param households         households in the sector
 * @param matchingProspects  households in the sector matching the criteria (all households without criteria)
 * @param clients            contacts of category client located in the sector
 * @param penetration        clients per 1,000 households (NaN without households)
 * @param remainingPotential the sector's households matching the criteria that are not customers yet: the
 *                           potential left to win, counted on households only (the customer file's clients
 *                           are companies and other contacts, not households, so they are not subtracted).
 *                           The household file holds prospects, so today it equals {@code matchingProspects};
 *                           a household that becomes a customer leaves it
 */
public record SectorPotential(String code, String name, long households, long matchingProspects, long clients,
                              double penetration, long remainingPotential) {
}

package org.geoprospect.analysis.campaign;

/**
 * Marketing-pressure caps applied when a step is prepared.
 *
 * @param maxContactsPer30Days at most this many outbound contacts (SENT events, every chain and export
 *                             together) per person over the 30 days up to and including the new one; 0 = no cap
 * @param exclusiveDays        a person contacted by another <em>active</em> chain in the last this many days is
 *                             not taken; 0 = no exclusivity
 */
public record PressureCaps(int maxContactsPer30Days, int exclusiveDays) {
    /** No cap at all. */
    public static final PressureCaps NONE = new PressureCaps(0, 0);

    public PressureCaps {
        if (maxContactsPer30Days < 0 || exclusiveDays < 0) {
            throw new IllegalArgumentException("Pressure caps cannot be negative (" + maxContactsPer30Days + ", "
                    + exclusiveDays + ").");
        }
    }
}

package org.geoprospect.analysis.huff;

/**
 * Per household (by id), where it would shop: the nearest competitor and own site, the distance ratio
 * and the Huff probability of choosing us. Columns of primitives (about 24 bytes per household); the
 * arrays are shared, not copied: do not modify them.
 *
 * @param nearestCompetitor  the nearest competitor's index in the model's list, -1 when there is none
 * @param competitorDistance metres to it (+∞ when none)
 * @param nearestOwnSite     the nearest own site's index, -1 when there is none
 * @param ownDistance        metres to it (+∞ when none)
 * @param distanceRatio      own distance / competitor distance: above 1, the competitor is nearer (NaN without competitors)
 * @param usProbability      the Huff probability of choosing us, 0..1 (NaN when there is no site at all)
 */
public record EscapeColumns(int[] nearestCompetitor, float[] competitorDistance, int[] nearestOwnSite,
                            float[] ownDistance, float[] distanceRatio, float[] usProbability) {
    /** The number of households. */
    public int size() {
        return usProbability.length;
    }
}

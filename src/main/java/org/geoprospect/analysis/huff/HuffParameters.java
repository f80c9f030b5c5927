package org.geoprospect.analysis.huff;

/**
 * The parameters of the Huff model of competitor attraction.
 *
 * @param distanceDecay      λ, the distance-decay exponent (default 2): attraction = A · d^-λ
 * @param ourAttractiveness  our attractiveness, all our sites together, in the competitors' unit (e.g. floor
 *                           area), shared equally among our sites; null means the mean attractiveness of the
 *                           competitors (a neutral default: our whole offer weighs as much as an average outlet)
 * @param cutoffKm           with more than {@link HuffModel#EXACT_SITE_LIMIT} sites, only sites within this
 *                           distance enter a household's sum (plus the nearest own site and the nearest
 *                           competitor, always); with fewer sites every site counts
 * @param minDistanceMetres  distances below this are taken as this, so a household on a site's spot gets
 *                           a finite attraction
 */
public record HuffParameters(double distanceDecay, Double ourAttractiveness, double cutoffKm, double minDistanceMetres) {
    /** λ = 2, our attractiveness = the competitors' mean, 50 km cut-off, 10 m minimum distance. */
    public static final HuffParameters DEFAULT = new HuffParameters(2.0, null, 50.0, 10.0);

    public HuffParameters {
        if (!(distanceDecay > 0) || Double.isInfinite(distanceDecay)) {
            throw new IllegalArgumentException("The distance-decay exponent must be a positive number, got " + distanceDecay + ".");
        }
        if (ourAttractiveness != null && !(ourAttractiveness > 0)) {
            throw new IllegalArgumentException("Our attractiveness must be positive, got " + ourAttractiveness + ".");
        }
        if (!(cutoffKm > 0)) {
            throw new IllegalArgumentException("The Huff cut-off distance must be positive, got " + cutoffKm + " km.");
        }
        if (!(minDistanceMetres > 0)) {
            throw new IllegalArgumentException("The Huff minimum distance must be positive, got " + minDistanceMetres + " m.");
        }
    }

    /** The same parameters with another λ. */
    public HuffParameters withDistanceDecay(double lambda) {
        return new HuffParameters(lambda, ourAttractiveness, cutoffKm, minDistanceMetres);
    }

    /** The same parameters with another attractiveness of ours. */
    public HuffParameters withOurAttractiveness(Double attractiveness) {
        return new HuffParameters(distanceDecay, attractiveness, cutoffKm, minDistanceMetres);
    }
}

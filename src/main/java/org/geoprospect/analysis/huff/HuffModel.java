package org.geoprospect.analysis.huff;

import java.util.Objects;

/**
 * The Huff model of competitor attraction: a household chooses site j with probability
 * {@code P(j) = A_j d_j^-λ / Σ_k A_k d_k^-λ}, where A is a site's attractiveness (the competitors'
 * from their data), d the planar distance from the household and λ the distance-decay exponent. "Us" is
 * the sum over our own sites, which share our attractiveness equally: {@code A_us / n} each, for n sites
 * (our sites are where our clients are, not n shops: giving each the attractiveness of a whole outlet made
 * the company n times as attractive as it is, and the demo's 116 clients made every household ours). A
 * household whose probability of choosing us is low is an <em>escaping prospect</em>: it goes to a
 * competitor.
 *
 * <p>Which sites enter a household's sum: all of them when there are at most {@link #EXACT_SITE_LIMIT}
 * (the exact model); otherwise, so that 1M households × 10k competitors stays in seconds, the sites
 * within {@link HuffParameters#cutoffKm()} plus, always, the nearest own site and the nearest
 * competitor (beyond 50 km with λ = 2 a site weighs under 1/2500 of one at 1 km). Distances below
 * {@link HuffParameters#minDistanceMetres()} count as that minimum.
 *
 * <p>Immutable and thread-safe.
 */
public final class HuffModel {
    /** Up to this many sites (ours + competitors), every site enters every household's sum. */
    public static final int EXACT_SITE_LIMIT = 256;

    private final double[] ownX;
    private final double[] ownY;
    private final double[] compX;
    private final double[] compY;
    private final double[] compA;
    /** Our attractiveness, all our sites together. */
    private final double ourA;
    /** The share of it each of our sites carries. */
    private final double ourAPerSite;
    private final HuffParameters parameters;
    private final NearestSites ownSites;
    private final NearestSites competitorSites;

    /**
     * A model over our sites and the competitors' (project CRS, metres).
     *
     * @param competitorAttractiveness one positive value per competitor
     * @throws IllegalArgumentException when lengths differ or an attractiveness is not positive
     */
    public HuffModel(double[] ownX, double[] ownY, double[] competitorX, double[] competitorY,
                     double[] competitorAttractiveness, HuffParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        if (ownX.length != ownY.length || competitorX.length != competitorY.length
                || competitorX.length != competitorAttractiveness.length) {
            throw new IllegalArgumentException("The Huff model needs one x, y (and attractiveness) per site.");
        }
        double sum = 0;
        for (int k = 0; k < competitorAttractiveness.length; k++) {
            if (!(competitorAttractiveness[k] > 0)) {
                throw new IllegalArgumentException("Competitor number " + (k + 1) + " has an attractiveness of "
                        + competitorAttractiveness[k] + "; the Huff model needs a positive value (e.g. floor area).");
            }
            sum += competitorAttractiveness[k];
        }
        this.ownX = ownX.clone();
        this.ownY = ownY.clone();
        this.compX = competitorX.clone();
        this.compY = competitorY.clone();
        this.compA = competitorAttractiveness.clone();
        this.ourA = parameters.ourAttractiveness() != null ? parameters.ourAttractiveness()
                : compA.length > 0 ? sum / compA.length : 1.0;
        this.ourAPerSite = ownX.length > 0 ? ourA / ownX.length : 0;
        this.ownSites = NearestSites.of(ownX, ownY);
        this.competitorSites = NearestSites.of(competitorX, competitorY);
    }

    /** Our attractiveness as used, all our sites together (the parameter, or the competitors' mean). */
    public double ourAttractiveness() {
        return ourA;
    }

    /** The attractiveness each of our sites carries: {@link #ourAttractiveness()} shared equally among them. */
    public double ourAttractivenessPerSite() {
        return ourAPerSite;
    }

    /**
     * The escaping-prospect columns for the first {@code count} points (households).
     */
    public EscapeColumns compute(double[] x, double[] y, int count) {
        NearestSites.Result competitor = competitorSites.find(x, y, count);
        NearestSites.Result own = ownSites.find(x, y, count);
        float[] ratio = new float[count];
        float[] pUs = new float[count];
        boolean exact = ownX.length + compX.length <= EXACT_SITE_LIMIT;
        double cutoff = parameters.cutoffKm() * 1000;
        double[] sums = new double[2];
        for (int i = 0; i < count; i++) {
            ratio[i] = competitor.site()[i] < 0 ? Float.NaN : own.distance()[i] / competitor.distance()[i];
            if (exact) {
                exactSums(x[i], y[i], sums);
            } else {
                cutoffSums(x[i], y[i], cutoff, own.site()[i], competitor.site()[i], sums);
            }
            double total = sums[0] + sums[1];
            pUs[i] = total > 0 ? (float) (sums[0] / total) : Float.NaN;
        }
        return new EscapeColumns(competitor.site(), competitor.distance(), own.site(), own.distance(), ratio, pUs);
    }

    /**
     * The probabilities of one household choosing each site, over every site (no cut-off): element 0 is
     * us (all our sites together), element 1 + k competitor k. They sum to 1 (NaN when there is no site).
     */
    public double[] probabilities(double x, double y) {
        double[] p = new double[1 + compX.length];
        double total = 0;
        for (int s = 0; s < ownX.length; s++) {
            p[0] += ourAPerSite * decay(ownX[s] - x, ownY[s] - y);
        }
        total += p[0];
        for (int k = 0; k < compX.length; k++) {
            p[1 + k] = compA[k] * decay(compX[k] - x, compY[k] - y);
            total += p[1 + k];
        }
        for (int j = 0; j < p.length; j++) {
            p[j] /= total;
        }
        return p;
    }

    private void exactSums(double x, double y, double[] sums) {
        double us = 0;
        for (int s = 0; s < ownX.length; s++) {
            us += decay(ownX[s] - x, ownY[s] - y);
        }
        double them = 0;
        for (int k = 0; k < compX.length; k++) {
            them += compA[k] * decay(compX[k] - x, compY[k] - y);
        }
        sums[0] = ourAPerSite * us;
        sums[1] = them;
    }

    private void cutoffSums(double x, double y, double cutoff, int nearestOwn, int nearestCompetitor, double[] sums) {
        double[] us = {0};
        boolean[] sawNearest = {false};
        ownSites.visitWithin(x, y, cutoff, s -> {
            us[0] += decay(ownX[s] - x, ownY[s] - y);
            sawNearest[0] |= s == nearestOwn;
        });
        if (nearestOwn >= 0 && !sawNearest[0]) {
            us[0] += decay(ownX[nearestOwn] - x, ownY[nearestOwn] - y);
        }
        double[] them = {0};
        sawNearest[0] = false;
        competitorSites.visitWithin(x, y, cutoff, k -> {
            them[0] += compA[k] * decay(compX[k] - x, compY[k] - y);
            sawNearest[0] |= k == nearestCompetitor;
        });
        if (nearestCompetitor >= 0 && !sawNearest[0]) {
            them[0] += compA[nearestCompetitor] * decay(compX[nearestCompetitor] - x, compY[nearestCompetitor] - y);
        }
        sums[0] = ourAPerSite * us[0];
        sums[1] = them[0];
    }

    /** d^-λ, with d floored at the minimum distance; computed from the squared distance. */
    private double decay(double dx, double dy) {
        double min = parameters.minDistanceMetres();
        double squared = Math.max(dx * dx + dy * dy, min * min);
        double lambda = parameters.distanceDecay();
        return lambda == 2.0 ? 1.0 / squared : Math.pow(squared, -lambda / 2);
    }
}

package org.geoprospect.analysis.criteria;

/**
 * A closed band of distances in metres, min ≤ d ≤ max, from kilometres given on the panel or command
 * line. A missing distance (+∞: no site at all) passes only a band without maximum. Immutable.
 */
record DistanceBand(double minMetres, double maxMetres) {
    /** The band, or null when neither bound is given. */
    static DistanceBand of(Double minKm, Double maxKm) {
        if (minKm == null && maxKm == null) {
            return null;
        }
        if (minKm != null && minKm < 0 || maxKm != null && maxKm < 0) {
            throw new IllegalArgumentException("A distance criterion needs kilometres of 0 or more.");
        }
        return new DistanceBand(minKm == null ? 0 : minKm * 1000, maxKm == null ? Double.POSITIVE_INFINITY : maxKm * 1000);
    }

    boolean contains(float metres) {
        return metres >= minMetres && metres <= maxMetres;
    }
}

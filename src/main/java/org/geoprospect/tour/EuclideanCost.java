package org.geoprospect.tour;

import java.util.Objects;

/**
 * Straight-line costs between planar points, multiplied by a detour factor (road distance is
 * about 1.3 times the straight line in French countryside), or rounded as TSPLIB's EUC_2D
 * ({@code nint(sqrt(dx² + dy²))}) for benchmark instances. Immutable and thread-safe (the
 * coordinate arrays are copied).
 */
public final class EuclideanCost implements TravelCost {
    /** The default ratio of road distance to straight-line distance. */
    public static final double DEFAULT_DETOUR_FACTOR = 1.3;

    private final double[] x;
    private final double[] y;
    private final double factor;
    private final boolean tsplibRounding;

    private EuclideanCost(double[] x, double[] y, double factor, boolean tsplibRounding) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y need the same length, got " + x.length + " and " + y.length + ".");
        }
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("The detour factor must be a positive number, got " + factor + ".");
        }
        this.x = x.clone();
        this.y = y.clone();
        this.factor = factor;
        this.tsplibRounding = tsplibRounding;
    }

    /** Plain Euclidean distances (factor 1). */
    public static EuclideanCost plain(double[] x, double[] y) {
        return new EuclideanCost(x, y, 1.0, false);
    }

    /** Euclidean distances times a detour factor (road distance estimated from the straight line). */
    public static EuclideanCost withDetour(double[] x, double[] y, double detourFactor) {
        return new EuclideanCost(x, y, detourFactor, false);
    }

    /** TSPLIB EUC_2D: Euclidean distance rounded to the nearest integer. */
    public static EuclideanCost tsplib(double[] x, double[] y) {
        return new EuclideanCost(x, y, 1.0, true);
    }

    @Override
    public int size() {
        return x.length;
    }

    @Override
    public double cost(int a, int b) {
        double dx = x[a] - x[b];
        double dy = y[a] - y[b];
        double d = Math.sqrt(dx * dx + dy * dy);
        // TSPLIB's nint is (int) (d + 0.5): the published optima depend on exactly this rounding.
        return tsplibRounding ? (int) (d + 0.5) : d * factor;
    }
}

package org.geoprospect.tour;

/**
 * The cost of travelling between two of {@code size()} places, indexed from 0: metres (or, for
 * TSPLIB instances, TSPLIB's integer distance). Costs are symmetric ({@code cost(a, b) == cost(b, a)}),
 * non-negative and zero from a place to itself.
 *
 * <p>Implementations are immutable and thread-safe; the solvers call {@link #cost} millions of times,
 * so it must be cheap (a square root or an array read).
 */
public interface TravelCost {
    /** The number of places. */
    int size();

    /** The cost from place {@code a} to place {@code b}; both in {@code [0, size())}. */
    double cost(int a, int b);
}

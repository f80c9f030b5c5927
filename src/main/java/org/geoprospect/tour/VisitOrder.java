package org.geoprospect.tour;

import java.util.Objects;
import org.geoprospect.model.ProgressMonitor;

/**
 * Visit orders for a sales tour: a closed round from a place back to it, or an open path from a
 * start to a different end, through every other place, as short as the {@link TourSolver} finds.
 * Stateless; thread-safe.
 */
public final class VisitOrder {
    private VisitOrder() {
    }

    /**
     * The order of a round trip: {@code start} first, then every other place once (returning to
     * {@code start} is implied).
     *
     * @return the order and the closed length
     */
    public static TourSolver.Tour round(TravelCost cost, int start, SolverOptions options, ProgressMonitor monitor) {
        Objects.requireNonNull(cost, "cost");
        TourSolver.Tour tour = TourSolver.solve(cost, options, -1, monitor);
        return new TourSolver.Tour(rotateToFront(tour.order(), start), tour.length());
    }

    /**
     * The order of a path that begins at {@code start}, visits every other place once and finishes at
     * {@code end}; when {@code start == end} this is a {@link #round}.
     *
     * @return the order (start first, end last) and the path's length (including the return to start
     *         when start equals end)
     */
    public static TourSolver.Tour path(TravelCost cost, int start, int end, SolverOptions options,
                                       ProgressMonitor monitor) {
        if (start == end) {
            TourSolver.Tour round = round(cost, start, options, monitor);
            return round;
        }
        int n = cost.size();
        if (n == 2) {
            return new TourSolver.Tour(new int[] {start, end}, cost.cost(start, end));
        }
        OpenPathCost open = new OpenPathCost(cost, start, end);
        int[] cycle = TourSolver.solve(open, options, open.dummy(), monitor).order();
        int[] fromDummy = rotateToFront(cycle, open.dummy());
        // The dummy's two neighbours are start and end; read the cycle from start towards end.
        int[] order = new int[n];
        boolean startFirst = fromDummy[1] == start;
        for (int i = 0; i < n; i++) {
            order[i] = startFirst ? fromDummy[1 + i] : fromDummy[n - i];
        }
        if (order[0] != start || order[n - 1] != end) {
            throw new IllegalStateException("The open path did not keep its ends (start " + start + ", end " + end + ").");
        }
        return new TourSolver.Tour(order, pathLength(cost, order));
    }

    /** The length of the path through the places in order (not closed). */
    public static double pathLength(TravelCost cost, int[] order) {
        double total = 0;
        for (int i = 1; i < order.length; i++) {
            total += cost.cost(order[i - 1], order[i]);
        }
        return total;
    }

    /** The length of the closed tour through the places in order. */
    public static double closedLength(TravelCost cost, int[] order) {
        return order.length == 0 ? 0 : pathLength(cost, order) + cost.cost(order[order.length - 1], order[0]);
    }

    static int[] rotateToFront(int[] order, int first) {
        int at = -1;
        for (int i = 0; i < order.length; i++) {
            if (order[i] == first) {
                at = i;
                break;
            }
        }
        if (at < 0) {
            throw new IllegalArgumentException("Place " + first + " is not in the tour.");
        }
        int[] rotated = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            rotated[i] = order[(at + i) % order.length];
        }
        return rotated;
    }
}

package org.geoprospect.tour;

import java.util.Objects;

/**
 * Turns "the shortest path from {@code start} through every place to {@code end}" into a closed
 * tour problem: one dummy place is added, free to reach from start and end and prohibitively
 * expensive from anywhere else, so every good tour runs start … end, dummy, start. The dummy's
 * cost ("big") exceeds the length of any tour of the real places, so no tour using a big edge can
 * beat one that does not. Immutable and thread-safe.
 */
final class OpenPathCost implements TravelCost {
    private final TravelCost base;
    private final int start;
    private final int end;
    private final double big;

    OpenPathCost(TravelCost base, int start, int end) {
        this.base = Objects.requireNonNull(base, "base");
        int n = base.size();
        if (start < 0 || start >= n || end < 0 || end >= n || start == end) {
            throw new IllegalArgumentException("An open path needs two distinct places in [0, " + n
                    + "), got start " + start + " and end " + end + ".");
        }
        this.start = start;
        this.end = end;
        // Every cost is at most twice the largest cost from place 0 (triangle inequality), so a
        // tour of n edges costs less than 2 n max; four times that is safely "never".
        double max = 0;
        for (int b = 1; b < n; b++) {
            max = Math.max(max, base.cost(0, b));
        }
        this.big = 4.0 * (n + 1) * Math.max(max, 1.0) + 1.0;
    }

    /** The index of the added place. */
    int dummy() {
        return base.size();
    }

    @Override
    public int size() {
        return base.size() + 1;
    }

    @Override
    public double cost(int a, int b) {
        int dummy = base.size();
        if (a == dummy || b == dummy) {
            if (a == b) {
                return 0;
            }
            int other = a == dummy ? b : a;
            return other == start || other == end ? 0 : big;
        }
        return base.cost(a, b);
    }
}

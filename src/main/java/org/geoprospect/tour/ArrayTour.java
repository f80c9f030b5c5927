package org.geoprospect.tour;

/**
 * A closed tour held as an array of places plus the inverse array (position of each place), with
 * the two edits the local search needs: reversing a path (2-opt) and moving a short segment
 * (Or-opt, double bridge). Every edit touches the shorter side of the cycle, so a move costs at most
 * n/2 element writes. Not thread-safe.
 */
final class ArrayTour {
    final int n;
    final int[] order;
    final int[] pos;
    private final int[] scratch;

    ArrayTour(int[] initialOrder) {
        this.n = initialOrder.length;
        this.order = initialOrder.clone();
        this.pos = new int[n];
        this.scratch = new int[n];
        for (int i = 0; i < n; i++) {
            pos[order[i]] = i;
        }
    }

    int next(int place) {
        int p = pos[place] + 1;
        return order[p == n ? 0 : p];
    }

    int prev(int place) {
        int p = pos[place] - 1;
        return order[p < 0 ? n - 1 : p];
    }

    /** The place {@code steps} after (forward) or before (backward) the given one. */
    int walk(int place, int steps, boolean forward) {
        int p = Math.floorMod(pos[place] + (forward ? steps : -steps), n);
        return order[p];
    }

    int at(int position) {
        return order[Math.floorMod(position, n)];
    }

    /** Copies another tour of the same size into this one. */
    void copyFrom(ArrayTour other) {
        System.arraycopy(other.order, 0, order, 0, n);
        System.arraycopy(other.pos, 0, pos, 0, n);
    }

    /** The tour's length under a cost. */
    double length(TravelCost cost) {
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += cost.cost(order[i], order[i + 1 == n ? 0 : i + 1]);
        }
        return total;
    }

    /**
     * Reverses the forward path from {@code from} to {@code to} (both included); when that path is
     * longer than half the tour, reverses the complementary path instead, which gives the same cycle
     * read in the other direction.
     */
    void reversePath(int from, int to) {
        int i = pos[from];
        int j = pos[to];
        int len = Math.floorMod(j - i, n) + 1;
        if (2 * len > n) {
            int ni = j + 1 == n ? 0 : j + 1;
            j = i == 0 ? n - 1 : i - 1;
            i = ni;
            len = n - len;
        }
        for (int k = 0; k < len / 2; k++) {
            int a = order[i];
            int b = order[j];
            order[i] = b;
            pos[b] = i;
            order[j] = a;
            pos[a] = j;
            i = i + 1 == n ? 0 : i + 1;
            j = j == 0 ? n - 1 : j - 1;
        }
    }

    /**
     * Moves the forward segment of {@code length} places starting at position {@code first} so that
     * it sits between the places at positions {@code after} and {@code after + 1}, optionally
     * reversed. {@code after} must lie outside the segment and not be the position just before it.
     * Shifts whichever of the two blocks between segment and insertion point is shorter.
     */
    void moveSegment(int first, int length, int after, boolean reversed) {
        int[] seg = new int[length];
        for (int k = 0; k < length; k++) {
            seg[reversed ? length - 1 - k : k] = order[Math.floorMod(first + k, n)];
        }
        int last = first + length - 1;
        int forwardGap = Math.floorMod(after - last, n);        // places between segment end and insertion point
        int backwardGap = Math.floorMod(first - after - 1, n);  // places between insertion point and segment start
        if (forwardGap <= backwardGap) {
            for (int k = 0; k < forwardGap; k++) {
                put(first + k, order[Math.floorMod(last + 1 + k, n)]);
            }
            for (int k = 0; k < length; k++) {
                put(first + forwardGap + k, seg[k]);
            }
        } else {
            for (int k = backwardGap - 1; k >= 0; k--) {
                put(after + 1 + length + k, order[Math.floorMod(after + 1 + k, n)]);
            }
            for (int k = 0; k < length; k++) {
                put(after + 1 + k, seg[k]);
            }
        }
    }

    /**
     * Swaps the two adjacent forward blocks starting at position {@code start}: {@code [B][C]}
     * becomes {@code [C][B]} (the double-bridge kick, restricted to nearby blocks).
     */
    void swapBlocks(int start, int lengthB, int lengthC) {
        int total = lengthB + lengthC;
        for (int k = 0; k < total; k++) {
            scratch[k] = order[Math.floorMod(start + k, n)];
        }
        for (int k = 0; k < lengthC; k++) {
            put(start + k, scratch[lengthB + k]);
        }
        for (int k = 0; k < lengthB; k++) {
            put(start + lengthC + k, scratch[k]);
        }
    }

    private void put(int position, int place) {
        int p = Math.floorMod(position, n);
        order[p] = place;
        pos[place] = p;
    }
}

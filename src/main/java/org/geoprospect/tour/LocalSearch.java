package org.geoprospect.tour;

/**
 * 2-opt and Or-opt local search over neighbour lists with "don't look bits" (a queue of places whose
 * surroundings changed): each place in the queue tries, in both tour directions, the 2-opt moves and
 * the moves of the segment of 1 to 3 places it starts that link it to one of its near neighbours;
 * the first improving move is applied and its end places queued again. Stops when the queue is
 * empty, i.e. at a local optimum for both neighbourhoods (within the neighbour lists).
 *
 * <p>Not thread-safe: one instance per solver run.
 */
final class LocalSearch {
    /** Longest segment Or-opt moves. */
    static final int MAX_SEGMENT = 3;
    private static final double EPS = 1e-9;

    private final TravelCost cost;
    private final NeighbourLists neighbours;
    private final int n;
    private final int[] queue;
    private final boolean[] queued;
    private int head;
    private int count;

    LocalSearch(TravelCost cost, NeighbourLists neighbours) {
        this.cost = cost;
        this.neighbours = neighbours;
        this.n = cost.size();
        this.queue = new int[n];
        this.queued = new boolean[n];
    }

    /** Queues every place (for the first descent). */
    void queueAll(ArrayTour tour) {
        for (int i = 0; i < n; i++) {
            push(tour.order[i]);
        }
    }

    void push(int place) {
        if (!queued[place]) {
            queued[place] = true;
            queue[(head + count) % n] = place;
            count++;
        }
    }

    /**
     * Improves the tour until no queued place finds an improving move.
     *
     * @return the change of length (zero or negative)
     */
    double run(ArrayTour tour) {
        double change = 0;
        while (count > 0) {
            int a = queue[head];
            head = head + 1 == n ? 0 : head + 1;
            count--;
            queued[a] = false;
            double gain = improveFrom(tour, a);
            if (gain < 0) {
                change += gain;
                push(a); // the place may have a further improving move
            }
        }
        return change;
    }

    private double improveFrom(ArrayTour tour, int a) {
        if (n < 5) {
            return 0;
        }
        for (int dir = 0; dir < 2; dir++) {
            boolean forward = dir == 0;
            double d = twoOpt(tour, a, forward);
            if (d < 0) {
                return d;
            }
            for (int len = 1; len <= MAX_SEGMENT && len + 3 <= n; len++) {
                d = orOpt(tour, a, len, forward);
                if (d < 0) {
                    return d;
                }
            }
        }
        return 0;
    }

    /** Replaces edges (a, b) and (c, d) by (a, c) and (b, d), b and d following a and c in the direction. */
    private double twoOpt(ArrayTour tour, int a, boolean forward) {
        int b = forward ? tour.next(a) : tour.prev(a);
        double ab = cost.cost(a, b);
        for (int c : neighbours.of(a)) {
            double ac = cost.cost(a, c);
            if (ac >= ab - EPS) {
                break; // neighbours are sorted: no later c can make (a, c) shorter than (a, b)
            }
            int d = forward ? tour.next(c) : tour.prev(c);
            if (c == b || d == a) {
                continue;
            }
            double delta = ac + cost.cost(b, d) - ab - cost.cost(c, d);
            if (delta < -EPS) {
                if (forward) {
                    tour.reversePath(b, c);
                } else {
                    tour.reversePath(a, d);
                }
                push(b);
                push(c);
                push(d);
                return delta;
            }
        }
        return 0;
    }

    /**
     * Moves the segment of {@code len} places that starts at {@code a} and extends in the direction so
     * that {@code a} becomes adjacent to one of its neighbours c, the segment's other end to c's
     * tour neighbour e (the segment may come out reversed).
     */
    private double orOpt(ArrayTour tour, int a, int len, boolean forward) {
        int s2 = tour.walk(a, len - 1, forward);
        int p = forward ? tour.prev(a) : tour.next(a);
        int nx = forward ? tour.next(s2) : tour.prev(s2);
        double removeGain = cost.cost(p, a) + cost.cost(s2, nx) - cost.cost(p, nx);
        if (removeGain <= EPS) {
            return 0;
        }
        int firstPos = forward ? tour.pos[a] : tour.pos[s2];
        for (int c : neighbours.of(a)) {
            double ca = cost.cost(c, a);
            if (ca >= removeGain - EPS) {
                break;
            }
            if (inSegment(tour, c, firstPos, len)) {
                continue;
            }
            for (int side = 0; side < 2; side++) {
                int e = side == 0 ? tour.next(c) : tour.prev(c);
                if (inSegment(tour, e, firstPos, len)) {
                    continue;
                }
                double delta = ca + cost.cost(s2, e) - cost.cost(c, e) - removeGain;
                if (delta < -EPS) {
                    // In forward positions the insertion edge is (x, y) with y after x.
                    int x = side == 0 ? c : e;
                    int forwardFirst = tour.order[firstPos];
                    // x must end next to a when x is c, next to s2 otherwise.
                    int mustTouchX = x == c ? a : s2;
                    boolean reversed = forwardFirst != mustTouchX;
                    tour.moveSegment(firstPos, len, tour.pos[x], reversed);
                    push(p);
                    push(nx);
                    push(a);
                    push(s2);
                    push(c);
                    push(e);
                    return delta;
                }
            }
        }
        return 0;
    }

    private boolean inSegment(ArrayTour tour, int place, int firstPos, int len) {
        return Math.floorMod(tour.pos[place] - firstPos, n) < len;
    }
}

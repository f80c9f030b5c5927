package org.geoprospect.tour;

import java.util.Arrays;

/**
 * For each place, its {@code k} cheapest other places, cheapest first: the candidates the local
 * search tries (an improving 2-opt or Or-opt move almost always links a place to one of its ten
 * nearest neighbours). Built in O(n² log k); immutable once built.
 */
final class NeighbourLists {
    private final int[][] lists;

    private NeighbourLists(int[][] lists) {
        this.lists = lists;
    }

    /** The {@code k} nearest neighbours of every place ({@code min(k, n - 1)} of them). */
    static NeighbourLists build(TravelCost cost, int k) {
        int n = cost.size();
        int kk = Math.max(0, Math.min(k, n - 1));
        int[][] lists = new int[n][];
        double[] bestCost = new double[kk];
        int[] best = new int[kk];
        for (int a = 0; a < n; a++) {
            int count = 0;
            for (int b = 0; b < n; b++) {
                if (b == a) {
                    continue;
                }
                double c = cost.cost(a, b);
                if (count < kk) {
                    count++;
                } else if (c >= bestCost[kk - 1]) {
                    continue;
                }
                // Insertion into the sorted prefix: k is small, so this beats a heap.
                int i = count - 1;
                while (i > 0 && bestCost[i - 1] > c) {
                    bestCost[i] = bestCost[i - 1];
                    best[i] = best[i - 1];
                    i--;
                }
                bestCost[i] = c;
                best[i] = b;
            }
            lists[a] = Arrays.copyOf(best, count);
        }
        return new NeighbourLists(lists);
    }

    /** The neighbours of a place, cheapest first; do not modify. */
    int[] of(int place) {
        return lists[place];
    }
}

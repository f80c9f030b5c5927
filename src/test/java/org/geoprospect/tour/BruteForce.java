package org.geoprospect.tour;

/** Exact optima by enumerating every permutation (for up to 10 places). */
final class BruteForce {
    private BruteForce() {
    }

    /** The shortest closed tour: place 0 fixed first, every order of the others tried. */
    static double closedOptimum(TravelCost cost) {
        int n = cost.size();
        int[] rest = new int[n - 1];
        for (int i = 1; i < n; i++) {
            rest[i - 1] = i;
        }
        double[] best = {Double.POSITIVE_INFINITY};
        permute(rest, 0, order -> {
            double total = cost.cost(0, order[0]) + cost.cost(order[order.length - 1], 0);
            for (int i = 1; i < order.length; i++) {
                total += cost.cost(order[i - 1], order[i]);
            }
            best[0] = Math.min(best[0], total);
        });
        return best[0];
    }

    /** The shortest path from start to end through every place. */
    static double pathOptimum(TravelCost cost, int start, int end) {
        int n = cost.size();
        int[] middle = new int[n - 2];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (i != start && i != end) {
                middle[k++] = i;
            }
        }
        if (middle.length == 0) {
            return cost.cost(start, end);
        }
        double[] best = {Double.POSITIVE_INFINITY};
        permute(middle, 0, order -> {
            double total = cost.cost(start, order[0]) + cost.cost(order[order.length - 1], end);
            for (int i = 1; i < order.length; i++) {
                total += cost.cost(order[i - 1], order[i]);
            }
            best[0] = Math.min(best[0], total);
        });
        return best[0];
    }

    private static void permute(int[] a, int k, java.util.function.Consumer<int[]> visit) {
        if (k == a.length) {
            visit.accept(a);
            return;
        }
        for (int i = k; i < a.length; i++) {
            swap(a, k, i);
            permute(a, k + 1, visit);
            swap(a, k, i);
        }
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}

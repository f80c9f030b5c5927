package org.geoprospect.tour;

/**
 * Costs held in a full symmetric matrix (e.g. shortest road distances computed once). Immutable
 * and thread-safe.
 */
public final class MatrixCost implements TravelCost {
    private final int n;
    private final double[] values;

    private MatrixCost(int n, double[] values) {
        this.n = n;
        this.values = values;
    }

    /**
     * A copy of the given square matrix, made symmetric by taking the smaller of {@code m[a][b]} and
     * {@code m[b][a]} (one-way detours in a road graph are not modelled).
     *
     * @throws IllegalArgumentException when the matrix is not square or holds a negative or NaN cost
     */
    public static MatrixCost of(double[][] matrix) {
        int n = matrix.length;
        double[] values = new double[n * n];
        for (int a = 0; a < n; a++) {
            if (matrix[a].length != n) {
                throw new IllegalArgumentException("The cost matrix is not square: row " + a + " has "
                        + matrix[a].length + " values for " + n + " places.");
            }
            for (int b = 0; b < n; b++) {
                double v = a == b ? 0 : Math.min(matrix[a][b], matrix[b][a]);
                if (!(v >= 0)) {
                    throw new IllegalArgumentException("The cost from " + a + " to " + b + " is " + v
                            + "; costs must be non-negative numbers.");
                }
                values[a * n + b] = v;
            }
        }
        return new MatrixCost(n, values);
    }

    @Override
    public int size() {
        return n;
    }

    @Override
    public double cost(int a, int b) {
        return values[a * n + b];
    }
}

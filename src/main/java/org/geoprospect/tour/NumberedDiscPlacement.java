package org.geoprospect.tour;

import java.util.ArrayList;
import java.util.List;

/**
 * Places the numbered discs of a printed tour map so that none covers another: each disc goes on its
 * stop when that place is free, otherwise on the nearest free place of rings around the stop (the map
 * then draws a leader line from the disc to a dot on the stop). Two households in one building, or a
 * dense street seen at the day's scale, thus keep every number legible. Discs are placed in the order
 * given (the visiting order), so earlier stops keep their place. Screen pixels. Stateless; thread-safe.
 */
public final class NumberedDiscPlacement {
    /** Rings tried around a stop before giving up and leaving the disc on it. */
    static final int RINGS = 8;
    /** Free pixels kept between two discs. */
    static final double GAP = 2;

    private NumberedDiscPlacement() {
    }

    /** A square to keep clear (the start and end markers), centre and half side. */
    public record Obstacle(double x, double y, double half) {
    }

    /**
     * The centres of the discs.
     *
     * @param xs        the stops' screen x
     * @param ys        the stops' screen y
     * @param radii     each disc's radius
     * @param obstacles squares no disc may cover
     * @return {@code [x0, y0, x1, y1, …]}, one centre per stop
     */
    public static double[] place(double[] xs, double[] ys, double[] radii, List<Obstacle> obstacles) {
        return place(xs, ys, radii, obstacles, GAP);
    }

    /**
     * {@link #place(double[], double[], double[], List)} keeping {@code gap} pixels between discs (the
     * {@value #GAP} px of the design times a print's device scale).
     */
    public static double[] place(double[] xs, double[] ys, double[] radii, List<Obstacle> obstacles, double gap) {
        int n = xs.length;
        double[] centres = new double[2 * n];
        List<double[]> placed = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double[] at = free(xs[i], ys[i], radii[i], placed, obstacles, gap);
            centres[2 * i] = at[0];
            centres[2 * i + 1] = at[1];
            placed.add(new double[] {at[0], at[1], radii[i]});
        }
        return centres;
    }

    private static double[] free(double x, double y, double r, List<double[]> placed, List<Obstacle> obstacles,
                                 double gap) {
        if (isFree(x, y, r, placed, obstacles, gap)) {
            return new double[] {x, y};
        }
        for (int ring = 1; ring <= RINGS; ring++) {
            double distance = ring * (2 * r + gap);
            int steps = 8 * ring;
            for (int k = 0; k < steps; k++) {
                // Start up and to the right, where a reader looks first for a label, then turn clockwise.
                double angle = -Math.PI / 4 + 2 * Math.PI * k / steps;
                double cx = x + distance * Math.cos(angle);
                double cy = y + distance * Math.sin(angle);
                if (isFree(cx, cy, r, placed, obstacles, gap)) {
                    return new double[] {cx, cy};
                }
            }
        }
        return new double[] {x, y};
    }

    private static boolean isFree(double x, double y, double r, List<double[]> placed, List<Obstacle> obstacles,
                                  double gap) {
        for (double[] p : placed) {
            double min = r + p[2] + gap;
            double dx = x - p[0];
            double dy = y - p[1];
            if (dx * dx + dy * dy < min * min) {
                return false;
            }
        }
        for (Obstacle o : obstacles) {
            if (Math.abs(x - o.x()) < r + o.half() + gap && Math.abs(y - o.y()) < r + o.half() + gap) {
                return false;
            }
        }
        return true;
    }
}

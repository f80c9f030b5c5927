package org.geoprospect.analysis.aggregation;

/**
 * The world grid households are counted in: square cells of a power-of-two number of metres,
 * anchored at the CRS origin, the size chosen so that a cell is about {@value #TARGET_CELL_PIXELS}
 * pixels on screen (between 34 and 68).
 *
 * <p>Why a world grid quantised by zoom level, not screen cells: the cells then depend only on the
 * resolution, never on the view's position, so panning keeps every household in the same cell and
 * the dots stand still; a small zoom keeps the same cells until the level flips. Why not communes:
 * their sizes differ by orders of magnitude (a city holds thousands of prospects, a village a few),
 * so commune dots would pile up in cities and vanish under the threshold of 10 in the countryside,
 * and they would not adapt to the zoom. Stateless, thread-safe.
 */
public final class AggregationGrid {
    /** Cell side on screen the grid aims at: room for a cluster of a few dots of 8 to 20 px. */
    public static final int TARGET_CELL_PIXELS = 48;

    private AggregationGrid() {
    }

    /**
     * The cell side in metres at a resolution: the power of two nearest (in log scale) to
     * {@value #TARGET_CELL_PIXELS} pixels.
     *
     * @throws IllegalArgumentException when the resolution is not positive
     */
    public static double cellSize(double metresPerPixel) {
        if (!(metresPerPixel > 0) || Double.isInfinite(metresPerPixel)) {
            throw new IllegalArgumentException("A map resolution must be positive, got " + metresPerPixel + " m/pixel.");
        }
        double ideal = TARGET_CELL_PIXELS * metresPerPixel;
        long exponent = Math.round(Math.log(ideal) / Math.log(2));
        return Math.scalb(1.0, (int) Math.max(-20, Math.min(40, exponent)));
    }
}

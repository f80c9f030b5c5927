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

    /**
     * The cells of the grid that cover a view: their column and row range at one cell size. Cell
     * indices run row by row from the view's lower-left cell. Immutable.
     */
    public record Window(long firstCol, long firstRow, int cols, int rows, double cell) {
        /** More cells than this in one view is refused (a view at a far too fine resolution). */
        public static final long MAX_CELLS = 4_000_000;

        /**
         * The cells covering {@code view} (closed) at cell side {@code cell}.
         *
         * @throws IllegalArgumentException when the view spans more than {@link #MAX_CELLS} cells
         */
        public static Window covering(org.locationtech.jts.geom.Envelope view, double cell) {
            long firstCol = (long) Math.floor(view.getMinX() / cell);
            long firstRow = (long) Math.floor(view.getMinY() / cell);
            long cols = (long) Math.floor(view.getMaxX() / cell) - firstCol + 1;
            long rows = (long) Math.floor(view.getMaxY() / cell) - firstRow + 1;
            if (cols * rows > MAX_CELLS) {
                throw new IllegalArgumentException("The view spans " + cols + " x " + rows
                        + " aggregation cells; zoom out or use a smaller view.");
            }
            return new Window(firstCol, firstRow, (int) cols, (int) rows, cell);
        }

        /**
         * The cells covering {@code view} at cell side {@code cell}, extended to whole square blocks of
         * {@code blockCells} × {@code blockCells} cells aligned on the world grid (column and row multiples of
         * {@code blockCells}): every block touching the view is covered entirely.
         *
         * @throws IllegalArgumentException when the window would hold more than {@link #MAX_CELLS} cells
         */
        public static Window coveringBlocks(org.locationtech.jts.geom.Envelope view, double cell, int blockCells) {
            double block = cell * blockCells;
            long firstBlockCol = (long) Math.floor(view.getMinX() / block);
            long firstBlockRow = (long) Math.floor(view.getMinY() / block);
            long cols = ((long) Math.floor(view.getMaxX() / block) - firstBlockCol + 1) * blockCells;
            long rows = ((long) Math.floor(view.getMaxY() / block) - firstBlockRow + 1) * blockCells;
            if (cols * rows > MAX_CELLS) {
                throw new IllegalArgumentException("The view spans " + cols + " x " + rows
                        + " aggregation cells; zoom out or use a smaller view.");
            }
            return new Window(firstBlockCol * blockCells, firstBlockRow * blockCells, (int) cols, (int) rows, cell);
        }

        /** Number of cells. */
        public int size() {
            return cols * rows;
        }

        /**
         * The index of the cell holding (x, y), or -1 when the point lies outside the window (a point on
         * the view's far edge belongs to the next cell, outside). Dividing by a power of two is exact, so
         * a point's cell never depends on the view.
         */
        public int indexOf(double x, double y) {
            long c = (long) Math.floor(x / cell) - firstCol;
            long r = (long) Math.floor(y / cell) - firstRow;
            if (c < 0 || r < 0 || c >= cols || r >= rows) {
                return -1;
            }
            return (int) r * cols + (int) c;
        }

        /** The world x of the west edge of cell {@code index}. */
        public double cellMinX(int index) {
            return (firstCol + index % cols) * cell;
        }

        /** The world y of the south edge of cell {@code index}. */
        public double cellMinY(int index) {
            return (firstRow + index / cols) * cell;
        }

        /** The grid column of cell {@code index}. */
        public long colOf(int index) {
            return firstCol + index % cols;
        }

        /** The grid row of cell {@code index}. */
        public long rowOf(int index) {
            return firstRow + index / cols;
        }

        public double minX() {
            return firstCol * cell;
        }

        public double minY() {
            return firstRow * cell;
        }

        public double maxX() {
            return (firstCol + cols) * cell;
        }

        public double maxY() {
            return (firstRow + rows) * cell;
        }
    }
}

package org.geoprospect.analysis.aggregation;

import java.util.ArrayList;
import java.util.List;
import org.geoprospect.index.PackedPointIndex;
import org.geoprospect.index.Selection;
import org.geoprospect.model.ProgressMonitor;
import org.locationtech.jts.geom.Envelope;

/**
 * The customer's picture of the remaining commercial potential: households counted per cell of an
 * {@link AggregationGrid}, each group of at least 10 drawn as dots of 50, 25 and 10 prospects
 * ({@link DotSize#decompose}) — a dot of 50 always stands for 50 prospects of its group — laid out side by
 * side near the group's centroid and inside its cell ({@link DotLayout}).
 *
 * <p>Dense places: where a cell's dots would not fit side by side in it, the cells of its 2 × 2 block (aligned
 * on the world grid) are merged into one group — counts summed, centroid their weighted mean, dots decomposed
 * again from the sum — provided the merged dots fit the block; the same rule then applies once more to the
 * 4 × 4 blocks ({@value #MERGE_LEVELS} levels). Merging spreads a crowded town's dots over the empty fields
 * around it instead of piling them up. Where even that does not fit (the prospects are denser than the dots
 * can show, e.g. a city centre at the full extent), the group stays in its cell and its layout is squeezed:
 * only there do dots overlap.
 *
 * <p>Privacy: a cell with fewer than {@link DotSize#MINIMUM_GROUP} matching households yields nothing (no
 * dot, no group, no count, and it adds nothing to a merged group), so the map never reveals a group of fewer
 * than 10 households. Cells and blocks are counted whole, also when the view cuts them, so a group does not
 * change while panning. The centroid of ten or more households is itself an aggregate.
 *
 * <p>Above {@link #RECORDS_SCALE_DENOMINATOR} the map shows these dots; at that scale or finer, the
 * individual households ("zoom to records").
 *
 * <p>Stateless and thread-safe; the index and selection are only read.
 */
public final class ProspectDots {
    /**
     * The scale (1:25,000, about 6.6 m per pixel) from which individual households replace the dots.
     * Reason: there a grid cell is about 256 m, a street or a hamlet, so a group says little more than
     * its households' own markers, which in turn (5 px, about 33 m) no longer merge into blots in
     * villages; coarser, a million markers only form a smear and the dots read better.
     */
    public static final double RECORDS_SCALE_DENOMINATOR = 25_000;
    /** How many times cells may be merged into coarser blocks: 2 × 2, then 4 × 4 cells. */
    public static final int MERGE_LEVELS = 1;
    private static final int BLOCK_CELLS = 1 << MERGE_LEVELS;
    private static final int CANCEL_CHECK_INTERVAL = 1 << 16;

    private ProspectDots() {
    }

    /** Whether a map at that scale denominator shows individual households rather than dots. */
    public static boolean showsRecords(double scaleDenominator) {
        return scaleDenominator <= RECORDS_SCALE_DENOMINATOR;
    }

    /** {@link #aggregate(PackedPointIndex, Selection, Envelope, double, ProgressMonitor)} without cancel. */
    public static ProspectDotMap aggregate(PackedPointIndex households, Selection filter, Envelope view,
                                           double metresPerPixel) {
        return aggregate(households, filter, view, metresPerPixel, ProgressMonitor.NONE);
    }

    /**
     * Counts the households of the view per grid cell, merges crowded cells, and turns the groups of 10 or
     * more into dots. Every dot lies inside its group's cell or block, so the groups of the blocks touching
     * the view are all the view can show.
     *
     * @param households     the household index (ids = household ids)
     * @param filter         the households that count (e.g. interested in mountain bikes, email
     *                       consent, not yet clients); null counts every household
     * @param view           the world envelope shown; the 4 × 4 blocks of cells it touches are counted whole
     * @param metresPerPixel the view's resolution, which sets the cell size and the dots' spacing
     * @param monitor        checked every 65,536 households
     * @throws IllegalArgumentException when the filter's universe differs from the index's size, or
     *                                  the view holds more than 4 million cells
     * @throws org.geoprospect.model.CancelledException when cancelled
     */
    public static ProspectDotMap aggregate(PackedPointIndex households, Selection filter, Envelope view,
                                           double metresPerPixel, ProgressMonitor monitor) {
        if (filter != null && filter.universe() != households.size()) {
            throw new IllegalArgumentException("The filter covers " + filter.universe() + " households but the index "
                    + households.size() + "; rebuild the filter after reloading the households.");
        }
        double cell = AggregationGrid.cellSize(metresPerPixel);
        if (view == null || view.isNull()) {
            return new ProspectDotMap(List.of(), List.of(), cell);
        }
        AggregationGrid.Window window = AggregationGrid.Window.coveringBlocks(view, cell, BLOCK_CELLS);
        CellCounts counts = new CellCounts(window, filter, monitor);
        households.visitEnvelope(window.minX(), window.minY(), window.maxX(), window.maxY(), counts);
        List<ProspectGroup> groups = new ArrayList<>();
        double cellPixels = cell / metresPerPixel;
        for (int blockRow = 0; blockRow < window.rows(); blockRow += BLOCK_CELLS) {
            for (int blockCol = 0; blockCol < window.cols(); blockCol += BLOCK_CELLS) {
                mergeBlock(window, counts, blockCol, blockRow, BLOCK_CELLS, cellPixels, groups);
            }
        }
        List<ProspectDot> dots = new ArrayList<>();
        for (ProspectGroup group : groups) {
            DotLayout.arrange(group, group.cellX() * cell, group.cellY() * cell, group.span() * cell, metresPerPixel, dots);
        }
        return new ProspectDotMap(dots, groups, cell);
    }

    /**
     * Appends the groups of the block of {@code span} × {@code span} cells whose south-west cell is
     * ({@code col}, {@code row}) of the window: its sub-blocks' groups, or one merged group when some of
     * those does not fit its own cells and the merged one fits the block.
     */
    private static void mergeBlock(AggregationGrid.Window window, CellCounts counts, int col, int row, int span,
                                   double cellPixels, List<ProspectGroup> out) {
        if (span == 1) {
            int i = row * window.cols() + col;
            int count = counts.count[i];
            if (count >= DotSize.MINIMUM_GROUP) {
                out.add(new ProspectGroup(window.colOf(i), window.rowOf(i), 1, window.cellMinX(i) + counts.sumX[i] / count,
                        window.cellMinY(i) + counts.sumY[i] / count, count));
            }
            return;
        }
        int from = out.size();
        int half = span / 2;
        mergeBlock(window, counts, col, row, half, cellPixels, out);
        mergeBlock(window, counts, col + half, row, half, cellPixels, out);
        mergeBlock(window, counts, col, row + half, half, cellPixels, out);
        mergeBlock(window, counts, col + half, row + half, half, cellPixels, out);
        if (out.size() == from) {
            return;
        }
        boolean crowded = false;
        long total = 0;
        double sumX = 0;
        double sumY = 0;
        for (int k = from; k < out.size(); k++) {
            ProspectGroup g = out.get(k);
            crowded |= !DotLayout.fits(g.count(), g.span() * cellPixels);
            total += g.count();
            sumX += g.x() * g.count();
            sumY += g.y() * g.count();
        }
        if (!crowded || total > Integer.MAX_VALUE || !DotLayout.fits((int) total, span * cellPixels)) {
            return;
        }
        List<ProspectGroup> parts = out.subList(from, out.size());
        parts.clear();
        int first = row * window.cols() + col;
        out.add(new ProspectGroup(window.colOf(first), window.rowOf(first), span, sumX / total, sumY / total, (int) total));
    }

    /** Per-cell counts and coordinate sums. */
    private static final class CellCounts implements org.geoprospect.index.PointVisitor {
        final int[] count;
        final double[] sumX;
        final double[] sumY;
        private final AggregationGrid.Window window;
        private final Selection filter;
        private final ProgressMonitor monitor;
        private int visited;

        CellCounts(AggregationGrid.Window window, Selection filter, ProgressMonitor monitor) {
            this.count = new int[window.size()];
            this.sumX = new double[window.size()];
            this.sumY = new double[window.size()];
            this.window = window;
            this.filter = filter;
            this.monitor = monitor;
        }

        @Override
        public void visit(int id, double x, double y) {
            if ((++visited & (CANCEL_CHECK_INTERVAL - 1)) == 0) {
                monitor.checkCancelled();
            }
            if (filter != null && !filter.contains(id)) {
                return;
            }
            int i = window.indexOf(x, y);
            if (i < 0) {
                return;
            }
            count[i]++;
            // Sums relative to the household's own cell corner, so that a centroid never depends on the view.
            sumX[i] += x - window.cellMinX(i);
            sumY[i] += y - window.cellMinY(i);
        }
    }
}

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
 * ({@link DotSize#decompose}), at the centroid of the group's households.
 *
 * <p>Privacy: a cell with fewer than {@link DotSize#MINIMUM_GROUP} matching households yields
 * nothing (no dot, no group, no count), so the map never reveals a group of fewer than 10 households.
 * Cells are counted whole, also when the view cuts them, so a cell's count does not change while
 * panning. The centroid of ten or more households is itself an aggregate.
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
     * Counts the households of the view per grid cell and turns the groups of 10 or more into dots.
     *
     * @param households     the household index (ids = household ids)
     * @param filter         the households that count (e.g. interested in mountain bikes, email
     *                       consent, not yet clients); null counts every household
     * @param view           the world envelope shown; cells it touches are counted whole
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
        AggregationGrid.Window window = AggregationGrid.Window.covering(view, cell);
        CellCounts counts = new CellCounts(window, filter, monitor);
        households.visitEnvelope(window.minX(), window.minY(), window.maxX(), window.maxY(), counts);
        List<ProspectGroup> groups = new ArrayList<>();
        List<ProspectDot> dots = new ArrayList<>();
        double cellPixels = cell / metresPerPixel;
        for (int i = 0; i < window.size(); i++) {
            int count = counts.count[i];
            if (count < DotSize.MINIMUM_GROUP) {
                continue;
            }
            ProspectGroup group = new ProspectGroup(window.colOf(i), window.rowOf(i),
                    window.cellMinX(i) + counts.sumX[i] / count, window.cellMinY(i) + counts.sumY[i] / count, count);
            groups.add(group);
            DotArrangement.arrange(group, DotSize.decompose(count), cellPixels, metresPerPixel, dots);
        }
        return new ProspectDotMap(dots, groups, cell);
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

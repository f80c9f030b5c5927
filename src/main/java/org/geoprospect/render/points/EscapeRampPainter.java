package org.geoprospect.render.points;

import org.geoprospect.analysis.aggregation.AggregationGrid;
import org.geoprospect.analysis.aggregation.DotSize;
import org.geoprospect.analysis.aggregation.ProspectDots;
import org.geoprospect.index.PackedPointIndex;
import org.geoprospect.index.PointVisitor;
import org.geoprospect.index.Selection;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.render.Colors;
import org.geoprospect.render.RasterCanvas;
import org.geoprospect.render.Viewport;

/**
 * Paints the "escaping prospects" layer straight into the canvas's pixels: each household coloured by
 * the class of its escape probability (the Huff probability of buying from a competitor, {@link EscapeRamp}).
 *
 * <ul>
 *   <li>At record scales ({@link ProspectDots#showsRecords}) each household's marker in its class's
 *       colour (one stamp per class).</li>
 *   <li>At overview scales, per cell of the prospect dots' {@link AggregationGrid} (the same cells,
 *       counted whole), the cell square filled translucent in the class of the mean probability of its
 *       households (the probability that a household of the cell, drawn at random, escapes), for cells of at least {@link DotSize#MINIMUM_GROUP} households only: a smaller
 *       group gets nothing, so the map never reveals a group under 10.</li>
 * </ul>
 * Households without a probability (NaN: no site at all) are neither drawn nor counted.
 *
 * <p>Marker sizes and the gap between cells are reference pixels, times the view's device scale; the grid is the
 * one of the view's reference resolution. Thread-safe (the stamps are immutable); one canvas is drawn by one thread
 * at a time.
 */
public final class EscapeRampPainter {
    /** Opacity of the cell squares, so that roads and place names stay readable below. */
    static final double CELL_ALPHA = 0.6;
    private static final int CANCEL_CHECK_INTERVAL = 1 << 16;
    private final ScaledStamp[] markers = new ScaledStamp[EscapeRamp.CLASSES];

    public EscapeRampPainter() {
        for (int k = 0; k < EscapeRamp.CLASSES; k++) {
            int escapeClass = k;
            markers[k] = new ScaledStamp(scale -> marker(escapeClass, scale));
        }
    }

    /** The marker of a household of that class at a device scale. */
    static Stamp marker(int escapeClass, double scale) {
        return Stamp.disc(2.6 * scale, EscapeRamp.classColour(escapeClass), 0xFF404040, 0.8f * (float) scale);
    }

    /** The screen's marker of a household of probability {@code p} of choosing us (for tests and the legend). */
    Stamp marker(double p) {
        return markers[EscapeRamp.classOf(p)].at(1);
    }

    /** The pre-multiplied colour a cell of mean probability {@code p} gets on a transparent canvas. */
    static int cellColor(double p) {
        return Colors.premultiply(Colors.withAlpha(EscapeRamp.argb(p), CELL_ALPHA));
    }

    /**
     * Paints the view's households (filtered when a filter is given) by their probability.
     *
     * @param index         the household index (ids = indices into {@code usProbability})
     * @param filter        the households to show, or null for all
     * @param usProbability per household, the Huff probability of choosing us (NaN: none)
     * @return the number of markers or cells painted
     * @throws IllegalArgumentException when the sizes of canvas and viewport, or of index, filter and
     *                                  probabilities differ
     * @throws org.geoprospect.model.CancelledException when cancelled
     */
    public int paint(RasterCanvas canvas, Viewport viewport, PackedPointIndex index, Selection filter,
                     float[] usProbability, ProgressMonitor monitor) {
        Canvases.checkSameSize(canvas, viewport);
        if (usProbability.length != index.size() || (filter != null && filter.universe() != index.size())) {
            throw new IllegalArgumentException("The probabilities cover " + usProbability.length + " households and the index "
                    + index.size() + "; recompute them after reloading the households.");
        }
        return ProspectDots.showsRecords(viewport.scaleDenominator())
                ? paintRecords(canvas, viewport, index, filter, usProbability, monitor)
                : paintCells(canvas, viewport, index, filter, usProbability, monitor);
    }

    private int paintRecords(RasterCanvas canvas, Viewport viewport, PackedPointIndex index, Selection filter,
                             float[] probability, ProgressMonitor monitor) {
        int[] pixels = canvas.pixels();
        int width = canvas.width();
        int height = canvas.height();
        Stamp[] stamps = new Stamp[EscapeRamp.CLASSES];
        for (int k = 0; k < stamps.length; k++) {
            stamps[k] = markers[k].at(viewport.deviceScale());
        }
        int reach = stamps[0].reach();
        double margin = reach * viewport.metresPerPixel();
        var view = viewport.envelope();
        int[] counts = new int[2];
        index.visitEnvelope(view.getMinX() - margin, view.getMinY() - margin, view.getMaxX() + margin,
                view.getMaxY() + margin, (id, x, y) -> {
                    if ((++counts[1] & (CANCEL_CHECK_INTERVAL - 1)) == 0) {
                        monitor.checkCancelled();
                    }
                    float p = probability[id];
                    if (Float.isNaN(p) || (filter != null && !filter.contains(id))) {
                        return;
                    }
                    int px = (int) Math.floor(viewport.toScreenX(x));
                    int py = (int) Math.floor(viewport.toScreenY(y));
                    if (px < -reach || py < -reach || px >= width + reach || py >= height + reach) {
                        return;
                    }
                    stamps[EscapeRamp.classOf(p)].blit(pixels, width, height, px, py);
                    counts[0]++;
                });
        return counts[0];
    }

    private int paintCells(RasterCanvas canvas, Viewport viewport, PackedPointIndex index, Selection filter,
                           float[] probability, ProgressMonitor monitor) {
        double cell = AggregationGrid.cellSize(viewport.referenceMetresPerPixel());
        int gap = (int) Math.max(1, Math.round(viewport.deviceScale()));
        var view = viewport.envelope();
        AggregationGrid.Window window = AggregationGrid.Window.covering(view, cell);
        CellMeans means = new CellMeans(window, filter, probability, monitor);
        index.visitEnvelope(window.minX(), window.minY(), window.maxX(), window.maxY(), means);
        int painted = 0;
        for (int i = 0; i < window.size(); i++) {
            if (means.count[i] < DotSize.MINIMUM_GROUP) {
                continue;
            }
            double x0 = window.cellMinX(i);
            double y0 = window.cellMinY(i);
            fill(canvas, (int) Math.round(viewport.toScreenX(x0)), (int) Math.round(viewport.toScreenY(y0 + cell)),
                    (int) Math.round(viewport.toScreenX(x0 + cell)), (int) Math.round(viewport.toScreenY(y0)),
                    cellColor(means.sum[i] / means.count[i]), gap);
            painted++;
        }
        return painted;
    }

    /** Source-over of one pre-multiplied colour on the pixels [left, right) x [top, bottom), leaving a gap at its top left. */
    private static void fill(RasterCanvas canvas, int left, int top, int right, int bottom, int premultiplied, int gap) {
        int width = canvas.width();
        int[] pixels = canvas.pixels();
        int x0 = Math.max(0, left + gap);
        int y0 = Math.max(0, top + gap);
        int x1 = Math.min(width, right);
        int y1 = Math.min(canvas.height(), bottom);
        int inverseAlpha = 255 - (premultiplied >>> 24);
        for (int y = y0; y < y1; y++) {
            for (int x = x0, row = y * width; x < x1; x++) {
                pixels[row + x] = Stamp.over(premultiplied, pixels[row + x], inverseAlpha);
            }
        }
    }

    /** Per-cell household counts and probability sums; cells are counted whole. */
    private static final class CellMeans implements PointVisitor {
        final int[] count;
        final double[] sum;
        private final AggregationGrid.Window window;
        private final Selection filter;
        private final float[] probability;
        private final ProgressMonitor monitor;
        private int visited;

        CellMeans(AggregationGrid.Window window, Selection filter, float[] probability, ProgressMonitor monitor) {
            this.count = new int[window.size()];
            this.sum = new double[window.size()];
            this.window = window;
            this.filter = filter;
            this.probability = probability;
            this.monitor = monitor;
        }

        @Override
        public void visit(int id, double x, double y) {
            if ((++visited & (CANCEL_CHECK_INTERVAL - 1)) == 0) {
                monitor.checkCancelled();
            }
            float p = probability[id];
            if (Float.isNaN(p) || (filter != null && !filter.contains(id))) {
                return;
            }
            int i = window.indexOf(x, y);
            if (i >= 0) {
                count[i]++;
                sum[i] += p;
            }
        }
    }
}

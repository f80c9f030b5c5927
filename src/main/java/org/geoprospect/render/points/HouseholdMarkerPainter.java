package org.geoprospect.render.points;

import org.geoprospect.index.PackedPointIndex;
import org.geoprospect.index.PointVisitor;
import org.geoprospect.index.Selection;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.render.RasterCanvas;
import org.geoprospect.render.Viewport;

/**
 * Draws individual households (the "zoom to records" view, past
 * {@code ProspectDots.RECORDS_SCALE_DENOMINATOR}) as small discs straight into the canvas's pixels.
 *
 * <p>Speed: the index yields only the households of the view, in memory order; each is projected
 * with two multiply-adds and stamped, unless a marker already sits on that very pixel (dense views
 * then cost one bit test per household, as GeoTools' renderer skips painted pixels).
 *
 * <p>The marker's sizes are reference pixels, times the view's {@linkplain Viewport#deviceScale() device scale}.
 *
 * <p>Thread-safe (immutable but for the stamps' cache, itself thread-safe); one canvas is drawn by one thread at a
 * time.
 */
public final class HouseholdMarkerPainter {
    /** Households between two cancellation checks. */
    static final int CANCEL_CHECK_INTERVAL = 1 << 16;
    private final ScaledStamp marker;

    /** The default orange markers of 6 px. */
    public HouseholdMarkerPainter() {
        this(scale -> Stamp.disc(2.6 * scale, PointStyles.HOUSEHOLD_FILL, PointStyles.HOUSEHOLD_RIM, (float) scale));
    }

    /**
     * One opaque pixel per household (a square of as many pixels as the device scale, rounded, on a print): the
     * fastest plot (a million households in a few milliseconds), for density views where discs would only merge.
     */
    public static HouseholdMarkerPainter singlePixel(int argb) {
        return new HouseholdMarkerPainter(scale -> Stamp.block((int) Math.max(1, Math.round(scale)), argb));
    }

    /**
     * Households drawn with another marker.
     *
     * @param design the marker at a device scale (sizes in reference pixels times the scale)
     */
    public HouseholdMarkerPainter(java.util.function.DoubleFunction<Stamp> design) {
        this.marker = new ScaledStamp(design);
    }

    /** The marker stamped at each household on screen (for the legend). */
    public Stamp marker() {
        return marker.at(1);
    }

    /** The marker stamped at each household at a device scale. */
    public Stamp marker(double scale) {
        return marker.at(scale);
    }

    /** The marker's reach from its centre on screen, in pixels (for hit testing and labels). */
    public int markerRadius() {
        return markerRadius(1);
    }

    /** The marker's reach from its centre at a device scale, in pixels of that scale. */
    public int markerRadius(double scale) {
        return marker.at(scale).reach() - 1;
    }

    /**
     * Draws the households of the view over what the canvas holds.
     *
     * @param households the household index
     * @param filter     the households to draw, or null for all
     * @return the number of households in the view that passed the filter
     * @throws IllegalArgumentException when the canvas and viewport sizes differ
     * @throws org.geoprospect.model.CancelledException when cancelled (checked every 65,536 households)
     */
    public int paint(RasterCanvas canvas, Viewport viewport, PackedPointIndex households, Selection filter,
                     ProgressMonitor monitor) {
        Canvases.checkSameSize(canvas, viewport);
        Stamp stamp = marker.at(viewport.deviceScale());
        Plotter plotter = new Plotter(canvas, viewport, stamp, filter, monitor);
        double margin = stamp.reach() * viewport.metresPerPixel();
        households.visitEnvelope(viewport.minX() - margin, viewport.maxY() - viewport.height() * viewport.metresPerPixel()
                - margin, viewport.minX() + viewport.width() * viewport.metresPerPixel() + margin, viewport.maxY() + margin,
                plotter);
        return plotter.count;
    }

    private static final class Plotter implements PointVisitor {
        private final Stamp marker;
        private final int[] pixels;
        private final int width;
        private final int height;
        private final long[] painted;
        private final double minX;
        private final double maxY;
        private final double pixelsPerMetre;
        private final int reach;
        private final boolean single;
        private final int singleColor;
        private final Selection filter;
        private final ProgressMonitor monitor;
        private int visited;
        int count;

        Plotter(RasterCanvas canvas, Viewport viewport, Stamp marker, Selection filter, ProgressMonitor monitor) {
            this.marker = marker;
            this.pixels = canvas.pixels();
            this.width = canvas.width();
            this.height = canvas.height();
            this.reach = marker.reach();
            this.single = marker.isOpaquePixel();
            this.singleColor = marker.colorAtAnchor();
            // One bit per pixel of the image extended by the marker's reach on every side.
            this.painted = new long[(int) (((long) (width + 2 * reach) * (height + 2 * reach) + 63) >>> 6)];
            this.minX = viewport.minX();
            this.maxY = viewport.maxY();
            this.pixelsPerMetre = 1 / viewport.metresPerPixel();
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
            int px = (int) Math.floor((x - minX) * pixelsPerMetre);
            int py = (int) Math.floor((maxY - y) * pixelsPerMetre);
            int ex = px + reach;
            int ey = py + reach;
            if (ex < 0 || ey < 0 || ex >= width + 2 * reach || ey >= height + 2 * reach) {
                return;
            }
            count++;
            long bit = (long) ey * (width + 2 * reach) + ex;
            int word = (int) (bit >>> 6);
            long mask = 1L << bit;
            if ((painted[word] & mask) != 0) {
                return;
            }
            painted[word] |= mask;
            if (single) {
                if (px >= 0 && py >= 0 && px < width && py < height) {
                    pixels[py * width + px] = singleColor;
                }
            } else {
                marker.blit(pixels, width, height, px, py);
            }
        }
    }
}

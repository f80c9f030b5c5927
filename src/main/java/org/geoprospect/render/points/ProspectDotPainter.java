package org.geoprospect.render.points;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.geoprospect.analysis.aggregation.DotSize;
import org.geoprospect.analysis.aggregation.ProspectDot;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.render.RasterCanvas;
import org.geoprospect.render.Viewport;

/**
 * Draws the prospect dots of {@code ProspectDots.aggregate} as amber discs with a thin darker rim (1.2 px,
 * so that dots squeezed together in a dense place still read as separate dots), of outer radius
 * {@link DotSize#pixelRadius()} (4, 7, 10 px for 10, 25, 50 prospects), straight into the canvas's pixels.
 * Radii and rim are reference pixels, times the view's {@linkplain Viewport#deviceScale() device scale}: the
 * dots of an aggregation made at the view's reference resolution then keep their spacing on a print.
 * Thread-safe: the stamps are immutable; one canvas is drawn by one thread.
 */
public final class ProspectDotPainter {
    private static final int CANCEL_CHECK_INTERVAL = 1 << 16;
    private final Map<DotSize, ScaledStamp> stamps = new EnumMap<>(DotSize.class);

    /** The default amber dots ({@link PointStyles#DOT_FILL}, {@link PointStyles#DOT_RIM}). */
    public ProspectDotPainter() {
        this(PointStyles.DOT_FILL, PointStyles.DOT_RIM);
    }

    /** Dots of other colours (straight ARGB). */
    public ProspectDotPainter(int fillArgb, int rimArgb) {
        for (DotSize size : DotSize.values()) {
            stamps.put(size, new ScaledStamp(scale -> stamp(size, fillArgb, rimArgb, scale)));
        }
    }

    /** A dot of that size and colours at a device scale. */
    static Stamp stamp(DotSize size, int fillArgb, int rimArgb, double scale) {
        return Stamp.disc((size.pixelRadius() - 0.6) * scale, fillArgb, rimArgb, 1.2f * (float) scale);
    }

    /**
     * Draws the dots over what the canvas holds.
     *
     * @return the number of dots drawn (those reaching into the image)
     * @throws IllegalArgumentException when the canvas and viewport sizes differ
     * @throws org.geoprospect.model.CancelledException when cancelled
     */
    public int paint(RasterCanvas canvas, Viewport viewport, List<ProspectDot> dots, ProgressMonitor monitor) {
        Canvases.checkSameSize(canvas, viewport);
        int[] pixels = canvas.pixels();
        int width = canvas.width();
        int height = canvas.height();
        double scale = viewport.deviceScale();
        Map<DotSize, Stamp> sized = new EnumMap<>(DotSize.class);
        for (DotSize size : DotSize.values()) {
            sized.put(size, stamps.get(size).at(scale));
        }
        int drawn = 0;
        for (int k = 0; k < dots.size(); k++) {
            if ((k & (CANCEL_CHECK_INTERVAL - 1)) == CANCEL_CHECK_INTERVAL - 1) {
                monitor.checkCancelled();
            }
            ProspectDot dot = dots.get(k);
            Stamp stamp = sized.get(dot.size());
            int px = (int) Math.floor(viewport.toScreenX(dot.x()));
            int py = (int) Math.floor(viewport.toScreenY(dot.y()));
            int reach = stamp.reach();
            if (px < -reach || py < -reach || px >= width + reach || py >= height + reach) {
                continue;
            }
            stamp.blit(pixels, width, height, px, py);
            drawn++;
        }
        return drawn;
    }
}

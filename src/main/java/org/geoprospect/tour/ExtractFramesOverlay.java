package org.geoprospect.tour;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.render.MapOverlay;
import org.geoprospect.render.RasterCanvas;
import org.geoprospect.render.Viewport;

/**
 * Draws, on a day's map of the tour pack, the frame of each of its detail maps, or their labels
 * ("1A") in white boxes at the frames' top left corners, so that the reader goes from the day's
 * overview to the detail page of a place. List the frames before the route and the labels after it:
 * the route stays above the frames, and no stop's disc hides a label. Sizes are reference pixels, times the view's
 * {@linkplain Viewport#deviceScale() device scale}. Immutable.
 */
final class ExtractFramesOverlay implements MapOverlay {
    private static final Color FRAME = new Color(0x333333);
    private final List<StopExtracts.Extract> extracts;
    private final boolean labels;

    private ExtractFramesOverlay(List<StopExtracts.Extract> extracts, boolean labels) {
        this.extracts = List.copyOf(extracts);
        this.labels = labels;
    }

    /** The dashed frames. */
    static ExtractFramesOverlay frames(List<StopExtracts.Extract> extracts) {
        return new ExtractFramesOverlay(extracts, false);
    }

    /** The frames' labels. */
    static ExtractFramesOverlay labels(List<StopExtracts.Extract> extracts) {
        return new ExtractFramesOverlay(extracts, true);
    }

    @Override
    public void paint(RasterCanvas canvas, Viewport viewport, ProgressMonitor monitor) {
        // Everything is drawn above the labels.
    }

    @Override
    public void paintAboveLabels(RasterCanvas canvas, Viewport v, ProgressMonitor monitor) {
        Graphics2D g = canvas.createGraphics();
        double scale = v.deviceScale();
        float s = (float) scale;
        try {
            g.setFont(scale == 1 ? new Font(Font.SANS_SERIF, Font.BOLD, 15)
                    : new Font(Font.SANS_SERIF, Font.BOLD, 1).deriveFont(15 * s));
            FontMetrics m = g.getFontMetrics();
            BasicStroke dashed = new BasicStroke(1.5f * s, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                    new float[] {6 * s, 4 * s}, 0);
            BasicStroke thin = new BasicStroke(s);
            int pad = (int) Math.round(4 * scale);
            for (StopExtracts.Extract e : extracts) {
                double x0 = v.toScreenX(e.area().getMinX());
                double y0 = v.toScreenY(e.area().getMaxY());
                double x1 = v.toScreenX(e.area().getMaxX());
                double y1 = v.toScreenY(e.area().getMinY());
                if (!labels) {
                    g.setColor(FRAME);
                    g.setStroke(dashed);
                    g.draw(new Rectangle2D.Double(x0, y0, x1 - x0, y1 - y0));
                    continue;
                }
                int w = m.stringWidth(e.label()) + 2 * pad;
                int h = m.getAscent() + pad;
                g.setColor(Color.WHITE);
                g.fillRect((int) Math.round(x0), (int) Math.round(y0) - h, w, h);
                g.setColor(FRAME);
                g.setStroke(thin);
                g.drawRect((int) Math.round(x0), (int) Math.round(y0) - h, w, h);
                g.drawString(e.label(), (int) Math.round(x0) + pad, (int) Math.round(y0) - (int) Math.round(3 * scale));
            }
        } finally {
            g.dispose();
        }
    }
}

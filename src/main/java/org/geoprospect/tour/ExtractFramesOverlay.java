package org.geoprospect.tour;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.function.Function;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.render.LegendPainter;
import org.geoprospect.render.LegendedOverlay;
import org.geoprospect.render.RasterCanvas;
import org.geoprospect.render.Viewport;
import org.geoprospect.render.labels.LabelPlacement;
import org.geoprospect.render.labels.LabelPlacer;
import org.geoprospect.render.labels.LabelRanks;
import org.geoprospect.render.labels.LabelRequest;
import org.geoprospect.render.labels.LabelStyle;

/**
 * Draws, on a day's map of the tour pack, the frame of each of its detail maps, or their labels ("1A"), so that the
 * reader goes from the day's overview to the detail page of a place. List the frames before the route and the
 * labels after it: the route stays above the frames, and the labels above the route. A label goes beside its frame's
 * top left corner — above the frame when there is room — placed by a {@link LabelPlacer} of its own so that no label
 * covers another, a numbered disc or the start and end ({@link TourMapOverlay#markerBoxes}); when crowded it moves out
 * on rings with a leader line to its corner. The map's place names keep clear of these labels (they are obstacles
 * of the map's placer; the placement depends only on the route, so both agree). The frames bring their legend line (when one reaches into the view), the
 * labels none. Sizes are reference pixels, times the view's {@linkplain Viewport#deviceScale() device scale}.
 * Immutable.
 */
final class ExtractFramesOverlay implements LegendedOverlay {
    private static final Color FRAME = new Color(0x333333);
    /** The labels: bold dark grey on an opaque white halo (the frame's colour, readable over the route). */
    private static final LabelStyle LABEL = new LabelStyle(15f, true, 0xFF333333, 0xFFFFFFFF);
    private final List<StopExtracts.Extract> extracts;
    private final TourMapOverlay route;
    private final String legendText;

    private ExtractFramesOverlay(List<StopExtracts.Extract> extracts, TourMapOverlay route, String legendText) {
        this.extracts = List.copyOf(extracts);
        this.route = route;
        this.legendText = legendText;
    }

    /** The dashed frames, explained in the legend by {@code legendText}. */
    static ExtractFramesOverlay frames(List<StopExtracts.Extract> extracts, String legendText) {
        return new ExtractFramesOverlay(extracts, null, java.util.Objects.requireNonNull(legendText, "legendText"));
    }

    /** The frames' labels, kept off the discs and squares of {@code route} (a printed route). */
    static ExtractFramesOverlay labels(List<StopExtracts.Extract> extracts, TourMapOverlay route) {
        return new ExtractFramesOverlay(extracts, java.util.Objects.requireNonNull(route, "route"), null);
    }

    private boolean labels() {
        return route != null;
    }

    @Override
    public List<LegendPainter.Line> legendLines(Function<String, String> textOfKey) {
        return labels() || extracts.isEmpty() ? List.of()
                : List.of(new LegendPainter.Line(TourLegendSwatches.frame(1), legendText));
    }

    @Override
    public List<LegendPainter.Line> legendLines(Function<String, String> textOfKey, Viewport viewport) {
        var view = viewport.envelope();
        boolean shown = !labels() && extracts.stream().anyMatch(e -> e.area().intersects(view));
        return shown ? List.of(new LegendPainter.Line(TourLegendSwatches.frame(viewport.deviceScale()), legendText))
                : List.of();
    }

    @Override
    public void paint(RasterCanvas canvas, Viewport viewport, ProgressMonitor monitor) {
        // Everything is drawn above the labels.
    }

    /** The frames' labels, placed on their own (see {@link #placeLabels}), are obstacles for the map's place names. */
    @Override
    public void collectLabels(LabelPlacer labels, Viewport viewport) {
        if (labels()) {
            placeLabels(viewport).placed().forEach(label -> labels.addObstacle(label.box()));
        }
    }

    @Override
    public void paintAboveLabels(RasterCanvas canvas, Viewport v, ProgressMonitor monitor) {
        Graphics2D g = canvas.createGraphics();
        try {
            if (labels()) {
                placeLabels(v).draw(g);
                return;
            }
            float s = (float) v.deviceScale();
            g.setColor(FRAME);
            g.setStroke(new BasicStroke(1.5f * s, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                    new float[] {6 * s, 4 * s}, 0));
            for (StopExtracts.Extract e : extracts) {
                double x0 = v.toScreenX(e.area().getMinX());
                double y0 = v.toScreenY(e.area().getMaxY());
                double x1 = v.toScreenX(e.area().getMaxX());
                double y1 = v.toScreenY(e.area().getMinY());
                g.draw(new Rectangle2D.Double(x0, y0, x1 - x0, y1 - y0));
            }
        } finally {
            g.dispose();
        }
    }

    /** Where the frames' labels go in this view: beside each frame's top left corner, in the detail maps' order. */
    LabelPlacement placeLabels(Viewport v) {
        double scale = v.deviceScale();
        LabelPlacer placer = new LabelPlacer(v.width(), v.height(), scale);
        route.markerBoxes(v).forEach(placer::addObstacle);
        LabelStyle style = scale == 1 ? LABEL
                : new LabelStyle(LABEL.fontSize() * (float) scale, LABEL.bold(), LABEL.color(), LABEL.haloColor());
        for (int i = 0; i < extracts.size(); i++) {
            StopExtracts.Extract e = extracts.get(i);
            double x0 = v.toScreenX(e.area().getMinX());
            double y0 = v.toScreenY(e.area().getMaxY());
            if (x0 >= 0 && y0 >= 0 && x0 <= v.width() && y0 <= v.height()) {
                placer.add(LabelRequest.beside(e.label(), x0, y0, 0, false, style, LabelRanks.COMPETITOR, -i).asMandatory());
            }
        }
        return placer.place();
    }
}

package org.geoprospect.ui.tour;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.render.LegendPainter;
import org.geoprospect.render.LegendedOverlay;
import org.geoprospect.render.RasterCanvas;
import org.geoprospect.render.Viewport;
import org.geoprospect.tour.TourLegendSwatches;
import org.geoprospect.tour.TourMapOverlay;

/**
 * The planned tour on the map and in its legend: the route drawn by {@link TourMapOverlay}, and the
 * legend lines "Tour day N" in each day's colour as drawn (grey for the days dimmed while another is
 * highlighted) and "Start / end" with the black square. Immutable (safe to paint from the screen's
 * render thread and an export's thread).
 */
public final class TourRouteOverlay implements LegendedOverlay {
    /** Message key of a day's line, {@code {0}} being the day number from 1. */
    public static final String DAY_KEY = "legend.tour.day";
    /** Message key of the start and end's line. */
    public static final String START_END_KEY = "legend.tour.startEnd";

    private final TourMapOverlay route;
    private final int[] dayColours;

    private TourRouteOverlay(TourMapOverlay route, int[] dayColours) {
        this.route = route;
        this.dayColours = dayColours;
    }

    /**
     * The overlay of a plan.
     *
     * @param highlightedDay the day (0-based) drawn in its colour while the others are grey, or -1 for all in colour
     */
    public static TourRouteOverlay of(TourPlan plan, int highlightedDay) {
        int days = plan.days().size();
        int highlighted = highlightedDay < days ? highlightedDay : -1;
        int[] colours = new int[days];
        for (int d = 0; d < days; d++) {
            boolean dimmed = highlighted >= 0 && highlighted != d;
            colours[d] = dimmed ? TourPlan.DIMMED_DAY_COLOUR : TourMapOverlay.dayColour(d + 1);
        }
        return new TourRouteOverlay(plan.overlay(highlighted), colours);
    }

    /** The colour (0xRRGGBB) each day's route is drawn in, day 1 first. */
    public int[] dayColours() {
        return dayColours.clone();
    }

    @Override
    public void paint(RasterCanvas canvas, Viewport viewport, ProgressMonitor monitor) {
        route.paint(canvas, viewport, monitor);
    }

    @Override
    public void paintAboveLabels(RasterCanvas canvas, Viewport viewport, ProgressMonitor monitor) {
        route.paintAboveLabels(canvas, viewport, monitor);
    }

    @Override
    public List<LegendPainter.Line> legendLines(Function<String, String> textOfKey) {
        return legendLines(textOfKey, 1);
    }

    @Override
    public List<LegendPainter.Line> legendLines(Function<String, String> textOfKey, Viewport viewport) {
        return legendLines(textOfKey, viewport.deviceScale());
    }

    private List<LegendPainter.Line> legendLines(Function<String, String> textOfKey, double scale) {
        List<LegendPainter.Line> lines = new ArrayList<>();
        String dayPattern = textOfKey.apply(DAY_KEY).replace("'", "''");
        for (int d = 0; d < dayColours.length; d++) {
            lines.add(new LegendPainter.Line(TourLegendSwatches.route(dayColours[d], scale),
                    new MessageFormat(dayPattern, Locale.ROOT).format(new Object[] {d + 1})));
        }
        if (dayColours.length > 0) {
            lines.add(new LegendPainter.Line(TourLegendSwatches.startEnd(scale), textOfKey.apply(START_END_KEY)));
        }
        return lines;
    }
}

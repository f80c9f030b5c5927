package org.geoprospect.tour;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.render.LegendPainter;
import org.geoprospect.render.LegendedOverlay;
import org.geoprospect.render.RasterCanvas;
import org.geoprospect.render.Viewport;
import org.geoprospect.render.labels.LabelPlacer;

/**
 * One day's route on its printed map ({@link TourMapOverlay#printed}: numbered discs moved aside where they would
 * overlap) with the legend of what it draws there: the day's route, the numbered stops, the start and end, and —
 * only when the map moves a number aside in its view — the dot of a number moved aside. The words are given in the
 * pack's language. Immutable.
 */
final class DayRouteOverlay implements LegendedOverlay {
    /**
     * The legend's words.
     *
     * @param route    the day's route line
     * @param stop     a numbered stop
     * @param startEnd the start and end's square
     * @param moved    the dot of a number moved aside
     */
    record Words(String route, String stop, String startEnd, String moved) {
        Words {
            Objects.requireNonNull(route, "route");
            Objects.requireNonNull(stop, "stop");
            Objects.requireNonNull(startEnd, "startEnd");
            Objects.requireNonNull(moved, "moved");
        }
    }

    private final TourMapOverlay route;
    private final int rgb;
    private final Words words;

    /** The printed route of a day drawn in {@code rgb} (0xRRGGBB). */
    DayRouteOverlay(List<TourMapOverlay.Route> routes, int rgb, Words words) {
        this.route = TourMapOverlay.printed(routes);
        this.rgb = rgb;
        this.words = Objects.requireNonNull(words, "words");
    }

    /** The printed route it draws (whose discs and squares the frames' labels keep clear of). */
    TourMapOverlay route() {
        return route;
    }

    @Override
    public void paint(RasterCanvas canvas, Viewport viewport, ProgressMonitor monitor) {
        route.paint(canvas, viewport, monitor);
    }

    @Override
    public void collectLabels(LabelPlacer labels, Viewport viewport) {
        route.collectLabels(labels, viewport);
    }

    @Override
    public void paintAboveLabels(RasterCanvas canvas, Viewport viewport, ProgressMonitor monitor) {
        route.paintAboveLabels(canvas, viewport, monitor);
    }

    /** The lines of any view: the route, the stops, the start and end (no number is known to be moved). */
    @Override
    public List<LegendPainter.Line> legendLines(Function<String, String> textOfKey) {
        return lines(1, false);
    }

    @Override
    public List<LegendPainter.Line> legendLines(Function<String, String> textOfKey, Viewport viewport) {
        return lines(viewport.deviceScale(), route.movesADisc(viewport));
    }

    private List<LegendPainter.Line> lines(double scale, boolean moved) {
        List<LegendPainter.Line> lines = new ArrayList<>();
        lines.add(new LegendPainter.Line(TourLegendSwatches.route(rgb, scale), words.route()));
        lines.add(new LegendPainter.Line(TourLegendSwatches.stop(rgb, scale), words.stop()));
        lines.add(new LegendPainter.Line(TourLegendSwatches.startEnd(scale), words.startEnd()));
        if (moved) {
            lines.add(new LegendPainter.Line(TourLegendSwatches.moved(rgb, scale), words.moved()));
        }
        return lines;
    }
}

package org.geoprospect.tour;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.ArrayList;
import java.util.List;
import org.geoprospect.io.pdf.PdfReportWriter;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.render.LayerDrawing;
import org.geoprospect.render.LegendedOverlay;
import org.geoprospect.render.MapOverlay;
import org.geoprospect.render.MapRenderer;
import org.geoprospect.render.RasterCanvas;
import org.geoprospect.render.Viewport;
import org.geoprospect.render.layout.ComposedMap;
import org.geoprospect.render.layout.LayoutTexts;
import org.geoprospect.render.layout.MapComposer;
import org.geoprospect.render.layout.MapScene;
import org.geoprospect.render.layout.PageFormat;
import org.geoprospect.render.layout.SceneLegend;
import org.geoprospect.render.points.PointScene;
import org.locationtech.jts.geom.Envelope;

/**
 * Draws the pictures of a tour pack: each day's map page (a map layout: its route, numbered stops and the frames
 * of its detail maps, with title, date, legend, scale bar, north arrow and credits), the pages of detail maps (four to a page, each with its label and the numbers of its
 * stops above it), and the overview of every day for the PNG. Stops are numbered across days, as on the
 * contact sheet; numbers that would overlap are moved aside with a leader line
 * ({@link TourMapOverlay#printed}). Not thread-safe (one renderer per instance).
 */
final class TourPackMaps {
    /**
     * The device scale of the detail maps: a pixel of their page's picture prints at
     * {@link PdfReportWriter#pointsPerMapPixel} points, so drawing a reference pixel (0.75 pt at 96 dpi) over
     * 0.75 / that many pixels prints their numbers, lines and names at their screen size, as the day maps' layout
     * does.
     */
    static final double EXTRACT_DEVICE_SCALE = 0.75
            / PdfReportWriter.pointsPerMapPixel(TourPackLayout.PAGE_WIDTH, TourPackLayout.PAGE_HEIGHT);
    private final MapRenderer renderer = new MapRenderer();
    private final TourPackWriter.Pack pack;
    private final List<LayerDrawing> drawings;

    TourPackMaps(TourPackWriter.Pack pack) {
        this.pack = pack;
        this.drawings = pack.layers().stream().map(LayerDrawing::withDefaultStyle).toList();
    }

    /**
     * One day's map page, laid out as every printed map is ({@link MapComposer}: title, date, the map, its
     * legend beside or below it, scale bar, north arrow, credits): the whole day with the frames of its detail
     * maps, the legend listing the day's route, stops, start and end, the frames, a number moved aside only when
     * one is, and the layers' classes in view.
     *
     * @param page  the paper and resolution
     * @param texts the pack's words
     * @throws org.geoprospect.model.CancelledException when cancelled
     */
    ComposedMap dayPage(TourPackLayout.DayLayout day, PageFormat page, TourPackTexts texts, LayoutTexts words,
                        ProgressMonitor monitor) {
        List<TourMapOverlay.Route> routes = routes(List.of(day.day()));
        Envelope area = extentOf(routes);
        day.extracts().forEach(e -> area.expandToInclude(e.area()));
        DayRouteOverlay.Words legend = new DayRouteOverlay.Words(texts.get("legend.dayRoute", day.day().day()),
                texts.get("legend.stop"), texts.get("legend.startEnd"), texts.get("legend.moved"));
        DayRouteOverlay route = new DayRouteOverlay(routes, TourMapOverlay.dayColour(day.day().day()), legend);
        List<LegendedOverlay> overlays = List.of(ExtractFramesOverlay.frames(day.extracts(), texts.get("legend.frames")),
                route, ExtractFramesOverlay.labels(day.extracts(), route.route()));
        MapScene scene = new MapScene(drawings, PointScene.EMPTY, overlays, null);
        return MapComposer.compose(page, words, scene, framed(area), true, key -> legendWord(texts, key), monitor);
    }

    /** The words the layout's legend asks for by key: the layers' "All other values". */
    private static String legendWord(TourPackTexts texts, String key) {
        return SceneLegend.OTHER_VALUES_KEY.equals(key) ? texts.get("legend.otherValues") : key;
    }

    /** Every day's route on one map (the PNG). */
    RasterCanvas overview(ProgressMonitor monitor) {
        List<TourMapOverlay.Route> routes = routes(pack.days());
        return render(fitted(extentOf(routes)), List.of(TourMapOverlay.printed(routes)), TourPackLayout.PAGE_WIDTH,
                TourPackLayout.PAGE_HEIGHT, monitor);
    }

    /**
     * A page of detail maps of a day: up to four, left to right then top to bottom, each under a caption
     * with its label and its stops' numbers, drawn at {@link #EXTRACT_DEVICE_SCALE}.
     *
     * @param page 0-based among the day's pages of detail maps
     */
    RasterCanvas extractPage(TourPackLayout.DayLayout day, int page, TourPackTexts texts, ProgressMonitor monitor) {
        RasterCanvas sheet = new RasterCanvas(TourPackLayout.PAGE_WIDTH, TourPackLayout.PAGE_HEIGHT);
        sheet.fill(0xFFFFFFFF);
        List<TourMapOverlay.Route> routes = routes(List.of(day.day()));
        int first = firstNumberOf(day.day());
        int cellWidth = TourPackLayout.PAGE_WIDTH / 2;
        int cellHeight = TourPackLayout.PAGE_HEIGHT / 2;
        Graphics2D g = sheet.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            for (int slot = 0; slot < TourPackLayout.EXTRACTS_PER_PAGE; slot++) {
                int index = page * TourPackLayout.EXTRACTS_PER_PAGE + slot;
                if (index >= day.extracts().size()) {
                    break;
                }
                monitor.checkCancelled();
                StopExtracts.Extract extract = day.extracts().get(index);
                int x = (slot % 2) * cellWidth + (cellWidth - TourPackLayout.EXTRACT_WIDTH) / 2;
                int y = (slot / 2) * cellHeight + (cellHeight - TourPackLayout.EXTRACT_HEIGHT - TourPackLayout.CAPTION_HEIGHT) / 2;
                int[] numbers = java.util.Arrays.stream(extract.stops()).map(s -> first + s).toArray();
                g.setColor(Color.BLACK);
                g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 24));
                g.drawString(texts.get("extract.caption", extract.label(), numbers.length, runs(numbers)), x,
                        y + TourPackLayout.CAPTION_HEIGHT - 12);
                Viewport viewport = Viewport.fitting(extract.area(), TourPackLayout.EXTRACT_WIDTH, TourPackLayout.EXTRACT_HEIGHT)
                        .withDeviceScale(EXTRACT_DEVICE_SCALE);
                RasterCanvas map = render(viewport, List.of(TourMapOverlay.printed(routes)), TourPackLayout.EXTRACT_WIDTH,
                        TourPackLayout.EXTRACT_HEIGHT, monitor);
                int top = y + TourPackLayout.CAPTION_HEIGHT;
                g.drawImage(map.image(), x, top, null);
                g.setColor(new Color(0x333333));
                g.setStroke(new BasicStroke(2f));
                g.drawRect(x, top, TourPackLayout.EXTRACT_WIDTH, TourPackLayout.EXTRACT_HEIGHT);
            }
        } finally {
            g.dispose();
        }
        return sheet;
    }

    /** "4–7, 9" for 4, 5, 6, 7, 9: the numbers in runs. */
    static String runs(int[] numbers) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < numbers.length) {
            int j = i;
            while (j + 1 < numbers.length && numbers[j + 1] == numbers[j] + 1) {
                j++;
            }
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(numbers[i]);
            if (j > i) {
                b.append(j == i + 1 ? ", " : "–").append(numbers[j]);
            }
            i = j + 1;
        }
        return b.toString();
    }

    /** The number of the first stop of a day (stops are numbered across days). */
    private int firstNumberOf(DayPlan day) {
        int number = 1;
        for (DayPlan d : pack.days()) {
            if (d == day) {
                return number;
            }
            number += d.stops().length;
        }
        throw new IllegalArgumentException("Day " + day.day() + " is not a day of this pack.");
    }

    /** The routes of the shown days, numbered across all days of the pack. */
    private List<TourMapOverlay.Route> routes(List<DayPlan> shown) {
        List<TourMapOverlay.Route> routes = new ArrayList<>();
        int number = 0;
        for (DayPlan day : pack.days()) {
            int[] stops = day.stops();
            double[] xs = new double[stops.length + 2];
            double[] ys = new double[stops.length + 2];
            int[] numbers = new int[stops.length];
            xs[0] = pack.xs()[pack.start()];
            ys[0] = pack.ys()[pack.start()];
            for (int i = 0; i < stops.length; i++) {
                xs[i + 1] = pack.xs()[stops[i]];
                ys[i + 1] = pack.ys()[stops[i]];
                numbers[i] = ++number;
            }
            xs[stops.length + 1] = pack.xs()[pack.end()];
            ys[stops.length + 1] = pack.ys()[pack.end()];
            if (shown.contains(day)) {
                routes.add(new TourMapOverlay.Route(xs, ys, numbers, TourMapOverlay.dayColour(day.day())));
            }
        }
        return routes;
    }

    private static Envelope extentOf(List<TourMapOverlay.Route> routes) {
        Envelope area = new Envelope();
        for (TourMapOverlay.Route r : routes) {
            for (int i = 0; i < r.xs().length; i++) {
                area.expandToInclude(r.xs()[i], r.ys()[i]);
            }
        }
        return area;
    }

    /** The area with a margin so that the circles at the edge are whole, and at least 2 km across. */
    private static Envelope framed(Envelope area) {
        Envelope framed = new Envelope(area);
        double margin = Math.max(Math.max(framed.getWidth(), framed.getHeight()) * 0.08, 300);
        framed.expandBy(margin);
        if (framed.getWidth() < 2000) {
            framed.expandBy((2000 - framed.getWidth()) / 2, 0);
        }
        return framed;
    }

    /** {@link #framed} fitted into a picture of the page's size. */
    private static Viewport fitted(Envelope area) {
        return Viewport.fitting(framed(area), TourPackLayout.PAGE_WIDTH, TourPackLayout.PAGE_HEIGHT);
    }

    private RasterCanvas render(Viewport viewport, List<MapOverlay> overlays, int width, int height, ProgressMonitor monitor) {
        RasterCanvas canvas = new RasterCanvas(width, height);
        renderer.render(drawings, overlays, viewport, canvas, monitor);
        return canvas;
    }
}

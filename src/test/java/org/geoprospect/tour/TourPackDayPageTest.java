package org.geoprospect.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.geoprospect.model.GeometryKind;
import org.geoprospect.model.LayerInfo;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.model.VectorFeature;
import org.geoprospect.model.VectorLayer;
import org.geoprospect.render.layout.ComposedMap;
import org.geoprospect.render.layout.LayoutTexts;
import org.geoprospect.render.layout.LegendItem;
import org.geoprospect.render.layout.PageFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A tour pack's day map is a map layout: the PDF's day page has the day as title, the date and the day's times,
 * the scale as text, the credits, and a legend of exactly what the map draws — the route of that day, its stops,
 * the start and end, the detail maps' frames, the layers in view — and not what it does not draw: a layer far from
 * the day's route, a number moved aside when none is (two stops 5 km apart, at a scale where their discs are far
 * apart). With two stops 20 m apart, one disc covers the other's place, so it is moved and the legend says so.
 */
class TourPackDayPageTest {
    private static final GeometryFactory GF = new GeometryFactory();
    private static final double X0 = 400_000;
    private static final double Y0 = 6_700_000;
    private static final TourPackTexts ENGLISH = TourPackTexts.forLocale(Locale.ENGLISH);
    @TempDir
    Path dir;

    /** A line layer along the route's axis, and another 100 km away from everything. */
    private static List<VectorLayer> layers() {
        VectorLayer near = new VectorLayer(new LayerInfo("rivers", GeometryKind.LINE, 1, 2154,
                new Envelope(X0 - 2_000, X0 + 8_000, Y0 - 200, Y0 - 200), new Envelope()),
                List.of(new VectorFeature(1, GF.createLineString(new Coordinate[] {new Coordinate(X0 - 2_000, Y0 - 200),
                        new Coordinate(X0 + 8_000, Y0 - 200)}), Map.of())));
        VectorLayer far = new VectorLayer(new LayerInfo("faraway", GeometryKind.LINE, 1, 2154,
                new Envelope(X0 + 100_000, X0 + 101_000, Y0, Y0), new Envelope()),
                List.of(new VectorFeature(1, GF.createLineString(new Coordinate[] {new Coordinate(X0 + 100_000, Y0),
                        new Coordinate(X0 + 101_000, Y0)}), Map.of())));
        return List.of(near, far);
    }

    /** One day from the office at (X0, Y0) to two stops {@code gap} metres apart, 1 km east of it and more. */
    private static TourPackWriter.Pack pack(double gap) {
        double[] xs = {X0, X0 + 1_000, X0 + 1_000 + gap};
        double[] ys = {Y0, Y0, Y0};
        DayPlan day = new DayPlan(1, new int[] {1, 2}, List.of(LocalTime.of(9, 5), LocalTime.of(9, 50)), 12_000,
                LocalTime.of(10, 30));
        return new TourPackWriter.Pack(xs, ys, 0, 0, Arrays.asList(null, stop("H1", xs[1]), stop("H2", xs[2])),
                List.of(day), layers(), LocalDate.of(2026, 10, 1), "Roads: synthetic test data.",
                new double[] {-0.51, 47.4}, new double[] {-0.51, 47.4});
    }

    private static TourStop stop(String code, double x) {
        return new TourStop(code, TourStop.Kind.HOUSEHOLD, x, Y0, -0.5, 47.4, "Angers", null, null, null, List.of("picnic"),
                null);
    }

    private String firstPage(TourPackWriter.Pack pack, String folder) throws Exception {
        TourPackWriter.Written written = new TourPackWriter(ENGLISH).write(dir.resolve(folder), pack, ProgressMonitor.NONE);
        try (PDDocument pdf = Loader.loadPDF(written.pdf().toFile())) {
            assertEquals(written.pdfPages(), pdf.getNumberOfPages());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            return stripper.getText(pdf);
        }
    }

    @Test
    void theDayPageHasTheLayoutsPartsAndALegendOfWhatItDrawsOnly() throws Exception {
        String page = firstPage(pack(5_000), "apart");
        assertTrue(page.contains("Day 1 — 2 visits"), page);
        assertTrue(page.contains("October 1, 2026 · 12.0 km of travel, first arrival 09:05, back at 10:30"), page);
        assertTrue(page.contains("Scale 1:"), page);
        assertTrue(page.contains("Roads: synthetic test data."), page);
        assertTrue(page.contains("Legend"), page);
        assertTrue(page.contains("Route of day 1 (straight legs)"), page);
        assertTrue(page.contains("Stop (number = visiting order)"), page);
        assertTrue(page.contains("Start / end"), page);
        assertTrue(page.contains("Detail map of the next pages"), page);
        assertTrue(page.contains("rivers"), page);
        assertFalse(page.contains("faraway"), "a layer out of the map's view has no legend line: " + page);
        assertFalse(page.contains("moved aside"), "no number is moved aside on this map: " + page);
    }

    @Test
    void aNumberMovedAsideGetsItsLegendLine() throws Exception {
        String page = firstPage(pack(20), "close");
        assertTrue(page.contains("Exact place of a number moved aside"), page);
    }

    @Test
    void theDayMapIsComposedAtThePagesDeviceScaleWithEveryLegendLineTiedToWhatIsDrawn() {
        TourPackWriter.Pack pack = pack(5_000);
        TourPackLayout layout = TourPackLayout.of(pack);
        LayoutTexts words = new LayoutTexts("Day 1", "", "", "Legend", "Scale", Locale.ENGLISH);
        ComposedMap map = new TourPackMaps(pack).dayPage(layout.days().get(0), PageFormat.a4(true), ENGLISH, words,
                ProgressMonitor.NONE);
        assertEquals(150 / 96.0, map.layout().viewport().deviceScale(), 1e-12);
        List<String> subjects = map.legend().stream().map(LegendItem::subject).toList();
        // Top first: the route's three lines (no number moved), the frames, then the layer in view.
        assertEquals(List.of("overlay.1.0", "overlay.1.1", "overlay.1.2", "overlay.0.0", "layer:rivers"), subjects);
        assertTrue(map.legend().get(0).text().contains("day 1"));
        assertTrue(map.layout().legendOverMap() == 0);
    }
}

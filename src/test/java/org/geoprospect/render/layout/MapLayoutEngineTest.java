package org.geoprospect.render.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.geoprospect.render.RasterCanvas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Envelope;

/**
 * The layout's frames on every page size and area shape the exports meet: the legend never overlaps the
 * map frame (the map's data area: every part of the frame shows map), every part stays on the page and
 * apart from the others, and the map frame shows the whole area.
 */
class MapLayoutEngineTest {
    /** Roughly the demo territory's extent (Maine-et-Loire: 1.47 as wide as high), in metres. */
    private static final Envelope WIDE = new Envelope(350_000, 497_000, 6_650_000, 6_750_000);
    private static final Envelope TALL = new Envelope(400_000, 433_000, 6_650_000, 6_750_000);
    private static final Envelope SQUARE = new Envelope(400_000, 410_000, 6_700_000, 6_710_000);
    private static final LayoutTexts TEXTS = new LayoutTexts("Maine-et-Loire demo — vtt-angers", "1 October 2026",
            "Communes: GeoNames (geonames.org), CC BY 4.0. INSEE codes: INSEE via Etalab, Licence Ouverte 2.0.", "Legend",
            "Scale", Locale.ENGLISH);

    static List<LegendItem> legend(int lines) {
        List<LegendItem> items = new ArrayList<>();
        String[] words = {"10 prospects at that place", "Selected households (at overview scales: groups of 10 or more)",
            "roads: motorway", "Relation / prescriber", "Escaping prospects (Huff model): the probability that a household "
                + "buys from a competitor rather than from us (overview: mean of cells of 10+ households)"};
        for (int i = 0; i < lines; i++) {
            items.add(new LegendItem("line" + i, new RasterCanvas(24, i % 3 == 0 ? 24 : 16), words[i % words.length]));
        }
        return items;
    }

    static Stream<Arguments> pagesAreasAndLegends() {
        List<Arguments> cases = new ArrayList<>();
        for (String page : new String[] {"a4-landscape", "a4-portrait", "a3-landscape", "a3-portrait", "937x907", "1920x1080",
            "1366x768", "640x480"}) {
            for (Envelope area : new Envelope[] {WIDE, TALL, SQUARE}) {
                for (int lines : new int[] {3, 21}) {
                    cases.add(Arguments.of(page, area, lines));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}, area {1}, {2} legend lines")
    @MethodSource("pagesAreasAndLegends")
    void theLegendNeverCoversTheMapAndEveryPartStaysOnThePage(String pageName, Envelope area, int lines) {
        PageFormat page = PageFormat.parse(pageName);
        MapLayout layout = MapLayoutEngine.layout(page, TEXTS, legend(lines), area);
        Rect map = layout.map();
        assertTrue(layout.legend() != null);
        // The issue asks for less than 5 % of the map frame; the layout puts the legend beside or below: none.
        assertEquals(0, layout.legend().bounds().intersectionArea(map), 1e-9);
        assertTrue(layout.legendOverMap() < 0.05);
        Rect pageBounds = layout.pageBounds();
        for (Rect part : List.of(map, layout.legend().bounds(), layout.title().bounds(), layout.subtitle().bounds(),
                layout.credits().bounds(), layout.scaleBar().bar(), layout.northArrow())) {
            assertTrue(pageBounds.contains(part), part + " is off the page " + pageBounds);
        }
        for (Rect part : List.of(layout.title().bounds(), layout.subtitle().bounds(), layout.credits().bounds(),
                layout.scaleBar().bar(), layout.northArrow())) {
            assertEquals(0, part.intersectionArea(map), 1e-9, part + " covers the map");
            assertEquals(0, part.intersectionArea(layout.legend().bounds()), 1e-9, part + " covers the legend");
        }
        for (LegendFrame.Placed line : layout.legend().items()) {
            assertTrue(layout.legend().bounds().contains(line.text().bounds()), "a legend line leaves its box");
        }
        // The frame lies on whole pixels of the page, and its view is its size in pixels and shows the whole area.
        double k = page.pixelsPerPoint();
        assertEquals(Math.rint(map.x() * k), map.x() * k, 1e-6);
        assertEquals(Math.rint(map.right() * k), map.right() * k, 1e-6);
        assertEquals(Math.round(map.width() * k), layout.viewport().width());
        assertEquals(Math.round(map.height() * k), layout.viewport().height());
        assertTrue(layout.viewport().envelope().covers(area), "the frame must show the whole area");
    }

    @Test
    void aWideAreaGetsTheLegendBesideOnLandscapeAndBelowOnPortrait() {
        assertEquals(MapLayout.Placement.BESIDE, MapLayoutEngine.layout(PageFormat.a4(true), TEXTS, legend(20), WIDE).placement());
        assertEquals(MapLayout.Placement.BELOW, MapLayoutEngine.layout(PageFormat.a4(false), TEXTS, legend(20), WIDE).placement());
    }

    @Test
    void aTallAreaGetsTheLegendBesideEvenOnPortrait() {
        // Below, the legend would take height the tall area needs; beside, it takes width the area does not use.
        assertEquals(MapLayout.Placement.BESIDE, MapLayoutEngine.layout(PageFormat.a4(false), TEXTS, legend(12), TALL).placement());
    }

    @Test
    void everyLegendLineIsPlacedInOrder() {
        List<LegendItem> items = legend(21);
        MapLayout layout = MapLayoutEngine.layout(PageFormat.a4(true), TEXTS, items, WIDE);
        assertEquals(0, layout.legend().omitted());
        assertEquals(items.stream().map(LegendItem::subject).toList(),
                layout.legend().items().stream().map(p -> p.item().subject()).toList());
    }

    @Test
    void aLegendTooLongForPaperShrinksItsWordsThenEndsWithAnEllipsis() {
        MapLayout layout = MapLayoutEngine.layout(PageFormat.a4(true), TEXTS, legend(150), WIDE);
        LegendFrame legend = layout.legend();
        assertTrue(legend.omitted() > 0);
        assertEquals("…", legend.items().get(legend.items().size() - 1).text().lines().get(0));
        assertEquals(LayoutStyle.of(layout.page()).legend().sizePt() * 0.72, legend.items().get(0).text().style().sizePt(), 1e-9);
        assertEquals(0, legend.bounds().intersectionArea(layout.map()), 1e-9);
        assertEquals(150 - legend.omitted() + 1, legend.items().size());
    }

    @Test
    void onAnImageTheLegendsWordsKeepTheirSizeAndTheLastLinesGiveWay() {
        MapLayout layout = MapLayoutEngine.layout(PageFormat.pixels(640, 480), TEXTS, legend(120), WIDE);
        LegendFrame legend = layout.legend();
        assertTrue(legend.omitted() > 0);
        assertEquals(LayoutStyle.of(layout.page()).legend().sizePt(), legend.items().get(0).text().style().sizePt(), 1e-9);
        assertEquals(0, legend.bounds().intersectionArea(layout.map()), 1e-9);
    }

    @Test
    void onPaperALongerLegendGetsSmallerWordsBeforeAnyLineIsLeftOut() {
        double full = LayoutStyle.of(PageFormat.a4(true)).legend().sizePt();
        int previousOmitted = 0;
        java.util.Set<Double> sizesUsed = new java.util.HashSet<>();
        for (int lines = 20; lines <= 80; lines += 5) {
            MapLayout layout = MapLayoutEngine.layout(PageFormat.a4(true), TEXTS, legend(lines), WIDE);
            double size = layout.legend().items().get(0).text().style().sizePt();
            int omitted = layout.legend().omitted();
            assertTrue(omitted >= previousOmitted, lines + " lines left out fewer lines than fewer lines did");
            if (omitted > 0) {
                assertEquals(full * 0.72, size, 1e-9, "lines are left out only once the words are at their smallest");
            }
            sizesUsed.add(Math.round(size / full * 100) / 100.0);
            previousOmitted = omitted;
        }
        assertEquals(java.util.Set.of(1.0, 0.85, 0.72), sizesUsed);
        assertTrue(previousOmitted > 0, "80 lines cannot all fit an A4 page");
    }

    @Test
    void aLongTitleIsSetOnAtMostTwoLinesWithinTheMargins() {
        String longTitle = "Prospects for mountain bikes and picnic gear around Angers, Cholet and Saumur, "
                + "households with an email consent not contacted in the last sixty days";
        LayoutTexts texts = new LayoutTexts(longTitle, "", "", "Legend", "Scale", Locale.ENGLISH);
        MapLayout layout = MapLayoutEngine.layout(PageFormat.pixels(800, 600), texts, legend(3), WIDE);
        TextBlock title = layout.title();
        assertTrue(title.lines().size() <= 2);
        for (String line : title.lines()) {
            assertTrue(LayoutFonts.width(title.style(), line) <= title.bounds().width() + 1e-6, line);
        }
    }

    @Test
    void withoutALegendTheMapTakesTheRoom() {
        MapLayout with = MapLayoutEngine.layout(PageFormat.a4(true), TEXTS, legend(10), WIDE);
        MapLayout without = MapLayoutEngine.layout(PageFormat.a4(true), TEXTS, List.of(), WIDE);
        assertEquals(MapLayout.Placement.NONE, without.placement());
        assertNull(without.legend());
        assertTrue(without.map().area() > with.map().area());
    }

    @Test
    void theScaleBarIsARoundLengthDrawnToTheMapsScale() {
        MapLayout layout = MapLayoutEngine.layout(PageFormat.a4(true), TEXTS, legend(10), WIDE);
        MapLayout.ScaleBarFrame bar = layout.scaleBar();
        double metresPerPoint = layout.viewport().metresPerPixel() * layout.page().pixelsPerPoint();
        assertEquals(bar.metres(), bar.bar().width() * metresPerPoint, 1e-6);
        double mantissa = bar.metres() / Math.pow(10, Math.floor(Math.log10(bar.metres())));
        assertTrue(Math.abs(mantissa - 1) < 1e-9 || Math.abs(mantissa - 2) < 1e-9 || Math.abs(mantissa - 5) < 1e-9);
        // 1:N on paper: N metres of ground per metre of paper, to three significant digits.
        double denominator = layout.viewport().metresPerPixel() * 150 / 0.0254;
        long magnitude = (long) Math.pow(10, Math.floor(Math.log10(denominator)) - 2);
        String expected = String.format(Locale.ENGLISH, "Scale 1:%,d", Math.round(denominator / magnitude) * magnitude);
        assertEquals(expected, bar.scaleText());
        // An image in pixels has no paper scale.
        assertEquals("", MapLayoutEngine.layout(PageFormat.pixels(1200, 800), TEXTS, legend(3), WIDE).scaleBar().scaleText());
    }

    @Test
    void aPageTooSmallForAMapIsRefusedWithASentence() {
        String message = assertThrows(IllegalArgumentException.class,
                () -> MapLayoutEngine.layout(PageFormat.pixels(60, 40), TEXTS, legend(3), WIDE)).getMessage();
        assertTrue(message.contains("too small"), message);
    }
}

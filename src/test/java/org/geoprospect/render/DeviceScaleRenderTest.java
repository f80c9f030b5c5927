package org.geoprospect.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.geoprospect.analysis.aggregation.DotSize;
import org.geoprospect.index.HouseholdColumns;
import org.geoprospect.index.HouseholdColumnsBuilder;
import org.geoprospect.index.PackedPointIndex;
import org.geoprospect.model.Client;
import org.geoprospect.model.Competitor;
import org.geoprospect.model.ContactCategory;
import org.geoprospect.model.GeometryKind;
import org.geoprospect.model.Household;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.render.labels.LabelRanks;
import org.geoprospect.render.labels.PlacedLabel;
import org.geoprospect.render.labels.ScreenBox;
import org.geoprospect.render.points.ClientSizing;
import org.geoprospect.render.points.PointLayers;
import org.geoprospect.render.points.PointLayersOverlay;
import org.geoprospect.render.points.PointStyles;
import org.junit.jupiter.api.Test;

/**
 * The renderer's device scale, by construction: the same ground drawn at scale 2 into an image twice as wide and
 * high (half the metres per pixel) is the scale-1 picture twice as large — a stroke of w px is 2w px wide, a
 * marker of side d covers 4 times the area, a label's box is twice as wide and high and sits at twice its
 * coordinates, and the prospect dots are the same dots (the same 10/25/50 sizes at the same places), twice the
 * radius.
 */
class DeviceScaleRenderTest {
    private static final int WHITE = 0xFFFFFFFF;
    /** The ground: 400 m × 300 m from (0, 0), drawn at 1 m per pixel at scale 1. */
    private static final Viewport SCREEN = Viewport.of(200, 150, 1.0, 400, 300);
    private static final Viewport PRINT = Viewport.of(200, 150, 0.5, 800, 600).withDeviceScale(2);

    private static RasterCanvas render(List<LayerDrawing> layers, List<MapOverlay> overlays, Viewport view) {
        RasterCanvas canvas = new RasterCanvas(view.width(), view.height());
        new MapRenderer().setDecorations(false).setBackground(WHITE).render(layers, overlays, view, canvas,
                ProgressMonitor.NONE);
        return canvas;
    }

    private static RenderResult renderResult(List<LayerDrawing> layers, Viewport view) {
        RasterCanvas canvas = new RasterCanvas(view.width(), view.height());
        return new MapRenderer().setDecorations(false).setBackground(WHITE).render(layers, List.of(), view, canvas,
                ProgressMonitor.NONE);
    }

    /** How much ink a black-on-white column holds: the sum of 1 − grey over its pixels, in pixels. */
    private static double inkInColumn(RasterCanvas canvas, int x) {
        double ink = 0;
        for (int y = 0; y < canvas.height(); y++) {
            ink += 1 - Colors.green(canvas.argbAt(x, y)) / 255.0;
        }
        return ink;
    }

    /** The ink over the whole image, in pixels. */
    private static double ink(RasterCanvas canvas) {
        double ink = 0;
        for (int x = 0; x < canvas.width(); x++) {
            ink += inkInColumn(canvas, x);
        }
        return ink;
    }

    @Test
    void aStrokeIsTwiceAsWideAtScaleTwo() {
        // A black road of 3 px along y = 150 and a dashed one of 2 px along y = 60, dashes of 10 and gaps of 10 px.
        LayerDrawing solid = new LayerDrawing(SyntheticMaps.layer("solid", GeometryKind.LINE,
                SyntheticMaps.feature(1, SyntheticMaps.line(-50, 150, 450, 150), Map.of())),
                LayerSymbology.single(LayerStyle.line(StrokeSpec.solid(0xFF000000, 3f))), 1);
        RasterCanvas screen = render(List.of(solid), List.of(), SCREEN);
        RasterCanvas print = render(List.of(solid), List.of(), PRINT);
        assertEquals(3, inkInColumn(screen, 200), 0.02, "3 px at scale 1");
        assertEquals(6, inkInColumn(print, 400), 0.02, "6 px at scale 2");
        // The dashes are scaled along the line too: the same share of the line is inked.
        LayerDrawing dashed = new LayerDrawing(SyntheticMaps.layer("dashed", GeometryKind.LINE,
                SyntheticMaps.feature(1, SyntheticMaps.line(0, 60, 400, 60), Map.of())),
                LayerSymbology.single(LayerStyle.line(StrokeSpec.dashed(0xFF000000, 2f, 10f, 10f))), 1);
        double screenInk = ink(render(List.of(dashed), List.of(), SCREEN));
        double printInk = ink(render(List.of(dashed), List.of(), PRINT));
        // 400 px of line, half of it dashed, 2 px wide: 400 px² of ink; at scale 2, 800 px of line 4 px wide: 1,600.
        assertEquals(400, screenInk, 8);
        assertEquals(4 * screenInk, printInk, 4 * 8);
    }

    @Test
    void aPointSymbolCoversFourTimesTheAreaAtScaleTwo() {
        LayerDrawing towns = new LayerDrawing(SyntheticMaps.layer("towns", GeometryKind.POINT,
                SyntheticMaps.feature(1, SyntheticMaps.point(200, 150), Map.of())),
                LayerSymbology.single(LayerStyle.point(PointSymbol.SQUARE, 10, 0xFF000000, 0)), 1);
        double screenInk = ink(render(List.of(towns), List.of(), SCREEN));
        double printInk = ink(render(List.of(towns), List.of(), PRINT));
        assertEquals(100, screenInk, 0.5, "a 10 px square");
        assertEquals(400, printInk, 1, "a 20 px square");
    }

    @Test
    void aLabelsBoxIsTwiceAsLargeAndAtTwiceItsPlace() {
        LayerSymbology labelled = LayerSymbology.single(LayerStyle.point(PointSymbol.CIRCLE, 6, 0xFF000000, 0))
                .withLabel(new LabelSpec("name", null, 11f, false, 0xFF000000, 0xFFFFFFFF, LabelRanks.TOWN));
        List<LayerDrawing> layers = List.of(new LayerDrawing(SyntheticMaps.layer("towns", GeometryKind.POINT,
                SyntheticMaps.feature(1, SyntheticMaps.point(200, 150), Map.of("name", "Montreuil-Bellay"))), labelled, 1));
        PlacedLabel screen = renderResult(layers, SCREEN).labels().placed().get(0);
        PlacedLabel print = renderResult(layers, PRINT).labels().placed().get(0);
        ScreenBox a = screen.box();
        ScreenBox b = print.box();
        // The font's height (ascent + descent) grows exactly with its size; the advance of each glyph is rounded
        // to whole pixels at each size, so the width may differ from twice by half a pixel per glyph.
        assertEquals(2 * a.height(), b.height(), 0.01, a + " then " + b);
        double glyphs = "Montreuil-Bellay".length();
        assertEquals(2 * a.width(), b.width(), glyphs * 0.5, a + " then " + b);
        // Same candidate (top right of the dot), its gap and padding doubled: the box sits at twice its coordinates.
        assertEquals(2 * a.minX(), b.minX(), 1e-6);
        assertEquals(2 * a.maxY(), b.maxY(), 1e-6);
        assertEquals(2, print.request().style().fontSize() / screen.request().style().fontSize(), 1e-6);
    }

    @Test
    void theProspectDotsAreTheSameDotsTwiceTheRadius() {
        // 60 households on a 6 x 10 grid 3 m apart at (100, 100), 30 at (1300, 1200), another cell of the 512 m grid
        // and another 2 x 2 block: a 50 and a 10, then a 25.
        HouseholdColumnsBuilder builder = HouseholdColumns.builder();
        int n = 0;
        for (int i = 0; i < 60; i++) {
            builder.add(household(++n, 100 + (i % 6) * 3, 100 + (i / 6) * 3));
        }
        for (int i = 0; i < 30; i++) {
            builder.add(household(++n, 1300 + (i % 6) * 3, 1200 + (i / 6) * 3));
        }
        HouseholdColumns households = builder.build();
        PointLayers points = new PointLayers(households, PackedPointIndex.of(households), null, List.of(), List.of(),
                ClientSizing.NONE);
        // At 1:37,800 (10 m per reference pixel), a 4,000 m × 3,000 m ground: dots, not households.
        Viewport screen = Viewport.of(2000, 1500, 10, 400, 300);
        Viewport print = Viewport.of(2000, 1500, 5, 800, 600).withDeviceScale(2);
        RasterCanvas small = render(List.of(), List.of(new PointLayersOverlay(points)), screen);
        RasterCanvas large = render(List.of(), List.of(new PointLayersOverlay(points)), print);
        double amberScreen = amber(small);
        double amberPrint = amber(large);
        // A dot of outer radius r px covers πr²: 10, 4 and 7 px at scale 1, twice those at scale 2.
        double expected = Math.PI * (sq(DotSize.LARGE.pixelRadius()) + sq(DotSize.SMALL.pixelRadius())
                + sq(DotSize.MEDIUM.pixelRadius()));
        assertEquals(expected, amberScreen, expected * 0.03);
        assertEquals(4 * amberScreen, amberPrint, 4 * amberScreen * 0.02);
        // The same dots at the same places: every painted pixel of the print, halved, is painted on screen.
        assertPictureHalvedIsTheScreens(small, large, 0.02);
    }

    @Test
    void markersNamesAndLinesTogetherMakeThePictureTwiceAsLarge() {
        // Everything at once, as on a real map: the synthetic layers (fills, roads, rails, towns and their names),
        // a client's diamond and a competitor with its name.
        List<LayerDrawing> layers = new ArrayList<>();
        for (var layer : SyntheticMaps.small().layers()) {
            layers.add(LayerDrawing.withDefaultStyle(layer));
        }
        Client client = new Client("C1", "Client", ContactCategory.CLIENT, "retail", 0, 0, 250, 200, 1000, 100, 3, null,
                null, 0, false, false);
        Competitor rival = new Competitor("K1", "Sport Rival", "Brand", 0, 0, 330, 210, 1);
        PointLayers points = new PointLayers(null, null, null, List.of(client), List.of(rival), ClientSizing.NONE);
        RasterCanvas small = render(layers, List.of(new PointLayersOverlay(points)), SCREEN);
        RasterCanvas large = render(layers, List.of(new PointLayersOverlay(points)), PRINT);
        assertEquals(PointStyles.COMPETITOR_FILL, large.argbAt(2 * 330, 2 * 90), "the competitor's square at twice its place");
        assertEquals(PointStyles.categoryColor(ContactCategory.CLIENT), large.argbAt(2 * 250, 2 * 100));
        assertPictureHalvedIsTheScreens(small, large, 0.03);
    }

    /**
     * The print reduced by 2 × 2 pixel averaging matches the screen picture: most pixels within a few levels (edges
     * and glyphs are antialiased at each resolution, so a small share may differ more).
     */
    private static void assertPictureHalvedIsTheScreens(RasterCanvas screen, RasterCanvas print, double maxDifferingShare) {
        int differing = 0;
        double total = 0;
        for (int y = 0; y < screen.height(); y++) {
            for (int x = 0; x < screen.width(); x++) {
                int expected = screen.argbAt(x, y);
                double worst = 0;
                for (int shift = 0; shift < 24; shift += 8) {
                    double mean = 0;
                    for (int k = 0; k < 4; k++) {
                        mean += (print.argbAt(2 * x + k % 2, 2 * y + k / 2) >>> shift) & 0xFF;
                    }
                    double d = Math.abs(mean / 4 - ((expected >>> shift) & 0xFF));
                    worst = Math.max(worst, d);
                    total += d;
                }
                if (worst > 40) {
                    differing++;
                }
            }
        }
        double pixels = screen.width() * (double) screen.height();
        assertTrue(total / (3 * pixels) < 2, "mean difference " + total / (3 * pixels) + " levels");
        assertTrue(differing / pixels <= maxDifferingShare, differing + " pixels differ by more than 40 levels");
    }

    /** The amber of the dots' fill, counted with antialiased edges as fractions. */
    private static double amber(RasterCanvas canvas) {
        double amber = 0;
        for (int y = 0; y < canvas.height(); y++) {
            for (int x = 0; x < canvas.width(); x++) {
                // Blue drops from 255 (white) to 0x12 in the fill and 0x05 in the rim: coverage of the dot.
                amber += (255 - Colors.blue(canvas.argbAt(x, y))) / (255.0 - 0x12);
            }
        }
        return amber;
    }

    private static double sq(double v) {
        return v * v;
    }

    private static Household household(int n, double x, double y) {
        return new Household(String.format("H%07d", n), 0, 0, x, y, "49007", List.of("picnic"), 2, null, null, Map.of(),
                null, null);
    }
}

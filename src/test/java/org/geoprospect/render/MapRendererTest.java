package org.geoprospect.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.geoprospect.model.CancelledException;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.model.VectorLayer;
import org.geoprospect.service.MapContent;
import org.junit.jupiter.api.Test;

class MapRendererTest {
    private final MapContent content = SyntheticMaps.small();
    private final Viewport viewport = SyntheticMaps.smallViewport();

    private RasterCanvas render(MapContent c) {
        RasterCanvas canvas = new RasterCanvas(400, 300);
        new MapRenderer().render(c, viewport, canvas, ProgressMonitor.NONE);
        return canvas;
    }

    private static void assertColour(int expected, int actual, int tolerance, String where) {
        for (int shift = 0; shift < 32; shift += 8) {
            int e = (expected >>> shift) & 0xFF;
            int a = (actual >>> shift) & 0xFF;
            assertTrue(Math.abs(e - a) <= tolerance, String.format("%s: expected #%08x, got #%08x", where, expected, actual));
        }
    }

    @Test
    void pixelsShowBackgroundTerritoryMotorwayAndCommune() {
        RasterCanvas canvas = render(content);
        assertColour(DefaultStyles.BACKGROUND, canvas.argbAt(200, 20), 0, "background outside the territory");
        assertColour(Colors.rgb("#fbf8ef"), canvas.argbAt(250, 100), 0, "territory fill");
        assertColour(Colors.rgb("#e8552d"), canvas.argbAt(250, 150), 0, "motorway centre line at world y=150");
        assertColour(Colors.rgb("#2b2b2b"), canvas.argbAt(340, 240), 0, "commune Gamma dot at world (340, 60)");
    }

    @Test
    void sectorFillBlendsItsPastelOverTheTerritory() {
        RasterCanvas canvas = render(content);
        int pastel = Colors.rgb("#8dd3c7");
        int paper = Colors.rgb("#fbf8ef");
        double a = 0.38;
        int expected = 0xFF000000
                | (int) Math.round(Colors.red(pastel) * a + Colors.red(paper) * (1 - a)) << 16
                | (int) Math.round(Colors.green(pastel) * a + Colors.green(paper) * (1 - a)) << 8
                | (int) Math.round(Colors.blue(pastel) * a + Colors.blue(paper) * (1 - a));
        assertColour(expected, canvas.argbAt(120, 135), 2, "sector over territory (world 120, 165)");
    }

    @Test
    void hiddenLayerLeavesItsPixelsToTheLayersBelow() {
        List<LayerDrawing> withoutRoads = new ArrayList<>();
        for (VectorLayer layer : content.layers()) {
            if (!layer.info().name().equals("roads")) {
                withoutRoads.add(LayerDrawing.withDefaultStyle(layer));
            }
        }
        RasterCanvas canvas = new RasterCanvas(400, 300);
        new MapRenderer().render(withoutRoads, viewport, canvas, ProgressMonitor.NONE);
        assertColour(Colors.rgb("#fbf8ef"), canvas.argbAt(250, 150), 0, "territory where the motorway was");
    }

    @Test
    void featuresOutsideTheViewAreNotDrawn() {
        // Looking far east of everything: only the background (and decorations) remain.
        Viewport away = Viewport.of(10_000, 150, 1.0, 400, 300);
        RasterCanvas canvas = new RasterCanvas(400, 300);
        RenderResult result = new MapRenderer().render(content, away, canvas, ProgressMonitor.NONE);
        assertEquals(0, result.featuresDrawn());
        assertColour(DefaultStyles.BACKGROUND, canvas.argbAt(200, 150), 0, "empty view");
    }

    @Test
    void labelsAreDrawnForSectorAndCommunes() {
        RenderResult result = new MapRenderer().render(content, viewport, new RasterCanvas(400, 300), ProgressMonitor.NONE);
        assertEquals(4, result.labelsDrawn(), "Nord, Alpha, Beta and Gamma all have room");
        assertEquals(7, result.featuresDrawn());
    }

    @Test
    void communeLabelsArePlacedByPopulationWithoutOverlapping() {
        VectorLayer crowded = SyntheticMaps.layer("communes", org.geoprospect.model.GeometryKind.POINT,
                SyntheticMaps.feature(1, SyntheticMaps.point(200, 150), java.util.Map.of("name", "Small", "population", 10L)),
                SyntheticMaps.feature(2, SyntheticMaps.point(201, 150), java.util.Map.of("name", "Large", "population", 9000L)));
        RenderResult result = new MapRenderer().setDecorations(false).render(
                List.of(new LayerDrawing(crowded, DefaultStyles.communes(), 1)), viewport, new RasterCanvas(400, 300),
                ProgressMonitor.NONE);
        List<org.geoprospect.render.labels.PlacedLabel> placed = result.labels().placed();
        // Added "Small" first, placed "Large" first: the population is the priority.
        assertEquals(List.of("Large", "Small"), placed.stream().map(p -> p.request().text()).toList());
        assertTrue(!placed.get(0).box().intersects(placed.get(1).box()), "the second label moved to another position");
        List<org.geoprospect.render.labels.ScreenBox> dots = result.labels().obstacles();
        for (org.geoprospect.render.labels.PlacedLabel p : placed) {
            for (int k = 0; k < dots.size(); k++) {
                // its own dot's box it may touch at a diagonal position (the round dot itself stays clear)
                assertTrue(k == p.request().ownObstacle() || !p.box().intersects(dots.get(k)),
                        p.request().text() + " covers another commune's dot");
            }
        }
        assertEquals(2, result.labels().obstacles().size(), "each commune's dot is an obstacle");
    }

    @Test
    void cancelledMonitorStopsTheRender() {
        AtomicInteger checks = new AtomicInteger();
        ProgressMonitor cancelAfterFirstLayer = new ProgressMonitor() {
            @Override
            public void progress(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return checks.incrementAndGet() > 1;
            }
        };
        assertThrows(CancelledException.class,
                () -> new MapRenderer().render(content, viewport, new RasterCanvas(400, 300), cancelAfterFirstLayer));
    }

    @Test
    void canvasAndViewportSizesMustAgree() {
        assertThrows(IllegalArgumentException.class,
                () -> new MapRenderer().render(content, viewport, new RasterCanvas(300, 300), ProgressMonitor.NONE));
    }

    @Test
    void smallRenderMatchesTheGoldenImage() throws Exception {
        ImageAssert.assertMatchesGolden(render(content), "org/geoprospect/render/small-golden.png",
                ImageAssert.Tolerance.DEFAULT);
    }

    @Test
    void goldenComparisonCatchesAMissingLayer() {
        List<LayerDrawing> noCommunes = new ArrayList<>();
        for (VectorLayer layer : content.layers()) {
            if (!layer.info().name().equals("territory")) {
                noCommunes.add(LayerDrawing.withDefaultStyle(layer));
            }
        }
        RasterCanvas canvas = new RasterCanvas(400, 300);
        new MapRenderer().render(noCommunes, viewport, canvas, ProgressMonitor.NONE);
        org.junit.jupiter.api.Assumptions.assumeFalse(Boolean.getBoolean("golden.update"));
        assertThrows(org.opentest4j.AssertionFailedError.class, () -> ImageAssert.assertMatchesGolden(canvas,
                "org/geoprospect/render/small-golden.png", ImageAssert.Tolerance.DEFAULT));
    }
}

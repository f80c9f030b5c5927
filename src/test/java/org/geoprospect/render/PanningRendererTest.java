package org.geoprospect.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.geoprospect.index.HouseholdColumns;
import org.geoprospect.index.HouseholdColumnsBuilder;
import org.geoprospect.index.PackedPointIndex;
import org.geoprospect.model.CancelledException;
import org.geoprospect.model.Household;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.model.VectorLayer;
import org.geoprospect.render.points.ClientSizing;
import org.geoprospect.render.points.PointLayers;
import org.geoprospect.render.points.PointLayersOverlay;
import org.geoprospect.service.MapContent;
import org.junit.jupiter.api.Test;

/**
 * The pan cache's pictures against plain renders of the same views. Tolerance: a copied frame may
 * differ from a render of the view only by anti-aliasing rounding (the shapes are the same, their
 * screen coordinates differ by a whole number of pixels computed in floating point, so the coverage
 * of an edge pixel may round to a neighbouring level): at most {@value #MAX_CHANNEL_DIFFERENCE} levels
 * per channel, on at most {@value #MAX_DIFFERING_FRACTION} of the pixels (measured: at most 10 pixels of
 * 153,600, by one level). These maps carry no labels,
 * which are placed for the cached area on purpose (see {@link PanningRenderer}); the labels' own
 * behaviour is tested separately.
 */
class PanningRendererTest {
    static final int MAX_CHANNEL_DIFFERENCE = 2;
    static final double MAX_DIFFERING_FRACTION = 0.001;
    private static final int WIDTH = 480;
    private static final int HEIGHT = 320;

    private static final MapContent MAP = SyntheticMaps.maineEtLoireLike();
    private static final PointLayers POINTS = households(MAP, 40_000);
    private static final double CX = MAP.fullExtent().centre().x;
    private static final double CY = MAP.fullExtent().centre().y;
    /** About 1:150,000: households as prospect dots. */
    private static final Viewport OVERVIEW = Viewport.of(CX, CY, 40, WIDTH, HEIGHT);
    /** About 1:15,000: individual household markers. */
    private static final Viewport RECORDS = Viewport.of(CX, CY, 4, WIDTH, HEIGHT);

    private final List<LayerDrawing> layers = unlabelled(MAP);
    private final List<MapOverlay> overlays = List.of(new PointLayersOverlay(POINTS));

    @Test
    void aPanStepAtOverviewScaleIsCopiedAndMatchesARenderOfTheView() {
        assertPanMatchesRender(OVERVIEW);
    }

    @Test
    void aPanStepAtRecordsScaleIsCopiedAndMatchesARenderOfTheView() {
        assertPanMatchesRender(RECORDS);
    }

    private void assertPanMatchesRender(Viewport start) {
        PanningRenderer renderer = new PanningRenderer();
        RasterCanvas canvas = new RasterCanvas(WIDTH, HEIGHT);
        renderer.render(layers, overlays, start, canvas, ProgressMonitor.NONE);
        assertFalse(renderer.covers(layers, overlays, start), "a first frame at a scale renders the view only");
        for (Viewport step : List.of(start.pan(40, -25), start.pan(-90, 30), start.pan(110, 70))) {
            renderer.render(layers, overlays, step, canvas, ProgressMonitor.NONE);
            assertTrue(renderer.covers(layers, overlays, step), "the pan step is served by the cache");
            assertMatches(plainRender(layers, overlays, step), canvas);
        }
    }

    @Test
    void theComparisonCatchesAViewOffByOnePixel() {
        // The tolerance is tight enough to see a picture shifted by a single pixel.
        RasterCanvas shifted = plainRender(layers, overlays, OVERVIEW.pan(1, 0));
        assertThrows(org.opentest4j.AssertionFailedError.class,
                () -> assertMatches(plainRender(layers, overlays, OVERVIEW), shifted));
    }

    @Test
    void aStyleChangeIsNeverServedFromTheOldPicture() {
        PanningRenderer renderer = cachedAround(OVERVIEW);
        List<LayerDrawing> restyled = new ArrayList<>(layers);
        LayerDrawing territory = restyled.get(0);
        restyled.set(0, new LayerDrawing(territory.layer(), LayerSymbology.single(
                LayerStyle.polygon(Colors.rgb("#3060c0"))), 1));
        assertRedrawnAfterChange(renderer, restyled, overlays, OVERVIEW.pan(20, 0), OVERVIEW.pan(60, 10));
    }

    @Test
    void anOpacityChangeIsNeverServedFromTheOldPicture() {
        PanningRenderer renderer = cachedAround(OVERVIEW);
        List<LayerDrawing> faded = new ArrayList<>(layers);
        LayerDrawing sectors = faded.get(1);
        faded.set(1, new LayerDrawing(sectors.layer(), sectors.symbology(), 0.3));
        assertRedrawnAfterChange(renderer, faded, overlays, OVERVIEW.pan(20, 0), OVERVIEW.pan(60, 10));
    }

    @Test
    void hidingALayerIsNeverServedFromTheOldPicture() {
        PanningRenderer renderer = cachedAround(OVERVIEW);
        List<LayerDrawing> withoutRoads = new ArrayList<>(layers);
        withoutRoads.remove(2);
        assertRedrawnAfterChange(renderer, withoutRoads, overlays, OVERVIEW.pan(20, 0), OVERVIEW.pan(60, 10));
    }

    @Test
    void reorderingLayersIsNeverServedFromTheOldPicture() {
        PanningRenderer renderer = cachedAround(OVERVIEW);
        List<LayerDrawing> reordered = new ArrayList<>(layers);
        reordered.add(reordered.remove(0)); // the opaque territory now covers everything
        assertRedrawnAfterChange(renderer, reordered, overlays, OVERVIEW.pan(20, 0), OVERVIEW.pan(60, 10));
    }

    @Test
    void newPointOverlaysAreNeverServedFromTheOldPicture() {
        PanningRenderer renderer = cachedAround(OVERVIEW);
        List<MapOverlay> fewer = List.of(new PointLayersOverlay(households(MAP, 4_000)));
        assertRedrawnAfterChange(renderer, layers, fewer, OVERVIEW.pan(20, 0), OVERVIEW.pan(60, 10));
    }

    @Test
    void newContentIsNeverServedFromTheOldPicture() {
        PanningRenderer renderer = cachedAround(OVERVIEW);
        // Equal records, new objects: content reloaded from the project is a new set of layers.
        List<LayerDrawing> reloaded = new ArrayList<>();
        for (LayerDrawing d : layers) {
            reloaded.add(new LayerDrawing(new VectorLayer(d.layer().info(), d.layer().features().subList(0,
                    d.layer().features().size() / 2 + (d.layer().features().size() == 1 ? 1 : 0))), d.symbology(), d.opacity()));
        }
        assertRedrawnAfterChange(renderer, reloaded, overlays, OVERVIEW.pan(20, 0), OVERVIEW.pan(60, 10));
    }

    @Test
    void aResizeIsNeverServedFromTheOldPicture() {
        PanningRenderer renderer = cachedAround(OVERVIEW);
        Viewport larger = OVERVIEW.withSize(WIDTH + 60, HEIGHT - 40);
        RasterCanvas canvas = new RasterCanvas(larger.width(), larger.height());
        renderer.render(layers, overlays, larger, canvas, ProgressMonitor.NONE);
        assertFalse(renderer.covers(layers, overlays, larger));
        assertEquals(0, differingPixels(plainRender(layers, overlays, larger), canvas));
        Viewport panned = larger.pan(-30, 15);
        renderer.render(layers, overlays, panned, canvas, ProgressMonitor.NONE);
        assertTrue(renderer.covers(layers, overlays, panned));
        assertMatches(plainRender(layers, overlays, panned), canvas);
    }

    @Test
    void aZoomRendersTheViewAloneAndThePrefetchThenCoversIt() {
        PanningRenderer renderer = cachedAround(OVERVIEW);
        Viewport zoomed = OVERVIEW.zoom(2);
        RasterCanvas canvas = new RasterCanvas(WIDTH, HEIGHT);
        renderer.render(layers, overlays, zoomed, canvas, ProgressMonitor.NONE);
        assertFalse(renderer.covers(layers, overlays, zoomed));
        assertEquals(0, differingPixels(plainRender(layers, overlays, zoomed), canvas), "a plain render, pixel for pixel");
        assertTrue(renderer.prefetch(layers, overlays, zoomed, ProgressMonitor.NONE));
        assertFalse(renderer.prefetch(layers, overlays, zoomed.pan(50, 50), ProgressMonitor.NONE), "already covered");
        assertTrue(renderer.covers(layers, overlays, zoomed.pan(100, -60)));
    }

    @Test
    void aPanByAFractionOfAPixelIsRenderedNotShifted() {
        PanningRenderer renderer = cachedAround(OVERVIEW);
        Viewport fractional = OVERVIEW.pan(10.5, 0);
        assertFalse(renderer.covers(layers, overlays, fractional));
        RasterCanvas canvas = new RasterCanvas(WIDTH, HEIGHT);
        renderer.render(layers, overlays, fractional, canvas, ProgressMonitor.NONE);
        assertMatches(plainRender(layers, overlays, fractional), canvas);
    }

    @Test
    void aPanBeyondTheCachedAreaRefillsIt() {
        PanningRenderer renderer = cachedAround(OVERVIEW);
        Viewport far = OVERVIEW.pan(WIDTH, 0);
        assertFalse(renderer.covers(layers, overlays, far));
        RasterCanvas canvas = new RasterCanvas(WIDTH, HEIGHT);
        renderer.render(layers, overlays, far, canvas, ProgressMonitor.NONE);
        assertTrue(renderer.covers(layers, overlays, far));
        assertMatches(plainRender(layers, overlays, far), canvas);
    }

    @Test
    void aCancelledFillLeavesNoPictureBehind() {
        PanningRenderer renderer = cachedAround(OVERVIEW);
        Viewport zoomed = OVERVIEW.zoom(2);
        ProgressMonitor cancelled = new ProgressMonitor() {
            @Override
            public void progress(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(CancelledException.class, () -> renderer.prefetch(layers, overlays, zoomed, cancelled));
        assertFalse(renderer.covers(layers, overlays, zoomed));
        assertFalse(renderer.covers(layers, overlays, OVERVIEW), "the old picture was given up for the new one");
    }

    @Test
    void invalidateEmptiesTheCache() {
        PanningRenderer renderer = cachedAround(OVERVIEW);
        assertTrue(renderer.covers(layers, overlays, OVERVIEW));
        renderer.invalidate();
        assertFalse(renderer.covers(layers, overlays, OVERVIEW));
    }

    @Test
    void labelsStayPutWhilePanning() {
        List<LayerDrawing> labelled = new ArrayList<>();
        for (VectorLayer layer : MAP.layers()) {
            labelled.add(LayerDrawing.withDefaultStyle(layer));
        }
        PanningRenderer renderer = new PanningRenderer().setDecorations(false);
        Viewport a = Viewport.of(CX, CY, 60, WIDTH, HEIGHT);
        Viewport b = a.pan(-70, 40);
        RasterCanvas first = new RasterCanvas(WIDTH, HEIGHT);
        RasterCanvas second = new RasterCanvas(WIDTH, HEIGHT);
        renderer.render(labelled, overlays, a, first, ProgressMonitor.NONE);
        renderer.render(labelled, overlays, a.pan(1, 0), first, ProgressMonitor.NONE);
        renderer.render(labelled, overlays, a, first, ProgressMonitor.NONE);
        assertTrue(renderer.covers(labelled, overlays, a));
        RenderResult result = renderer.render(labelled, overlays, b, second, ProgressMonitor.NONE);
        assertTrue(result.labelsDrawn() > 5, "the map has labels: " + result.labelsDrawn());
        // Panning by (-70, +40) moves content 70 px left and 40 px down: the overlap is identical.
        int differing = 0;
        for (int y = 0; y < HEIGHT - 40; y++) {
            for (int x = 70; x < WIDTH; x++) {
                differing += first.pixels()[y * WIDTH + x] != second.pixels()[(y + 40) * WIDTH + x - 70] ? 1 : 0;
            }
        }
        assertEquals(0, differing);
    }

    private PanningRenderer cachedAround(Viewport view) {
        PanningRenderer renderer = new PanningRenderer();
        renderer.prefetch(layers, overlays, view, ProgressMonitor.NONE);
        assertTrue(renderer.covers(layers, overlays, view));
        return renderer;
    }

    /**
     * After a change, the first frame is a plain render (pixel for pixel), it differs from the old
     * picture, and the next pan step is served by a cache filled with the new content.
     */
    private void assertRedrawnAfterChange(PanningRenderer renderer, List<LayerDrawing> newLayers,
                                          List<MapOverlay> newOverlays, Viewport next, Viewport after) {
        RasterCanvas canvas = new RasterCanvas(WIDTH, HEIGHT);
        assertTrue(renderer.covers(layers, overlays, next), "the old picture covers the view");
        assertFalse(renderer.covers(newLayers, newOverlays, next));
        renderer.render(newLayers, newOverlays, next, canvas, ProgressMonitor.NONE);
        RasterCanvas expected = plainRender(newLayers, newOverlays, next);
        assertEquals(0, differingPixels(expected, canvas), "the first frame after the change is a plain render");
        assertTrue(differingPixels(plainRender(layers, overlays, next), canvas) > 100, "the change shows");
        renderer.render(newLayers, newOverlays, after, canvas, ProgressMonitor.NONE);
        assertTrue(renderer.covers(newLayers, newOverlays, after));
        assertMatches(plainRender(newLayers, newOverlays, after), canvas);
    }

    private static RasterCanvas plainRender(List<LayerDrawing> layers, List<MapOverlay> overlays, Viewport view) {
        RasterCanvas canvas = new RasterCanvas(view.width(), view.height());
        new MapRenderer().render(layers, overlays, view, canvas, ProgressMonitor.NONE);
        return canvas;
    }

    static void assertMatches(RasterCanvas expected, RasterCanvas actual) {
        int[] e = expected.pixels();
        int[] a = actual.pixels();
        assertEquals(e.length, a.length);
        int differing = 0;
        int worst = 0;
        for (int i = 0; i < e.length; i++) {
            int d = channelDifference(e[i], a[i]);
            worst = Math.max(worst, d);
            differing += d > 0 ? 1 : 0;
        }
        assertTrue(worst <= MAX_CHANNEL_DIFFERENCE && differing <= MAX_DIFFERING_FRACTION * e.length,
                differing + " pixels differ, by up to " + worst + " levels");
    }

    private static int differingPixels(RasterCanvas expected, RasterCanvas actual) {
        int count = 0;
        for (int i = 0; i < expected.pixels().length; i++) {
            count += expected.pixels()[i] != actual.pixels()[i] ? 1 : 0;
        }
        return count;
    }

    private static int channelDifference(int p, int q) {
        int worst = 0;
        for (int shift = 0; shift < 32; shift += 8) {
            worst = Math.max(worst, Math.abs(((p >>> shift) & 0xFF) - ((q >>> shift) & 0xFF)));
        }
        return worst;
    }

    /** The map's layers with their default styles minus the labels. */
    private static List<LayerDrawing> unlabelled(MapContent map) {
        List<LayerDrawing> drawings = new ArrayList<>();
        for (VectorLayer layer : map.layers()) {
            LayerDrawing d = LayerDrawing.withDefaultStyle(layer);
            drawings.add(new LayerDrawing(layer, d.symbology().withLabel(null), 1));
        }
        return drawings;
    }

    /** Households scattered (seeded) within 6 km of the map's centre, denser near it. */
    private static PointLayers households(MapContent map, int count) {
        Random random = new Random(7);
        double cx = map.fullExtent().centre().x;
        double cy = map.fullExtent().centre().y;
        HouseholdColumnsBuilder builder = HouseholdColumns.builder(count);
        for (int i = 0; i < count; i++) {
            double r = 6_000 * Math.pow(random.nextDouble(), 1.5);
            double a = random.nextDouble() * 2 * Math.PI;
            builder.add(new Household(String.format("H%07d", i), 0, 0, cx + r * Math.cos(a), cy + r * Math.sin(a), "49007",
                    List.of(), 2, null, null, Map.of(), null, null));
        }
        HouseholdColumns columns = builder.build();
        return new PointLayers(columns, PackedPointIndex.of(columns), null, List.of(), List.of(), ClientSizing.NONE);
    }
}

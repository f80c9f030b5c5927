package org.geoprospect.render.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.geoprospect.index.HouseholdColumns;
import org.geoprospect.index.HouseholdColumnsBuilder;
import org.geoprospect.index.PackedPointIndex;
import org.geoprospect.model.GeometryKind;
import org.geoprospect.model.Household;
import org.geoprospect.model.LayerInfo;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.model.VectorFeature;
import org.geoprospect.model.VectorLayer;
import org.geoprospect.render.LabelSpec;
import org.geoprospect.render.LayerDrawing;
import org.geoprospect.render.LayerStyle;
import org.geoprospect.render.LayerSymbology;
import org.geoprospect.render.PointSymbol;
import org.geoprospect.render.labels.LabelRanks;
import org.geoprospect.render.labels.PlacedLabel;
import org.geoprospect.render.points.ClientSizing;
import org.geoprospect.render.points.PointLayers;
import org.geoprospect.render.points.PointScene;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A printed map shows the map's symbols and names at their screen size in points, whatever the resolution: its
 * map is drawn at the device scale dpi / 96, so a label of a 300-dpi A4 page is 300 / 96 times as many pixels
 * high as the same label on a screen-sized page (96 dpi), and the legend's swatches grow likewise.
 */
class PrintSizeLayoutTest {
    private static final GeometryFactory GF = new GeometryFactory();
    private static final LayoutTexts TEXTS = new LayoutTexts("Print sizes", "1 October 2026", "Synthetic data", "Legend",
            "Scale", Locale.ENGLISH);

    /** One labelled town in a 20 km square, and 60 households on it (a 50-prospect dot and a 10). */
    private static MapScene scene() {
        LayerSymbology towns = LayerSymbology.single(LayerStyle.point(PointSymbol.CIRCLE, 6, 0xFF222222, 0))
                .withLabel(new LabelSpec("name", null, 11f, false, 0xFF000000, 0xFFFFFFFF, LabelRanks.TOWN));
        VectorLayer layer = new VectorLayer(new LayerInfo("towns", GeometryKind.POINT, 1, 2154,
                new Envelope(10_000, 10_000, 10_000, 10_000), new Envelope()),
                List.of(new VectorFeature(1, GF.createPoint(new Coordinate(10_000, 10_000)), Map.of("name", "Saumur"))));
        HouseholdColumnsBuilder builder = HouseholdColumns.builder();
        for (int i = 0; i < 60; i++) {
            builder.add(new Household("H" + i, 0, 0, 4_000 + i % 6, 4_000 + i / 6, "49007", List.of(), 2, null, null,
                    Map.of(), null, null));
        }
        HouseholdColumns households = builder.build();
        PointLayers points = new PointLayers(households, PackedPointIndex.of(households), null, List.of(), List.of(),
                ClientSizing.NONE);
        return new MapScene(List.of(new LayerDrawing(layer, towns, 1)), PointScene.allShown(points));
    }

    private static ComposedMap compose(PageFormat page) {
        return MapComposer.compose(page, TEXTS, scene(), new Envelope(0, 20_000, 0, 20_000), true, key -> key,
                ProgressMonitor.NONE);
    }

    private static PlacedLabel saumur(ComposedMap map) {
        return map.labels().placed().stream().filter(l -> l.request().text().equals("Saumur")).findFirst().orElseThrow();
    }

    @Test
    void aLabelOfA300DpiA4PageIs300Over96TimesTheScreensHeightInPixels() {
        ComposedMap print = compose(PageFormat.a4(true).withDpi(300));
        ComposedMap screen = compose(PageFormat.pixels(1600, 1000));
        assertEquals(300 / 96.0, print.layout().viewport().deviceScale(), 1e-12);
        assertEquals(1, screen.layout().viewport().deviceScale(), 0);
        PlacedLabel printed = saumur(print);
        PlacedLabel shown = saumur(screen);
        double ratio = printed.box().height() / shown.box().height();
        assertEquals(300 / 96.0, ratio, 0.01, printed.box() + " against " + shown.box());
        // In points: the screen's 11 px at 0.75 pt each.
        assertEquals(11 * 300 / 96.0, printed.request().style().fontSize(), 1e-4);
        assertEquals(8.25, printed.request().style().fontSize() * 72 / 300, 1e-4);
    }

    @Test
    void theSameLabelPrintsAtTheSameSizeInPointsAt150And300Dpi() {
        PlacedLabel at150 = saumur(compose(PageFormat.a4(true)));
        PlacedLabel at300 = saumur(compose(PageFormat.a4(true).withDpi(300)));
        double points150 = at150.box().height() * 72 / 150;
        double points300 = at300.box().height() * 72 / 300;
        assertEquals(points150, points300, 0.01 * points150);
        // The box's height in points is the screen's in pixels times 0.75, whatever the resolution.
        PlacedLabel onScreen = saumur(compose(PageFormat.pixels(1600, 1000)));
        assertEquals(onScreen.box().height() * 0.75, points300, 0.01 * points300);
    }

    @Test
    void theLegendsSwatchesGrowWithTheResolutionAsTheMapsSymbols() {
        ComposedMap print = compose(PageFormat.a4(true).withDpi(300));
        ComposedMap screen = compose(PageFormat.pixels(1600, 1000));
        LegendItem dot50 = print.legend().stream().filter(i -> i.subject().equals("points.dot50")).findFirst().orElseThrow();
        LegendItem onScreen = screen.legend().stream().filter(i -> i.subject().equals("points.dot50")).findFirst().orElseThrow();
        // A 24-px swatch on screen; 24 × 300 / 96 = 75 px at 300 dpi, 18 pt on paper either way.
        assertEquals(24, onScreen.swatch().width());
        assertEquals(75, dot50.swatch().width());
        // The 50-dot itself: 20 px across on screen, 62.5 at 300 dpi (its antialiased edge counted as coverage).
        assertEquals(20, opaqueRowWidth(onScreen.swatch()), 1);
        assertEquals(20 * 300 / 96.0, opaqueRowWidth(dot50.swatch()), 1.5);
    }

    /** The width of the swatch's middle row's ink, partial pixels counted by their alpha. */
    private static double opaqueRowWidth(org.geoprospect.render.RasterCanvas swatch) {
        double width = 0;
        int y = swatch.height() / 2;
        for (int x = 0; x < swatch.width(); x++) {
            width += (swatch.argbAt(x, y) >>> 24) / 255.0;
        }
        return width;
    }
}

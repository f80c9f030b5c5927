package org.geoprospect.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.geoprospect.model.GeometryKind;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.model.VectorFeature;
import org.geoprospect.model.VectorLayer;
import org.junit.jupiter.api.Test;

/** "Colour by a field" and the point markers, on hand-made layers whose answer is known by construction. */
class CategoryStylesTest {
    private static VectorFeature withKind(long id, double x, String kind) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("kind", kind);
        return SyntheticMaps.feature(id, SyntheticMaps.point(x, 0), attributes);
    }

    @Test
    void theMostFrequentValueTakesTheFirstColourAndBlanksKeepTheBaseStyle() {
        VectorLayer shops = SyntheticMaps.layer("shops", GeometryKind.POINT,
                withKind(1, 0, "bakery"), withKind(2, 10, "florist"), withKind(3, 20, "bakery"), withKind(4, 30, null),
                withKind(5, 40, " "));
        // A categorisation still to be made (a field, no classes: what a version-1 "colour by" reads as).
        LayerLook look = LayerLook.DEFAULT.withRules(new LayerSymbology(DefaultStyles.forLayer(shops.info()).defaultStyle(),
                "kind", List.of(), List.of(), null));
        LayerSymbology rules = look.applyTo(DefaultStyles.forLayer(shops.info()), shops);
        assertEquals(List.of("bakery", "florist"), rules.classes().stream().map(StyleClass::value).toList());
        assertEquals(CategoryStyles.PALETTE[0], rules.classes().get(0).style().pointFill());
        assertEquals(CategoryStyles.PALETTE[1], rules.classes().get(1).style().pointFill());
        assertEquals(rules.classes().size(), rules.classIndexOf(shops.features().get(3)), "no value: the base style");
        assertEquals(2, LegendEntry.of("shops", GeometryKind.POINT, rules).size());
        assertEquals(List.of(), look.applyTo(DefaultStyles.forLayer(shops.info())).classes(),
                "without the layer's features there is nothing to colour by");
    }

    @Test
    void linesTakeTheColourAsStrokeAndPolygonsKeepTheirTransparency() {
        VectorLayer roads = SyntheticMaps.layer("r", GeometryKind.LINE,
                SyntheticMaps.feature(1, SyntheticMaps.line(0, 0, 10, 0), Map.of("kind", "a")));
        LayerSymbology lines = CategoryStyles.colourBy(LayerSymbology.single(LayerStyle.line(StrokeSpec.solid(0xFF000000, 3f))),
                GeometryKind.LINE, roads.features(), "kind");
        StrokeSpec top = lines.classes().get(0).style().strokes().get(0);
        assertEquals(CategoryStyles.PALETTE[0], top.color());
        assertEquals(3f, top.width());
        VectorLayer zones = SyntheticMaps.layer("z", GeometryKind.POLYGON,
                SyntheticMaps.feature(1, SyntheticMaps.rectangle(0, 0, 10, 10), Map.of("kind", "a")));
        LayerSymbology polygons = CategoryStyles.colourBy(LayerSymbology.single(LayerStyle.polygon(0x60112233)),
                GeometryKind.POLYGON, zones.features(), "kind");
        assertEquals(0x60000000 | (CategoryStyles.PALETTE[0] & 0xFFFFFF), polygons.classes().get(0).style().fillColor());
    }

    @Test
    void aTriangleLeavesTheCornersOfItsBoxEmptyWhereASquareFillsThem() {
        VectorLayer one = SyntheticMaps.layer("p", GeometryKind.POINT, SyntheticMaps.feature(1, SyntheticMaps.point(0, 0), Map.of()));
        LayerSymbology base = DefaultStyles.forLayer(one.info());
        LayerStyle big = LayerStyle.point(PointSymbol.CIRCLE, 20, 0xFFFF0000, 0xFF000000);
        int[] triangle = render(one, LayerSymbology.single(SymbolEdits.marker(big, PointSymbol.TRIANGLE)));
        int[] square = render(one, LayerSymbology.single(SymbolEdits.marker(big, PointSymbol.SQUARE)));
        // 300 x 300 at 1 m/px centred on the point: the marker spans 140..160 both ways; apex at the top.
        assertEquals(0xFFFF0000, triangle[155 * 300 + 150], "inside the triangle, near its base");
        assertEquals(0xFFFF0000, square[143 * 300 + 143], "a square fills the top-left of its box");
        assertNotEquals(0xFFFF0000, triangle[143 * 300 + 143], "a triangle does not");
        assertThrows(IllegalArgumentException.class, () -> SymbolEdits.marker(big, PointSymbol.NONE));
    }

    private static int[] render(VectorLayer layer, LayerSymbology rules) {
        RasterCanvas canvas = new RasterCanvas(300, 300);
        new MapRenderer().render(List.of(new LayerDrawing(layer, rules, 1.0)), Viewport.of(0, 0, 1.0, 300, 300), canvas,
                ProgressMonitor.NONE);
        return canvas.pixels().clone();
    }
}

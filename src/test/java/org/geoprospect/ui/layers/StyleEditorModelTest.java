package org.geoprospect.ui.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.geoprospect.model.GeometryKind;
import org.geoprospect.model.LayerInfo;
import org.geoprospect.model.VectorFeature;
import org.geoprospect.model.VectorLayer;
import org.geoprospect.render.DefaultStyles;
import org.geoprospect.render.LayerSymbology;
import org.geoprospect.render.StyleClass;
import org.geoprospect.render.SymbolEdits;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

/** What the style dialog edits, without the dialog: the demo's road classes on a three-road layer. */
class StyleEditorModelTest {
    private static final GeometryFactory GEOMETRIES = new GeometryFactory();

    private static VectorFeature road(long id, String roadClass, long lanes) {
        return new VectorFeature(id, GEOMETRIES.createLineString(new Coordinate[] {new Coordinate(0, id), new Coordinate(10, id)}),
                Map.of("class", roadClass, "lanes", lanes));
    }

    private static LayerState roads() {
        return new LayerState(new VectorLayer(new LayerInfo("roads", GeometryKind.LINE, 3, 2154, new Envelope(0, 10, 1, 3),
                new Envelope()), List.of(road(1, "local", 1), road(2, "main", 2), road(3, "motorway", 4))));
    }

    @Test
    void itOpensOnTheRoadClassesWithTheTopClassSelectedAndIsUnchanged() {
        StyleEditorModel model = new StyleEditorModel(roads());
        assertEquals(StyleEditorModel.Kind.CATEGORISED, model.kind());
        assertEquals(DefaultStyles.roads().classes().get(2).style(), model.selectedStyle(), "motorway, listed first");
        assertFalse(model.changed());
        assertEquals(List.of(StyleEditorModel.Kind.SINGLE, StyleEditorModel.Kind.CATEGORISED, StyleEditorModel.Kind.GRADUATED),
                model.kinds(), "lanes is numeric, so graduated classes are offered");
        assertEquals(List.of("lanes"), model.fields(StyleEditorModel.Kind.GRADUATED));
    }

    @Test
    void anEditUndoneByHandIsNoChangeAndComingBackToTheFieldBringsTheClassesBack() {
        StyleEditorModel model = new StyleEditorModel(roads());
        model.select(1); // main
        int yellow = SymbolEdits.line(model.selectedStyle()).color();
        model.editSelected(s -> SymbolEdits.lineColour(s, 0xFF0000FF));
        assertTrue(model.changed());
        model.editSelected(s -> SymbolEdits.lineColour(s, yellow));
        assertFalse(model.changed(), "the same colour again is no change");

        model.choose(StyleEditorModel.Kind.GRADUATED, "lanes", 3);
        assertTrue(model.rules().graduated());
        model.choose(StyleEditorModel.Kind.CATEGORISED, "class", 3);
        assertEquals(DefaultStyles.roads().classes(), model.rules().classes(), "the original classes, not new colours");
        assertFalse(model.changed());
    }

    @Test
    void singleSymbolKeepsTheStyleOfTheOtherValuesAndDefaultsComeBack() {
        StyleEditorModel model = new StyleEditorModel(roads());
        model.choose(StyleEditorModel.Kind.SINGLE, null, 0);
        LayerSymbology single = model.rules();
        assertEquals(List.<StyleClass>of(), single.classes());
        assertEquals(DefaultStyles.roads().defaultStyle(), single.defaultStyle());
        assertTrue(model.changed());
        model.resetToDefaults();
        assertFalse(model.changed());
    }
}

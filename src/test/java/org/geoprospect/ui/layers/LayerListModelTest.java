package org.geoprospect.ui.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.geoprospect.model.GeometryKind;
import org.geoprospect.model.LayerInfo;
import org.geoprospect.model.VectorLayer;
import org.geoprospect.render.LayerLook;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/** The layers panel's ViewModel: reorder, opacity and labels, zoom to layer, what gets saved. */
class LayerListModelTest {
    private final List<List<String>> savedOrders = new ArrayList<>();
    private final List<String> savedLooks = new ArrayList<>();
    private final List<LayerLook> looks = new ArrayList<>();
    private final List<Envelope> zooms = new ArrayList<>();

    private static LayerState layer(String name, GeometryKind kind, Envelope extent) {
        return new LayerState(new VectorLayer(new LayerInfo(name, kind, 0, 2154, extent, new Envelope()), List.of()));
    }

    private LayerListModel model(ObservableList<LayerState> topFirst) {
        LayerListModel model = new LayerListModel(topFirst, zooms::add);
        model.setPersistence(new LayerPersistence() {
            @Override
            public void saveOrder(List<String> bottomToTop) {
                savedOrders.add(bottomToTop);
            }

            @Override
            public void saveLook(String layerName, LayerLook look) {
                savedLooks.add(layerName);
                looks.add(look);
            }
        });
        return model;
    }

    private static ObservableList<LayerState> demoLayers() {
        return FXCollections.observableArrayList(
                layer("communes", GeometryKind.POINT, new Envelope(0, 10, 0, 10)),
                layer("roads", GeometryKind.LINE, new Envelope(1, 2, 3, 4)),
                layer("territory", GeometryKind.POLYGON, new Envelope(0, 100, 0, 50)));
    }

    @Test
    void movingALayerChangesTheListAndSavesTheOrderBottomFirst() {
        ObservableList<LayerState> topFirst = demoLayers();
        LayerListModel model = model(topFirst);
        model.move(2, 0); // territory to the top
        assertEquals(List.of("territory", "communes", "roads"), topFirst.stream().map(LayerState::name).toList());
        assertEquals(List.of(List.of("roads", "communes", "territory")), savedOrders);
        model.move(0, 0);
        model.move(5, 1);
        assertEquals(1, savedOrders.size(), "no move, no save");
    }

    @Test
    void opacityAndLabelsReachTheDrawingAndTheSavedLook() {
        ObservableList<LayerState> topFirst = demoLayers();
        LayerListModel model = model(topFirst);
        LayerState communes = topFirst.get(0);
        assertTrue(communes.hasLabels());
        communes.opacityProperty().set(0.25);
        communes.labelsProperty().set(false);
        assertEquals(0.25, communes.toDrawing().opacity(), 0);
        assertNull(communes.toDrawing().symbology().label(), "labels off leave no label rule");
        model.commitLook(communes);
        assertEquals(List.of("communes"), savedLooks);
        assertEquals(0.25, looks.get(0).opacity(), 0);
        assertEquals(false, looks.get(0).labels());
    }

    @Test
    void anEditedStyleIsDrawnAndSavedLooksAreApplied() {
        ObservableList<LayerState> topFirst = demoLayers();
        LayerListModel model = model(topFirst);
        LayerState roads = topFirst.get(1);
        roads.editRules(org.geoprospect.render.LayerSymbology.single(org.geoprospect.render.LayerStyle.line(org.geoprospect.render.StrokeSpec.solid(0xFF00FF00, 3f))));
        assertEquals(0xFF00FF00, roads.toDrawing().symbology().defaultStyle().strokes().get(0).color());
        assertTrue(roads.toDrawing().symbology().classes().isEmpty());

        LayerLook saved = LayerLook.DEFAULT.withOpacity(0.5).withRules(org.geoprospect.render.LayerSymbology.single(
                org.geoprospect.render.LayerStyle.polygon(0x400000FF, org.geoprospect.render.StrokeSpec.solid(0xFF0000FF, 2f))));
        model.applyLooks(Map.of("territory", saved));
        assertEquals(0.5, topFirst.get(2).opacityProperty().get(), 0);
        assertEquals(0x400000FF, topFirst.get(2).toDrawing().symbology().defaultStyle().fillColor());
        assertEquals(saved, topFirst.get(2).look());
    }

    @Test
    void zoomToLayerShowsItsExtent() {
        ObservableList<LayerState> topFirst = demoLayers();
        model(topFirst).zoomToLayer(topFirst.get(1));
        assertEquals(List.of(new Envelope(1, 2, 3, 4)), zooms);
    }
}

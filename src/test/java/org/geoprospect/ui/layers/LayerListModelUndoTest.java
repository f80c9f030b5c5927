package org.geoprospect.ui.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.geoprospect.model.GeometryKind;
import org.geoprospect.model.LayerInfo;
import org.geoprospect.model.VectorLayer;
import org.geoprospect.render.LayerLook;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/** What the layers panel reports for undo (the look and order before and after) and how undo puts them back. */
class LayerListModelUndoTest {
    private final List<String> reported = new ArrayList<>();
    private final List<LayerLook[]> looks = new ArrayList<>();

    private static LayerState layer(String name, GeometryKind kind) {
        return new LayerState(new VectorLayer(new LayerInfo(name, kind, 0, 2154, new Envelope(0, 1, 0, 1), new Envelope()), List.of()));
    }

    /** Top first, with the map's extractor so that visibility changes are seen. */
    private static ObservableList<LayerState> layers() {
        ObservableList<LayerState> list = FXCollections.observableArrayList(
                layer -> new javafx.beans.Observable[] {layer.visibleProperty(), layer.opacityProperty(), layer.symbologyProperty()});
        list.addAll(layer("communes", GeometryKind.POINT), layer("roads", GeometryKind.LINE), layer("territory", GeometryKind.POLYGON));
        return list;
    }

    private LayerListModel model(ObservableList<LayerState> list) {
        LayerListModel model = new LayerListModel(list, area -> { });
        model.setPersistence(new LayerPersistence() {
            @Override
            public void saveOrder(List<String> bottomToTop) {
                reported.add("saveOrder");
            }

            @Override
            public void saveLook(String layerName, LayerLook look) {
                reported.add("saveLook");
            }

            @Override
            public void lookChanged(String layerName, LayerLook before, LayerLook after) {
                reported.add("look " + layerName);
                looks.add(new LayerLook[] {before, after});
            }

            @Override
            public void orderChanged(List<String> before, List<String> after) {
                reported.add(String.join(",", before) + " -> " + String.join(",", after));
            }

            @Override
            public void visibilityChanged(String layerName, boolean visible) {
                reported.add(layerName + (visible ? " shown" : " hidden"));
            }
        });
        return model;
    }

    @Test
    void aCommittedLookComesWithTheLookLastKept() {
        ObservableList<LayerState> list = layers();
        LayerListModel model = model(list);
        LayerState roads = list.get(1);
        LayerLook original = roads.look();
        roads.opacityProperty().set(0.4);
        model.commitLook(roads);
        roads.editRules(org.geoprospect.render.LayerSymbology.single(org.geoprospect.render.LayerStyle.line(org.geoprospect.render.StrokeSpec.solid(0xFF00FF00, 3f))));
        model.commitLook(roads);
        assertEquals(List.of("look roads", "look roads"), reported);
        assertEquals(original, looks.get(0)[0]);
        assertEquals(0.4, looks.get(0)[1].opacity(), 0);
        assertEquals(looks.get(0)[1], looks.get(1)[0], "the second edit starts where the first ended");
        assertTrue(looks.get(1)[1].edited());
    }

    @Test
    void restoringALookShowsItAndReportsNothing() {
        ObservableList<LayerState> list = layers();
        LayerListModel model = model(list);
        LayerState roads = list.get(1);
        LayerLook original = roads.look();
        roads.editRules(org.geoprospect.render.LayerSymbology.single(org.geoprospect.render.LayerStyle.line(org.geoprospect.render.StrokeSpec.solid(0xFF00FF00, 3f))));
        model.commitLook(roads);
        model.restoreLook("roads", original);
        assertEquals(original, roads.look());
        assertEquals(original.applyTo(org.geoprospect.render.DefaultStyles.forLayer(roads.layer().info())),
                roads.symbologyProperty().get(), "the map draws the original rules again");
        roads.opacityProperty().set(0.5);
        model.commitLook(roads);
        assertEquals(original, looks.get(1)[0], "after undo, the next edit starts from the restored look");
        assertEquals(List.of("look roads", "look roads"), reported);
    }

    @Test
    void movesReportBothOrdersAndRestoreOrderPutsThemBack() {
        ObservableList<LayerState> list = layers();
        LayerListModel model = model(list);
        model.move(2, 0);
        assertEquals(List.of("territory,roads,communes -> roads,communes,territory"), reported);
        model.restoreOrder(List.of("territory", "roads", "communes"));
        assertEquals(List.of("communes", "roads", "territory"), list.stream().map(LayerState::name).toList());
        assertEquals(1, reported.size(), "restoring is not a new edit");
    }

    @Test
    void hidingALayerIsReportedButRestoringVisibilityIsNot() {
        ObservableList<LayerState> list = layers();
        LayerListModel model = model(list);
        list.get(2).visibleProperty().set(false);
        list.get(2).opacityProperty().set(0.3); // not a visibility change
        assertEquals(List.of("territory hidden"), reported);
        model.restoreVisibility("territory", true);
        assertTrue(list.get(2).visibleProperty().get());
        list.get(2).visibleProperty().set(false);
        assertEquals(List.of("territory hidden", "territory hidden"), reported);
    }
}

package org.geoprospect.ui.tour;

import java.util.function.Consumer;
import javafx.event.EventHandler;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.geoprospect.render.Viewport;
import org.geoprospect.ui.map.MapPick;
import org.geoprospect.ui.map.MapViewModel;

/**
 * Takes the map's plain clicks while the tour panel asks for a place: the start or end (the
 * clicked point) or stops to add (the household or client under the click). It listens on the
 * scene, ahead of the map, and keeps the clicks it uses from opening detail cards; drags (panning)
 * and clicks elsewhere pass through. FX thread.
 */
final class MapClickPicker {
    /** What a click is wanted for. */
    enum Mode { NONE, START, END, ADD_STOPS }

    /** Receives the clicked point (world) and what is under it (null when nothing). */
    interface Listener {
        void picked(Mode mode, MapPoint point, MapPick hit);
    }

    private final MapViewModel map;
    private final Listener listener;
    private final EventHandler<MouseEvent> filter = this::onClick;
    private Mode mode = Mode.NONE;
    private Scene scene;

    MapClickPicker(MapViewModel map, Listener listener) {
        this.map = map;
        this.listener = listener;
    }

    /** Arms (or, with {@link Mode#NONE}, disarms) the picking on the scene that holds {@code anyNode}. */
    void arm(Mode wanted, Node anyNode) {
        mode = wanted;
        Scene current = anyNode.getScene();
        if (scene != null && (wanted == Mode.NONE || scene != current)) {
            scene.removeEventFilter(MouseEvent.MOUSE_CLICKED, filter);
            scene = null;
        }
        if (wanted != Mode.NONE && scene == null && current != null) {
            scene = current;
            scene.addEventFilter(MouseEvent.MOUSE_CLICKED, filter);
        }
        Node mapNode = current == null ? null : current.lookup("#map");
        if (mapNode != null) {
            mapNode.setCursor(wanted == Mode.NONE ? javafx.scene.Cursor.DEFAULT : javafx.scene.Cursor.CROSSHAIR);
        }
    }

    Mode mode() {
        return mode;
    }

    private void onClick(MouseEvent e) {
        if (mode == Mode.NONE || e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
            return;
        }
        Node mapNode = scene.lookup("#map");
        Viewport v = map.viewportProperty().get();
        if (mapNode == null || v == null || !(e.getTarget() instanceof Node target) || !isWithin(target, mapNode)) {
            return;
        }
        Point2D local = mapNode.sceneToLocal(e.getSceneX(), e.getSceneY());
        MapPoint point = new MapPoint(v.toWorldX(local.getX()), v.toWorldY(local.getY()));
        MapPick hit = mode == Mode.ADD_STOPS ? map.pick(local.getX(), local.getY()) : null;
        e.consume();
        listener.picked(mode, point, hit);
    }

    private static boolean isWithin(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}

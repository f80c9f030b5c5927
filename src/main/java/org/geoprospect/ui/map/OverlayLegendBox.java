package org.geoprospect.ui.map;

import java.nio.IntBuffer;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.geoprospect.render.LegendPainter;
import org.geoprospect.render.LegendedOverlay;
import org.geoprospect.render.MapLegend;
import org.geoprospect.render.MapOverlay;
import org.geoprospect.ui.Messages;

/**
 * The legend lines of the overlays shown on the map that bring their own (the tour's days and its
 * start / end), under the layers' legend; hidden when there are none. The map view model has no
 * property for its overlays, so the box looks again at each rendered frame (every overlay change asks
 * for one) and rebuilds only when the overlays with a legend are other instances. FX thread.
 */
final class OverlayLegendBox extends VBox {
    private final MapViewModel map;
    private final Messages messages;
    private List<MapOverlay> shown = List.of();

    OverlayLegendBox(MapViewModel map, Messages messages) {
        super(3);
        this.map = map;
        this.messages = messages;
        setId("overlayLegend");
        setPadding(new Insets(0, 8, 8, 8));
        setVisible(false);
        setManaged(false);
        map.frameProperty().addListener((o, a, b) -> refresh());
        map.contentProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    /** Rebuilds the lines when the overlays with a legend changed (tests call it to skip waiting for a frame). */
    void refresh() {
        List<MapOverlay> legended = map.currentOverlays().stream().filter(o -> o instanceof LegendedOverlay).toList();
        if (sameInstances(legended, shown)) {
            return;
        }
        shown = legended;
        getChildren().clear();
        for (LegendPainter.Line line : MapLegend.overlayLines(legended, messages::get)) {
            HBox row = new HBox(6, image(line), new Label(line.text()));
            row.setAlignment(Pos.CENTER_LEFT);
            getChildren().add(row);
        }
        setVisible(!getChildren().isEmpty());
        setManaged(isVisible());
    }

    private static boolean sameInstances(List<MapOverlay> a, List<MapOverlay> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    private static ImageView image(LegendPainter.Line line) {
        var swatch = line.swatch();
        return new ImageView(new WritableImage(new PixelBuffer<>(swatch.width(), swatch.height(),
                IntBuffer.wrap(swatch.pixels()), PixelFormat.getIntArgbPreInstance())));
    }
}

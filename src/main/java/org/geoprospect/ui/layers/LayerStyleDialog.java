package org.geoprospect.ui.layers;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import org.geoprospect.render.LayerLook;
import org.geoprospect.ui.Messages;

/**
 * The style editor of one layer: stroke colour and width, fill colour (with its opacity) and point size.
 * OK gives the layer the edited style ({@link LayerState#editStyle}); the caller saves it.
 */
final class LayerStyleDialog {
    private LayerStyleDialog() {
    }

    /**
     * Shows the editor and waits.
     *
     * @param owner the window to centre on, or null
     * @return the layer when it was changed, empty when cancelled
     */
    static Optional<LayerState> edit(Window owner, LayerState layer, Messages messages) {
        LayerLook look = layer.look();
        ColorPicker stroke = new ColorPicker(fx(look.strokeColor()));
        stroke.setId("styleStroke");
        Spinner<Double> width = new Spinner<>(0.5, 20, look.strokeWidth(), 0.5);
        width.setId("styleWidth");
        width.setEditable(true);
        ColorPicker fill = new ColorPicker(fx(look.fillColor()));
        fill.setId("styleFill");
        Spinner<Double> size = new Spinner<>(1, 40, look.pointSize(), 1);
        size.setId("stylePointSize");
        size.setEditable(true);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label(messages.get("layers.style.stroke")), stroke);
        grid.addRow(1, new Label(messages.get("layers.style.width")), width);
        grid.addRow(2, new Label(messages.get("layers.style.fill")), fill);
        grid.addRow(3, new Label(messages.get("layers.style.pointSize")), size);
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(messages.get("layers.style.title", layer.name()));
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        if (dialog.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) {
            return Optional.empty();
        }
        layer.editStyle(argb(stroke.getValue()), width.getValue().floatValue(), argb(fill.getValue()), size.getValue());
        return Optional.of(layer);
    }

    private static Color fx(int argb) {
        return Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF, (argb >>> 24) / 255.0);
    }

    private static int argb(Color c) {
        return ((int) Math.round(c.getOpacity() * 255) << 24) | ((int) Math.round(c.getRed() * 255) << 16)
                | ((int) Math.round(c.getGreen() * 255) << 8) | (int) Math.round(c.getBlue() * 255);
    }
}

package org.geoprospect.ui.layers;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import org.geoprospect.model.GeometryKind;
import org.geoprospect.render.LayerLook;
import org.geoprospect.render.PointSymbol;
import org.geoprospect.ui.Messages;

/**
 * The style editor of one layer: stroke colour and width, fill colour (with its opacity), point size and
 * marker (point layers), and "colour by" an attribute (one colour per value, see
 * {@link org.geoprospect.render.CategoryStyles}). OK gives the layer the edited style
 * ({@link LayerState#editStyle}, {@link LayerState#editSymbolAndColouring}); the caller saves it.
 */
final class LayerStyleDialog {
    /** The markers offered, in menu order. */
    private static final PointSymbol[] MARKERS = {PointSymbol.CIRCLE, PointSymbol.SQUARE, PointSymbol.TRIANGLE, PointSymbol.DIAMOND};

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
        ComboBox<String> marker = new ComboBox<>();
        marker.setId("styleMarker");
        marker.getItems().add(messages.get("layers.style.marker.default"));
        for (PointSymbol symbol : MARKERS) {
            marker.getItems().add(messages.get("layers.style.marker." + symbol.name().toLowerCase(Locale.ROOT)));
        }
        marker.getSelectionModel().select(look.symbol() == null ? 0 : 1 + List.of(MARKERS).indexOf(look.symbol()));
        ComboBox<String> colourBy = new ComboBox<>();
        colourBy.setId("styleColourBy");
        colourBy.getItems().add(messages.get("layers.style.colourBy.none"));
        colourBy.getItems().addAll(layer.fieldNames());
        colourBy.getSelectionModel().select(look.colourBy() == null || !colourBy.getItems().contains(look.colourBy())
                ? 0 : colourBy.getItems().indexOf(look.colourBy()));
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label(messages.get("layers.style.stroke")), stroke);
        grid.addRow(1, new Label(messages.get("layers.style.width")), width);
        grid.addRow(2, new Label(messages.get("layers.style.fill")), fill);
        grid.addRow(3, new Label(messages.get("layers.style.pointSize")), size);
        int row = 4;
        if (layer.layer().info().kind() == GeometryKind.POINT) {
            grid.addRow(row++, new Label(messages.get("layers.style.marker")), marker);
        }
        grid.addRow(row, new Label(messages.get("layers.style.colourBy")), colourBy);
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
        int markerIndex = marker.getSelectionModel().getSelectedIndex();
        int fieldIndex = colourBy.getSelectionModel().getSelectedIndex();
        layer.editSymbolAndColouring(markerIndex <= 0 ? null : MARKERS[markerIndex - 1],
                fieldIndex <= 0 ? null : colourBy.getItems().get(fieldIndex));
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

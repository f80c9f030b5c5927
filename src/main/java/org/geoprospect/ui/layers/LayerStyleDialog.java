package org.geoprospect.ui.layers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.geoprospect.render.GraduatedStyles;
import org.geoprospect.render.LayerStyle;
import org.geoprospect.render.LayerSymbology;
import org.geoprospect.render.LegendEntry;
import org.geoprospect.render.LegendSwatchPainter;
import org.geoprospect.render.RasterCanvas;
import org.geoprospect.ui.Messages;
import org.geoprospect.ui.layers.StyleEditorModel.Kind;

/**
 * The style editor of one layer. It opens on the style the map draws: a single symbol, categories of a
 * field (each value with its symbol) or graduated classes of a numeric field; the list shows the classes
 * top first, with the symbol of the selected one beside it ({@link SymbolEditorPane}, controls by
 * geometry). Choosing another kind or field makes new classes; "Default style" goes back to the layer's
 * defaults. OK returns the new rules only when they differ from those it opened on, so OK without a change
 * changes nothing (no edit, nothing saved, the same picture).
 */
final class LayerStyleDialog {
    private static final int SWATCH_WIDTH = 28;
    private static final int SWATCH_HEIGHT = 16;
    /** Height of one row of the class list, in pixels (the swatch and a line of text, padded). */
    private static final int ROW_HEIGHT = 24;

    private final LayerState layer;
    private final Messages messages;
    private final StyleEditorModel model;
    private final ComboBox<Kind> kind = new ComboBox<>();
    private final ComboBox<String> field = new ComboBox<>();
    private final Spinner<Integer> classCount = new Spinner<>(GraduatedStyles.MIN_CLASSES, GraduatedStyles.MAX_CLASSES,
            StyleEditorModel.DEFAULT_CLASS_COUNT);
    private final ComboBox<GraduatedStyles.Method> method = new ComboBox<>();
    private final ListView<Integer> classes = new ListView<>();
    private final SymbolEditorPane symbol;
    private final Label symbolTitle = new Label();
    private final GridPane header = new GridPane();
    /** True while the controls are set from the model, so that their events are not taken as the user's. */
    private boolean updating;

    private LayerStyleDialog(LayerState layer, Messages messages) {
        this.layer = layer;
        this.messages = messages;
        this.model = new StyleEditorModel(layer);
        this.symbol = new SymbolEditorPane(model, messages);
    }

    /**
     * Shows the editor and waits.
     *
     * @param owner the window to centre on, or null
     * @return the layer's new rules when the user changed them and pressed OK; empty otherwise
     */
    static Optional<LayerSymbology> edit(Window owner, LayerState layer, Messages messages) {
        return new LayerStyleDialog(layer, messages).show(owner);
    }

    private Optional<LayerSymbology> show(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(messages.get("layers.style.title", layer.name()));
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(content());
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        refresh();
        if (dialog.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK || !model.changed()) {
            return Optional.empty();
        }
        return Optional.of(model.rules());
    }

    private VBox content() {
        kind.setId("styleKind");
        kind.getItems().setAll(model.kinds());
        kind.setCellFactory(v -> kindCell());
        kind.setButtonCell(kindCell());
        field.setId("styleField");
        classCount.setId("styleClassCount");
        classCount.setPrefWidth(70);
        method.setId("styleMethod");
        method.getItems().setAll(GraduatedStyles.Method.values());
        method.setCellFactory(v -> methodCell());
        method.setButtonCell(methodCell());
        method.getSelectionModel().select(model.method());
        kind.valueProperty().addListener((o, a, b) -> {
            if (!updating && b != null) {
                List<String> fields = model.fields(b);
                String keep = fields.contains(field.getValue()) ? field.getValue() : fields.isEmpty() ? null : fields.get(0);
                model.choose(b, keep, classCount.getValue());
                refresh();
            }
        });
        field.valueProperty().addListener((o, a, b) -> {
            if (!updating && b != null) {
                model.choose(model.kind(), b, classCount.getValue());
                refresh();
            }
        });
        classCount.valueProperty().addListener((o, a, b) -> {
            if (!updating && b != null && model.kind() == Kind.GRADUATED) {
                model.choose(Kind.GRADUATED, field.getValue(), b);
                refresh();
            }
        });
        method.valueProperty().addListener((o, a, b) -> {
            if (!updating && b != null) {
                model.chooseMethod(b, classCount.getValue());
                refresh();
            }
        });
        header.setHgap(10);
        header.setVgap(8);
        classes.setId("styleClasses");
        classes.setPrefWidth(220);
        classes.setFixedCellSize(ROW_HEIGHT);
        classes.setCellFactory(v -> classCell());
        classes.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!updating && b != null) {
                model.select(b);
                showSymbol();
            }
        });
        model.rulesProperty().addListener((o, a, b) -> classes.refresh());
        Button defaults = new Button(messages.get("layers.style.defaults"));
        defaults.setId("styleDefault");
        defaults.setOnAction(e -> {
            model.resetToDefaults();
            refresh();
        });
        symbolTitle.setStyle("-fx-font-weight: bold;");
        VBox symbolBox = new VBox(8, symbolTitle, symbol);
        HBox body = new HBox(14, classes, symbolBox);
        HBox.setHgrow(symbolBox, Priority.ALWAYS);
        HBox footer = new HBox(defaults);
        footer.setAlignment(Pos.CENTER_LEFT);
        VBox content = new VBox(12, header, body, footer);
        content.setPadding(new Insets(12));
        return content;
    }

    /** Sets every control from the model (after a change of kind, field, classes or defaults). */
    private void refresh() {
        updating = true;
        try {
            Kind k = model.kind();
            kind.getSelectionModel().select(k);
            field.getItems().setAll(model.fields(k));
            field.setValue(k == Kind.SINGLE ? null : model.rules().classField());
            if (k == Kind.GRADUATED) {
                classCount.getValueFactory().setValue(model.rules().classes().size());
            }
            header.getChildren().clear();
            header.addRow(0, new Label(messages.get("layers.style.kind")), kind);
            if (k != Kind.SINGLE) {
                header.addRow(1, new Label(messages.get("layers.style.field")), field);
            }
            if (k == Kind.GRADUATED) {
                header.addRow(2, new Label(messages.get("layers.style.classCount")), classCount);
                header.addRow(3, new Label(messages.get("layers.style.method")), method);
            }
            List<Integer> rows = new ArrayList<>();
            int size = model.rules().classes().size();
            for (int i = size - 1; i >= 0; i--) {
                rows.add(i);
            }
            if (size > 0) {
                rows.add(size);
            }
            classes.getItems().setAll(rows);
            classes.setVisible(size > 0);
            classes.setManaged(size > 0);
            classes.getSelectionModel().select(Integer.valueOf(model.selected()));
            // As tall as its rows, up to ten of them (a scroll bar beyond).
            classes.setPrefHeight(Math.min(10, rows.size()) * ROW_HEIGHT + 4);
        } finally {
            updating = false;
        }
        showSymbol();
        // The header and the list grow or shrink with the kind of style: the window follows.
        if (header.getScene() != null && header.getScene().getWindow() != null) {
            header.getScene().getWindow().sizeToScene();
        }
    }

    private void showSymbol() {
        symbolTitle.setText(model.kind() == Kind.SINGLE ? messages.get("layers.style.symbol")
                : messages.get("layers.style.symbolOf", classLabel(model.selected())));
        symbol.show();
    }

    private String classLabel(int index) {
        List<org.geoprospect.render.StyleClass> list = model.rules().classes();
        return index < list.size() ? list.get(index).legendLabel() : messages.get("layers.style.otherValues");
    }

    private ListCell<Integer> classCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Integer index, boolean empty) {
                super.updateItem(index, empty);
                if (empty || index == null || index > model.rules().classes().size()) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                LayerStyle style = model.rules().styleOfClass(index);
                setText(classLabel(index));
                setGraphic(swatch(style));
            }
        };
    }

    private ImageView swatch(LayerStyle style) {
        RasterCanvas canvas = LegendSwatchPainter.paint(new LegendEntry("", model.geometry(), style), SWATCH_WIDTH, SWATCH_HEIGHT);
        return new ImageView(new WritableImage(new PixelBuffer<>(canvas.width(), canvas.height(),
                java.nio.IntBuffer.wrap(canvas.pixels()), PixelFormat.getIntArgbPreInstance())));
    }

    private ListCell<Kind> kindCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Kind item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.get("layers.style.kind." + item.name().toLowerCase(Locale.ROOT)));
            }
        };
    }

    private ListCell<GraduatedStyles.Method> methodCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(GraduatedStyles.Method item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null
                        : messages.get("layers.style.method." + item.name().toLowerCase(Locale.ROOT).replace("_", "")));
            }
        };
    }
}

package org.geoprospect.ui.layers;

import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.geoprospect.ui.Messages;

/**
 * One vector layer in the layers list: show/hide, an opacity slider, labels on/off, dragged to another
 * row to reorder, and a context menu ("Zoom to layer", "Style…"). The cell only binds controls to the
 * {@link LayerState} and calls the {@link LayerListModel}; it keeps no state of its own.
 */
final class LayerCell extends ListCell<LayerState> {
    /** Drag payload: the dragged row's index (dragging between windows is not supported). */
    private static final DataFormat ROW = new DataFormat("application/x-geoprospect-layer-row");

    private final LayerListModel model;
    private final Messages messages;
    private final CheckBox visible = new CheckBox();
    private final CheckBox labels;
    private final Slider opacity = new Slider(0, 1, 1);
    private LayerState bound;

    LayerCell(LayerListModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.labels = new CheckBox(messages.get("layers.labels"));
        opacity.setPrefWidth(110);
        opacity.setTooltip(new Tooltip(messages.get("layers.opacity")));
        opacity.valueChangingProperty().addListener((o, was, now) -> {
            if (!now && bound != null) {
                model.commitLook(bound);
            }
        });
        opacity.setOnMouseReleased(e -> {
            if (bound != null && !opacity.isValueChanging()) {
                model.commitLook(bound);
            }
        });
        labels.setOnAction(e -> {
            if (bound != null) {
                model.commitLook(bound);
            }
        });
        setOnDragDetected(e -> {
            if (getItem() == null) {
                return;
            }
            Dragboard board = startDragAndDrop(TransferMode.MOVE);
            ClipboardContent content = new ClipboardContent();
            content.put(ROW, getIndex());
            board.setContent(content);
            e.consume();
        });
        setOnDragOver(e -> {
            if (e.getGestureSource() != this && e.getDragboard().hasContent(ROW)) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            Object from = e.getDragboard().getContent(ROW);
            boolean done = from instanceof Integer index && getItem() != null;
            if (done) {
                model.move((Integer) from, getIndex());
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }

    @Override
    protected void updateItem(LayerState item, boolean empty) {
        super.updateItem(item, empty);
        if (bound != null) {
            visible.selectedProperty().unbindBidirectional(bound.visibleProperty());
            opacity.valueProperty().unbindBidirectional(bound.opacityProperty());
            labels.selectedProperty().unbindBidirectional(bound.labelsProperty());
            bound = null;
        }
        if (empty || item == null) {
            setGraphic(null);
            setText(null);
            setContextMenu(null);
            return;
        }
        bound = item;
        visible.setText(item.name());
        visible.setId("layer-" + item.name());
        opacity.setId("opacity-" + item.name());
        labels.setId("labels-" + item.name());
        visible.selectedProperty().bindBidirectional(item.visibleProperty());
        opacity.valueProperty().bindBidirectional(item.opacityProperty());
        labels.selectedProperty().bindBidirectional(item.labelsProperty());
        labels.setDisable(!item.hasLabels());
        HBox controls = new HBox(6, opacity, labels);
        controls.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(opacity, Priority.ALWAYS);
        setGraphic(new VBox(2, visible, controls));
        setText(null);
        setContextMenu(menu(item));
    }

    private ContextMenu menu(LayerState item) {
        MenuItem zoom = new MenuItem(messages.get("layers.zoomTo"));
        zoom.setOnAction(e -> model.zoomToLayer(item));
        MenuItem style = new MenuItem(messages.get("layers.style"));
        style.setOnAction(e -> LayerStyleDialog.edit(getScene() == null ? null : getScene().getWindow(), item, messages)
                .ifPresent(rules -> {
                    item.editRules(rules);
                    model.commitLook(item);
                }));
        return new ContextMenu(zoom, style);
    }
}

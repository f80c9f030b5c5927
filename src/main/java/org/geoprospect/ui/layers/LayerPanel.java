package org.geoprospect.ui.layers;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.geoprospect.render.LegendEntry;
import org.geoprospect.render.LegendSwatchPainter;
import org.geoprospect.render.RasterCanvas;
import org.geoprospect.ui.Messages;

/**
 * The left panel: the layer list (top = drawn last) with a check box per layer bound to its
 * {@link LayerState}, and the legend of the styles in use, rebuilt whenever a layer changes.
 */
public final class LayerPanel extends VBox {
    private static final int SWATCH_WIDTH = 28;
    private static final int SWATCH_HEIGHT = 16;

    private final ObservableList<LayerState> layers;
    private final VBox legend = new VBox(3);

    public LayerPanel(ObservableList<LayerState> layersTopFirst, Messages messages) {
        super(6);
        this.layers = layersTopFirst;
        setId("layerPanel");
        setPadding(new Insets(8));
        setPrefWidth(230);
        Label layersTitle = new Label(messages.get("layers.title"));
        layersTitle.setStyle("-fx-font-weight: bold;");
        ListView<LayerState> list = new ListView<>(layersTopFirst);
        list.setId("layerList");
        list.setFocusTraversable(false);
        list.setPrefHeight(180);
        list.setCellFactory(v -> new LayerCell());
        Label legendTitle = new Label(messages.get("legend.title"));
        legendTitle.setStyle("-fx-font-weight: bold;");
        legend.setId("legend");
        VBox.setVgrow(legend, Priority.ALWAYS);
        getChildren().addAll(layersTitle, list, legendTitle, legend);
        layersTopFirst.addListener((ListChangeListener<LayerState>) c -> rebuildLegend());
        rebuildLegend();
    }

    private void rebuildLegend() {
        legend.getChildren().clear();
        for (LayerState layer : layers) {
            if (!layer.visibleProperty().get()) {
                continue;
            }
            for (LegendEntry entry : layer.legendEntries()) {
                RasterCanvas swatch = LegendSwatchPainter.paint(entry, SWATCH_WIDTH, SWATCH_HEIGHT);
                WritableImage image = new WritableImage(new PixelBuffer<>(SWATCH_WIDTH, SWATCH_HEIGHT,
                        java.nio.IntBuffer.wrap(swatch.pixels()), PixelFormat.getIntArgbPreInstance()));
                HBox row = new HBox(6, new ImageView(image), new Label(entry.label()));
                legend.getChildren().add(row);
            }
        }
    }

    /** A check box bound to the layer's visibility, named after the layer. */
    private static final class LayerCell extends ListCell<LayerState> {
        private final CheckBox checkBox = new CheckBox();
        private LayerState bound;

        @Override
        protected void updateItem(LayerState item, boolean empty) {
            super.updateItem(item, empty);
            if (bound != null) {
                checkBox.selectedProperty().unbindBidirectional(bound.visibleProperty());
                bound = null;
            }
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            bound = item;
            checkBox.setText(item.name());
            checkBox.setId("layer-" + item.name());
            checkBox.selectedProperty().bindBidirectional(item.visibleProperty());
            setGraphic(checkBox);
            setText(null);
        }
    }
}

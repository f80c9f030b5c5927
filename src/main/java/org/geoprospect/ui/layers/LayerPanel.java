package org.geoprospect.ui.layers;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
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
import javafx.util.StringConverter;
import org.geoprospect.render.LegendEntry;
import org.geoprospect.render.LegendSwatchPainter;
import org.geoprospect.render.RasterCanvas;
import org.geoprospect.ui.Messages;
import org.geoprospect.ui.map.ClientColourChoice;

/**
 * The left panel: the layer list (top = drawn last) with a check box per layer bound to its
 * {@link LayerState}, and the legend of the styles in use, rebuilt whenever a layer changes.
 */
public final class LayerPanel extends VBox {
    private static final int SWATCH_WIDTH = 28;
    private static final int SWATCH_HEIGHT = 16;

    private static final int POINT_SWATCH = 24;

    private final ObservableList<LayerState> layers;
    private final VBox legend = new VBox(3);
    private final Messages messages;
    private PointLayerToggles points;

    private final LayerListModel model;

    /** A panel listing the vector layers only. */
    public LayerPanel(LayerListModel model, Messages messages) {
        this(model, null, messages);
    }

    /**
     * A panel listing the point layers (households, clients, competitors: drawn on top, so listed first)
     * then the vector layers, with a legend of every symbol shown.
     *
     * @param pointLayers the point layers' switches, or null for none
     */
    public LayerPanel(LayerListModel model, PointLayerToggles pointLayers, Messages messages) {
        super(6);
        this.model = model;
        ObservableList<LayerState> layersTopFirst = model.layersTopFirst();
        this.layers = layersTopFirst;
        this.messages = messages;
        this.points = pointLayers;
        setId("layerPanel");
        setPadding(new Insets(8));
        setPrefWidth(230);
        Label layersTitle = new Label(messages.get("layers.title"));
        layersTitle.setStyle("-fx-font-weight: bold;");
        ListView<LayerState> list = new ListView<>(layersTopFirst);
        list.setId("layerList");
        list.setFocusTraversable(false);
        list.setPrefHeight(260);
        // A long legend (the escape classes, client categories) scrolls; it does not squeeze the layers away.
        list.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        list.setCellFactory(v -> new LayerCell(model, messages));
        Label legendTitle = new Label(messages.get("legend.title"));
        legendTitle.setStyle("-fx-font-weight: bold;");
        legend.setId("legend");
        VBox.setVgrow(legend, Priority.ALWAYS);
        getChildren().add(layersTitle);
        if (pointLayers != null) {
            getChildren().add(new VBox(4,
                    pointToggle(pointLayers.households(), "layers.points.households", "layer-households"),
                    pointToggle(pointLayers.clients(), "layers.points.clients", "layer-clients"),
                    clientColourChoice(pointLayers),
                    pointToggle(pointLayers.competitors(), "layers.points.competitors", "layer-competitors"),
                    pointToggle(pointLayers.escape(), "layers.points.escape", "layer-escape")));
            pointLayers.points().addListener((o, a, b) -> rebuildLegend());
            pointLayers.potentialNote().addListener((o, a, b) -> rebuildLegend());
            pointLayers.clientColoursNote().addListener((o, a, b) -> rebuildLegend());
        }
        javafx.scene.control.ScrollPane legendScroll = new javafx.scene.control.ScrollPane(legend);
        legendScroll.setFitToWidth(true);
        legendScroll.setStyle("-fx-background-color: transparent;");
        VBox.setVgrow(legendScroll, Priority.ALWAYS);
        getChildren().addAll(list, legendTitle, legendScroll);
        layersTopFirst.addListener((ListChangeListener<LayerState>) c -> rebuildLegend());
        rebuildLegend();
    }

    private CheckBox pointToggle(javafx.beans.property.BooleanProperty visible, String key, String id) {
        CheckBox box = new CheckBox(messages.get(key));
        box.setId(id);
        box.setFocusTraversable(false);
        box.selectedProperty().bindBidirectional(visible);
        visible.addListener((o, a, b) -> rebuildLegend());
        return box;
    }

    /** "Colour clients by: Category / RFM segment", under the clients' switch (greyed while they are hidden). */
    private HBox clientColourChoice(PointLayerToggles pointLayers) {
        ComboBox<ClientColourChoice> choice = new ComboBox<>(FXCollections.observableArrayList(ClientColourChoice.values()));
        choice.setId("clientColourBy");
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(ClientColourChoice c) {
                return c == null ? "" : messages.get("layers.clients.colourBy." + c.name().toLowerCase(java.util.Locale.ROOT));
            }

            @Override
            public ClientColourChoice fromString(String s) {
                return null;
            }
        });
        choice.valueProperty().bindBidirectional(pointLayers.clientColours());
        choice.disableProperty().bind(pointLayers.clients().not());
        Label label = new Label(messages.get("layers.clients.colourBy"));
        label.setLabelFor(choice);
        HBox row = new HBox(6, label, choice);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        row.setPadding(new Insets(0, 0, 0, 22));
        return row;
    }

    private void rebuildLegend() {
        legend.getChildren().clear();
        if (points != null && points.points().getValue() != null) {
            java.util.List<org.geoprospect.render.points.PointLegend.Item> items = new java.util.ArrayList<>();
            if (points.escape().get() && points.points().getValue().households() != null) {
                items.addAll(org.geoprospect.render.points.PointLegend.escapeItems());
            }
            items.addAll(org.geoprospect.render.points.PointLegend.items(points.points().getValue(),
                    points.households().get(), points.clients().get(), points.competitors().get()));
            String note = points.potentialNote().getValue();
            if (note != null && points.households().get()) {
                // The dots no longer count every household: say what they count, above their sizes.
                Label what = new Label(note);
                what.setId("legendPotentialNote");
                what.setWrapText(true);
                what.setStyle("-fx-font-style: italic;");
                legend.getChildren().add(what);
            }
            String colours = points.clientColoursNote().getValue();
            boolean coloursSaid = colours == null || !points.clients().get();
            for (org.geoprospect.render.points.PointLegend.Item item : items) {
                if (!coloursSaid && (item.textKey().startsWith("legend.points.category.")
                        || item.textKey().startsWith(org.geoprospect.render.points.ClientColouring.SEGMENT_KEY_PREFIX))) {
                    legend.getChildren().add(clientColoursNote(colours));
                    coloursSaid = true;
                }
                RasterCanvas swatch = org.geoprospect.render.points.PointLegend.swatch(item, POINT_SWATCH, POINT_SWATCH);
                Label text = new Label(messages.get(item.textKey()));
                text.setWrapText(true);
                HBox row = new HBox(6, image(swatch), text);
                row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
                legend.getChildren().add(row);
            }
            if (!coloursSaid) {
                // no client in the legend (none drawn): the note still says why the colouring was not drawn
                legend.getChildren().add(clientColoursNote(colours));
            }
        }
        for (LayerState layer : layers) {
            if (!layer.visibleProperty().get()) {
                continue;
            }
            for (LegendEntry entry : layer.legendEntries()) {
                RasterCanvas swatch = LegendSwatchPainter.paint(entry, SWATCH_WIDTH, SWATCH_HEIGHT);
                HBox row = new HBox(6, image(swatch), new Label(entry.label()));
                legend.getChildren().add(row);
            }
        }
    }

    /** What the clients' colours mean (the RFM period), or why the chosen colouring is not drawn. */
    private static Label clientColoursNote(String text) {
        Label what = new Label(text);
        what.setId("legendClientColoursNote");
        what.setWrapText(true);
        what.setStyle("-fx-font-style: italic;");
        return what;
    }

    private static ImageView image(RasterCanvas swatch) {
        return new ImageView(new WritableImage(new PixelBuffer<>(swatch.width(), swatch.height(),
                java.nio.IntBuffer.wrap(swatch.pixels()), PixelFormat.getIntArgbPreInstance())));
    }

}

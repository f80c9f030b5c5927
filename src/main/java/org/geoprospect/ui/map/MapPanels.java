package org.geoprospect.ui.map;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import org.geoprospect.render.points.PointLayers;
import org.geoprospect.service.MapContent;
import org.geoprospect.ui.Messages;
import org.geoprospect.ui.layers.LayerPanel;
import org.geoprospect.ui.layers.PointLayerToggles;
import org.geoprospect.ui.records.RecordCardView;
import org.geoprospect.ui.sectors.SectorPanel;

/**
 * Builds the map side's pieces of the main window, so that the window only places them: the left
 * panel (layers and legend, sectors), the selection tools of the tool bar, the selection counts of the
 * status line and the detail card. Stateless.
 */
public final class MapPanels {
    private MapPanels() {
    }

    /** Left panel: a "Layers" tab (point and vector layers, legend) and a "Sectors" tab. */
    public static TabPane leftPanel(MapViewModel map, ProspectingMapModel prospecting, Messages messages) {
        PointLayerChoices choices = map.pointLayers();
        PointLayerToggles toggles = new PointLayerToggles(choices.householdsVisibleProperty(),
                choices.clientsVisibleProperty(), choices.competitorsVisibleProperty(),
                choices.escapeVisibleProperty(), Bindings.createObjectBinding(() -> {
                    MapContent c = map.contentProperty().get();
                    return c == null ? PointLayers.EMPTY : c.points().withClientColouring(choices.clientColouringProperty().get());
                }, map.contentProperty(), choices.clientColouringProperty()), prospecting.potentialDescriptionProperty(),
                choices.clientColourChoiceProperty(), choices.clientColouringNoteProperty());
        LayerPanel layerPanel = new LayerPanel(map.layerList(), toggles, messages);
        javafx.scene.layout.VBox.setVgrow(layerPanel, javafx.scene.layout.Priority.ALWAYS);
        // The tour's days and its start / end, under the layers' legend while a tour is shown.
        Tab layers = new Tab(messages.get("layers.title"),
                new javafx.scene.layout.VBox(layerPanel, new OverlayLegendBox(map, messages)));
        layers.setId("layersTab");
        Tab sectors = org.geoprospect.ui.LazyTab.of("sectorsTab", messages.get("sectors.title"),
                () -> new SectorPanel(prospecting.sectors(), messages));
        TabPane tabs = new TabPane(layers, sectors);
        tabs.setId("mapSidePanel");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setPrefWidth(330);
        return tabs;
    }

    /** The detail card (place it over the map, top right). */
    public static RecordCardView recordCard(ProspectingMapModel prospecting, Messages messages) {
        return new RecordCardView(prospecting.card(), messages);
    }

    /**
     * The selection tools for the tool bar: one toggle per tool (tooltip with its key), the combination
     * mode, and "clear selection".
     */
    public static List<Node> selectionToolBarItems(SelectionToolsViewModel tools, Messages messages) {
        List<Node> items = new ArrayList<>();
        items.add(new Separator());
        ToggleGroup group = new ToggleGroup();
        String[][] specs = {
            {"RECTANGLE", "▭", "R"}, {"POLYGON", "⬠", "P"}, {"LASSO", "✎", "L"}, {"RADIUS", "◎", "C"},
            {"SECTOR", "▦", "S"}, {"COMMUNE", "⌂", "K"}};
        for (String[] spec : specs) {
            SelectionTool tool = SelectionTool.valueOf(spec[0]);
            ToggleButton button = new ToggleButton(spec[1]);
            String key = tool.name().toLowerCase(java.util.Locale.ROOT);
            button.setId("tool-" + key);
            button.setTooltip(new Tooltip(messages.get("selection.tool." + key) + " (" + spec[2] + ")"));
            button.setToggleGroup(group);
            button.setFocusTraversable(false);
            button.setOnAction(e -> tools.toolProperty().set(button.isSelected() ? tool : SelectionTool.NONE));
            tools.toolProperty().addListener((o, a, now) -> button.setSelected(now == tool));
            items.add(button);
        }
        ComboBox<SelectionMode> mode = new ComboBox<>();
        mode.setId("selectionMode");
        mode.getItems().setAll(SelectionMode.values());
        mode.valueProperty().bindBidirectional(tools.modeProperty());
        mode.setFocusTraversable(false);
        mode.setTooltip(new Tooltip(messages.get("selection.mode.tooltip")));
        mode.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(SelectionMode m) {
                return m == null ? "" : messages.get("selection.mode." + m.name().toLowerCase(java.util.Locale.ROOT));
            }

            @Override
            public SelectionMode fromString(String s) {
                return null;
            }
        });
        Button clear = new Button("✕");
        clear.setId("clearSelection");
        clear.setTooltip(new Tooltip(messages.get("selection.clear")));
        clear.setFocusTraversable(false);
        clear.setOnAction(e -> tools.clearSelection());
        items.add(mode);
        items.add(clear);
        return items;
    }

    /** The status line's selection counts ("N households, M clients selected"). */
    public static Label selectionCounts(SelectionToolsViewModel tools) {
        Label counts = new Label();
        counts.setId("selectionCounts");
        counts.setStyle("-fx-text-fill: #08306b; -fx-font-weight: bold;");
        counts.textProperty().bind(tools.countsProperty());
        return counts;
    }
}

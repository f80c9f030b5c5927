package org.geoprospect.ui.sectors;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.geoprospect.service.SectorPanelService.SectorPanelRow;
import org.geoprospect.ui.Messages;

/**
 * The sector panel (View): a table of the commercial sectors' potential bound to a
 * {@link SectorPanelViewModel}; a click on a row zooms the map to the sector.
 */
public final class SectorPanel extends VBox {
    public SectorPanel(SectorPanelViewModel viewModel, Messages messages) {
        super(4);
        setId("sectorPanel");
        setPadding(new Insets(6));
        TableView<SectorPanelRow> table = new TableView<>(viewModel.rows());
        table.setId("sectorTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(text(messages, "sectors.column.sector", r ->
                r.row().name() == null ? r.row().code() : r.row().name(), 110));
        table.getColumns().add(text(messages, "sectors.column.households", r -> r.row().households(), 60));
        table.getColumns().add(text(messages, "sectors.column.matching", r -> r.row().matchingProspects(), 60));
        table.getColumns().add(text(messages, "sectors.column.clients", r -> String.valueOf(r.row().clients()), 50));
        table.getColumns().add(text(messages, "sectors.column.penetration", r -> r.row().penetrationPerThousand() == null
                ? "—" : String.format(java.util.Locale.getDefault(), "%.1f", r.row().penetrationPerThousand()), 60));
        table.getColumns().add(text(messages, "sectors.column.remaining", r -> r.row().remainingPotential(), 60));
        table.setRowFactory(t -> {
            TableRow<SectorPanelRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> viewModel.choose(row.getItem()));
            row.setTooltip(new Tooltip(messages.get("sectors.zoomTooltip")));
            return row;
        });
        table.setPlaceholder(new Label(messages.get("sectors.none")));
        VBox.setVgrow(table, Priority.ALWAYS);
        Label status = new Label();
        status.setId("sectorStatus");
        status.setWrapText(true);
        status.textProperty().bind(viewModel.statusProperty());
        Label note = new Label(messages.get("sectors.note"));
        note.setWrapText(true);
        note.setStyle("-fx-text-fill: #666666; -fx-font-size: 11px;");
        Button export = new Button(messages.get("sectors.exportCsv"));
        export.setId("sectorExportCsv");
        export.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(viewModel.rows()));
        export.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("sectors.exportCsv.title"));
            chooser.setInitialFileName("sector-potential.csv");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
            java.io.File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
            if (file != null) {
                viewModel.exportCsv(file.toPath());
            }
        });
        getChildren().addAll(table, export, status, note);
    }

    /** A column titled by {@code key}, explained by the tooltip {@code key.tooltip}. */
    private static TableColumn<SectorPanelRow, String> text(Messages messages, String key,
            java.util.function.Function<SectorPanelRow, String> value, double width) {
        TableColumn<SectorPanelRow, String> column = new TableColumn<>();
        // A wrapping header: "Households", "Remaining" stay readable in a narrow panel.
        Label header = new Label(messages.get(key));
        Tooltip explained = new Tooltip(messages.get(key + ".tooltip"));
        explained.setWrapText(true);
        explained.setMaxWidth(360);
        header.setTooltip(explained);
        header.setWrapText(true);
        header.setStyle("-fx-font-size: 11px; -fx-text-alignment: center;");
        header.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        header.prefWidthProperty().bind(column.widthProperty().subtract(8));
        column.setGraphic(header);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

}

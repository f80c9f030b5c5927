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
        table.getColumns().add(text(messages, "sectors.column.sector", r ->
                r.row().name() == null ? r.row().code() : r.row().name(), false));
        table.getColumns().add(text(messages, "sectors.column.households", r -> grouped(messages, r.row().households()), true));
        table.getColumns().add(text(messages, "sectors.column.matching", r -> grouped(messages, r.row().matchingProspects()), true));
        table.getColumns().add(text(messages, "sectors.column.clients", r -> messages.integer(r.row().clients()), true));
        table.getColumns().add(text(messages, "sectors.column.penetration", r -> r.row().penetrationPerThousand() == null
                ? "—" : String.format(messages.formatLocale(), "%.1f", r.row().penetrationPerThousand()), true));
        table.getColumns().add(text(messages, "sectors.column.remaining", r -> grouped(messages, r.row().remainingPotential()), true));
        org.geoprospect.ui.TableFitting.install(table);
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

    /** A column titled by {@code key}, explained by the tooltip {@code key.tooltip}, sized to its content. */
    private static TableColumn<SectorPanelRow, String> text(Messages messages, String key,
            java.util.function.Function<SectorPanelRow, String> value, boolean number) {
        TableColumn<SectorPanelRow, String> column = number ? org.geoprospect.ui.TableFitting.number(messages.get(key), value)
                : org.geoprospect.ui.TableFitting.column(messages.get(key), value);
        Tooltip explained = new Tooltip(messages.get(key + ".tooltip"));
        explained.setWrapText(true);
        explained.setMaxWidth(360);
        ((Label) column.getGraphic()).setTooltip(explained);
        return column;
    }

    /** A count as shown: "<10" stays, digits get the locale's grouping. */
    static String grouped(Messages messages, String count) {
        return count != null && count.matches("\\d+") ? messages.integer(Long.parseLong(count)) : count;
    }
}

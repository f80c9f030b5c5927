package org.geoprospect.ui.ranking;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.geoprospect.analysis.ranking.RankedClient;
import org.geoprospect.analysis.ranking.SectorProfit;
import org.geoprospect.ui.Messages;
import org.geoprospect.ui.target.CodeLabel;

/**
 * The best-client ranking (View): options, the ranked table (selection highlights on the map,
 * double-click zooms) and the sectors' profitability, bound to a {@link RankingViewModel}.
 */
public final class RankingPanel extends VBox {
    public RankingPanel(RankingViewModel model, Messages m) {
        super(6);
        setId("rankingPanel");
        setPadding(new Insets(6));
        org.geoprospect.model.CodeWords activities = org.geoprospect.model.CodeWords.activities(m.locale());
        ComboBox<Integer> size = new ComboBox<>(model.listSizes());
        size.setId("rankingSize");
        size.valueProperty().bindBidirectional(model.listSizeProperty());
        ComboBox<CodeLabel> sector = new ComboBox<>(model.sectors());
        sector.setId("rankingSector");
        sector.valueProperty().bindBidirectional(model.sectorProperty());
        CheckBox badPayers = new CheckBox(m.get("ranking.includeBadPayers"));
        badPayers.setId("includeBadPayers");
        badPayers.selectedProperty().bindBidirectional(model.includeBadPayersProperty());
        CheckBox difficult = new CheckBox(m.get("ranking.includeDifficult"));
        difficult.setId("includeDifficult");
        difficult.selectedProperty().bindBidirectional(model.includeDifficultProperty());
        FlowPane options = new FlowPane(8, 6, new Label(m.get("ranking.top")), size, new Label(m.get("ranking.sector")), sector,
                badPayers, difficult);
        options.setAlignment(Pos.CENTER_LEFT);
        Label method = new Label(m.get("ranking.method"));
        method.setWrapText(true);
        method.setStyle("-fx-text-fill: #555;");
        method.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        TableView<RankedClient> clients = new TableView<>(model.rows());
        clients.setId("rankingTable");
        clients.setPlaceholder(new Label(m.get("ranking.empty")));
        clients.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        clients.getColumns().add(number(m.get("ranking.col.rank"), r -> Integer.toString(r.rank())));
        clients.getColumns().add(column(m.get("ranking.col.name"), r -> r.client().name()));
        clients.getColumns().add(column(m.get("ranking.col.sector"), r -> activities.word(r.client().sector())));
        clients.getColumns().add(number(m.get("ranking.col.margin"), r -> m.euros(r.client().grossMargin())));
        clients.getColumns().add(number(m.get("ranking.col.revenue"), r -> m.euros(r.client().revenue())));
        clients.getColumns().add(number(m.get("ranking.col.invoices"), r -> m.integer(r.client().invoiceCount())));
        clients.getColumns().add(column(m.get("ranking.col.flags"), r -> flags(r, m)));
        clients.getColumns().add(column(m.get("ranking.col.code"), r -> r.client().code()));
        org.geoprospect.ui.TableFitting.install(clients);
        clients.getSelectionModel().getSelectedItems().addListener((ListChangeListener<RankedClient>) c ->
                model.highlight(new ArrayList<>(clients.getSelectionModel().getSelectedItems())));
        clients.setRowFactory(t -> {
            TableRow<RankedClient> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    model.zoomTo(row.getItem());
                }
            });
            return row;
        });

        TableView<SectorProfit> sectors = new TableView<>(model.sectorRows());
        sectors.setId("sectorProfitTable");
        sectors.getColumns().add(number(m.get("ranking.col.rank"), s -> Integer.toString(s.rank())));
        sectors.getColumns().add(column(m.get("ranking.col.sector"), s -> s.sector().isEmpty() ? "—" : activities.word(s.sector())));
        sectors.getColumns().add(number(m.get("ranking.col.clients"), s -> m.integer(s.clients())));
        sectors.getColumns().add(number(m.get("ranking.col.totalMargin"), s -> m.euros(s.totalMargin())));
        sectors.getColumns().add(number(m.get("ranking.col.marginPerClient"), s -> m.euros(s.marginPerClient())));
        sectors.getColumns().add(column(m.get("ranking.col.profitable"), s -> s.profitable() ? m.get("ranking.profitable.yes") : ""));
        org.geoprospect.ui.TableFitting.install(sectors);
        SplitPane split = new SplitPane(clients, sectors);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.65);
        VBox.setVgrow(split, Priority.ALWAYS);
        Label summary = new Label();
        summary.setId("rankingSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        getChildren().addAll(options, method, summary, split);
    }

    private static String flags(RankedClient r, Messages m) {
        List<String> flags = new ArrayList<>();
        flags.add(org.geoprospect.model.CodeWords.rankingReasons(m.locale()).word(r.reason().name()));
        if (r.client().paymentIncidents() > 0) {
            flags.add(m.get("ranking.flag.badPayer"));
        }
        if (r.client().difficult()) {
            flags.add(m.get("ranking.flag.difficult"));
        }
        if (r.client().motivated()) {
            flags.add(m.get("ranking.flag.motivated"));
        }
        return String.join(", ", flags);
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> value) {
        return org.geoprospect.ui.TableFitting.column(title, value);
    }

    private static <T> TableColumn<T, String> number(String title, Function<T, String> value) {
        return org.geoprospect.ui.TableFitting.number(title, value);
    }
}

package org.geoprospect.ui.records;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.geoprospect.ui.Messages;

/**
 * The detail card floating over the map's top-right corner: title, close button, the rows and the
 * note on hidden personal fields, all bound to a {@link RecordCardViewModel}.
 */
public final class RecordCardView extends VBox {
    private final GridPane grid = new GridPane();
    private final RecordCardViewModel viewModel;

    public RecordCardView(RecordCardViewModel viewModel, Messages messages) {
        super(6);
        this.viewModel = viewModel;
        setId("recordCard");
        setPadding(new Insets(10));
        setMaxSize(360, Region.USE_PREF_SIZE);
        setPrefWidth(340);
        setStyle("-fx-background-color: rgba(255,255,255,0.96); -fx-border-color: #8a8a8a; -fx-border-radius: 4;"
                + " -fx-background-radius: 4; -fx-effect: dropshadow(gaussian, rgba(0,0,0,0.25), 8, 0, 0, 2);");
        Label title = new Label();
        title.setId("recordCardTitle");
        title.setStyle("-fx-font-weight: bold; -fx-font-size: 13px;");
        title.textProperty().bind(viewModel.titleProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(16, 16);
        busy.visibleProperty().bind(viewModel.loadingProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button close = new Button("✕");
        close.setId("recordCardClose");
        close.setFocusTraversable(false);
        close.setOnAction(e -> viewModel.close());
        close.setTooltip(new javafx.scene.control.Tooltip(messages.get("card.close")));
        HBox header = new HBox(6, title, busy, spacer, close);
        header.setAlignment(Pos.CENTER_LEFT);
        grid.setHgap(10);
        grid.setVgap(3);
        grid.setId("recordCardRows");
        Label note = new Label();
        note.setId("recordCardHidden");
        note.setWrapText(true);
        note.setStyle("-fx-text-fill: #7a3b00; -fx-font-style: italic;");
        note.textProperty().bind(viewModel.hiddenNoteProperty());
        note.visibleProperty().bind(viewModel.hiddenNoteProperty().isNotNull());
        note.managedProperty().bind(note.visibleProperty());
        getChildren().addAll(header, grid, note);
        visibleProperty().bind(viewModel.visibleProperty());
        managedProperty().bind(viewModel.visibleProperty());
        viewModel.rows().addListener((ListChangeListener<CardRow>) c -> rebuild());
        setPickOnBounds(true);
    }

    private void rebuild() {
        grid.getChildren().clear();
        int r = 0;
        for (CardRow row : viewModel.rows()) {
            Label label = new Label(row.label());
            if (row.header()) {
                label.setStyle("-fx-font-weight: bold; -fx-padding: 6 0 0 0;");
                grid.add(label, 0, r++, 2, 1);
                continue;
            }
            label.setStyle("-fx-text-fill: #555555;");
            Label value = new Label(row.value());
            value.setWrapText(true);
            value.setMaxWidth(210);
            grid.add(label, 0, r);
            grid.add(value, 1, r++);
        }
    }
}

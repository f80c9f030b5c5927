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
    /** The card's widest, so that it leaves most of the map in view. */
    public static final double MAX_WIDTH = 420;
    private final GridPane grid = new GridPane();
    private final RecordCardViewModel viewModel;

    private final javafx.beans.property.DoubleProperty heightLimit =
            new javafx.beans.property.SimpleDoubleProperty(this, "heightLimit", Double.MAX_VALUE);

    public RecordCardView(RecordCardViewModel viewModel, Messages messages) {
        super(6);
        this.viewModel = viewModel;
        setId("recordCard");
        setPadding(new Insets(10));
        setMaxWidth(MAX_WIDTH);
        setPrefWidth(340);
        // Opaque: the map's labels and dots must not show through the card's text.
        setStyle("-fx-background-color: white; -fx-border-color: #8a8a8a; -fx-border-radius: 4;"
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
        // A long card scrolls inside the map rather than run off its bottom.
        javafx.scene.control.ScrollPane rowsScroll = new javafx.scene.control.ScrollPane(grid);
        rowsScroll.setFitToWidth(true);
        rowsScroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        rowsScroll.setStyle("-fx-background-color: transparent; -fx-background: white;");
        VBox.setVgrow(rowsScroll, Priority.SOMETIMES);
        getChildren().addAll(header, rowsScroll, note);
        visibleProperty().bind(viewModel.visibleProperty());
        managedProperty().bind(viewModel.visibleProperty());
        viewModel.rows().addListener((ListChangeListener<CardRow>) c -> rebuild());
        setPickOnBounds(true);
        heightLimit.addListener((o, a, b) -> requestLayout());
    }

    /**
     * The tallest the card may grow (its container's room, e.g. the map's height less its margins): it
     * takes the height of its rows up to that, and its rows scroll beyond it. Unbounded by default.
     */
    public javafx.beans.property.DoubleProperty heightLimitProperty() {
        return heightLimit;
    }

    @Override
    protected double computeMaxHeight(double width) {
        // As tall as its content, never taller than the room it has: a container that stretches its
        // children (a StackPane) must not turn a three-line card into a white column over the map.
        return Math.min(computePrefHeight(width), heightLimit.get());
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
            label.setMinWidth(Region.USE_PREF_SIZE);
            Label value = new Label(row.value());
            value.setWrapText(true);
            // Wraps between words only: as wide as its longest word (an e-mail address is one word).
            value.setMinWidth(Math.min(MAX_WIDTH - 120, org.geoprospect.ui.TableFitting.longestWordWidth(row.value())));
            value.setMaxWidth(MAX_WIDTH - 120);
            grid.add(label, 0, r);
            grid.add(value, 1, r++);
        }
    }
}

package org.geoprospect.ui.importing;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.geoprospect.service.CrsOption;
import org.geoprospect.service.LayerImportReport;
import org.geoprospect.service.LayerPreview;
import org.geoprospect.ui.Messages;

/**
 * The "Import layer" dialog (View): what the file holds, the layer name, the CRS (with a search over
 * EPSG codes and names, required when the file declares none we recognise), the DBF encoding, the
 * first features' attributes, then progress, Cancel and the result. Binds to a
 * {@link LayerImportViewModel} and holds no state of its own.
 */
public final class LayerImportDialog {
    private final LayerImportViewModel model;
    private final Messages messages;
    private final Stage stage = new Stage();
    private final TableView<List<String>> table;
    private final Label facts = new Label();
    private final Label crsEvidence = new Label();
    private final VBox warnings = new VBox(2);
    private final Label result = new Label();

    public LayerImportDialog(Window owner, LayerImportViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        table = PreviewTable.create("layerPreviewTable", messages.get("import.preview.reading"));
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("import.layer.title", model.file().getFileName()));

        DialogFooter footer = new DialogFooter(model, messages, model.canImportProperty());
        footer.importButton.setOnAction(e -> model.importLayer());
        footer.closeButton.setOnAction(e -> close());
        stage.setOnCloseRequest(e -> {
            if (!model.canClose()) {
                e.consume();
                model.cancel();
            } else {
                model.dispose();
            }
        });

        VBox body = new VBox(10, header(), crsPane(), attributesPane(), warningsPane(), resultPane());
        body.setPadding(new Insets(12));
        BorderPane root = new BorderPane(body);
        footer.setPadding(new Insets(0, 12, 12, 12));
        root.setBottom(footer);
        root.setId("layerImportDialog");
        stage.setScene(new Scene(root));

        model.previewProperty().addListener((o, a, p) -> showPreview(p));
        model.resultProperty().addListener((o, a, r) -> showResult(r));
        model.chosenCrsProperty().addListener((o, a, c) -> showCrsEvidence());
        model.crsRequiredProperty().addListener((o, a, c) -> showCrsEvidence());
    }

    /** Shows the dialog and starts reading the preview. */
    public void show() {
        org.geoprospect.ui.WindowSizing.apply(stage, new org.geoprospect.ui.WindowSizing.Size(900, 760),
                new org.geoprospect.ui.WindowSizing.Size(640, 480));
        stage.show();
        model.readPreview();
    }

    /** The dialog's window (for tests and screenshots). */
    public Stage stage() {
        return stage;
    }

    private void close() {
        model.dispose();
        stage.close();
    }

    private GridPane header() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        grid.getColumnConstraints().addAll(new ColumnConstraints(130), new ColumnConstraints());
        grid.getColumnConstraints().get(1).setHgrow(Priority.ALWAYS);
        facts.setId("layerFacts");
        facts.setText(messages.get("import.preview.reading"));
        grid.addRow(0, new Label(messages.get("import.file")), new Label(model.file().toAbsolutePath().toString()));
        grid.addRow(1, new Label(messages.get("import.layer.content")), facts);

        TextField name = new TextField();
        name.setId("layerName");
        name.textProperty().bindBidirectional(model.layerNameProperty());
        name.disableProperty().bind(model.inPhase(ImportPhase.READY).not());
        Label nameWarning = warningLabel("layerNameWarning", "#8a5a00");
        nameWarning.textProperty().bind(model.nameWarningProperty());
        nameWarning.visibleProperty().bind(model.nameWarningProperty().isNotNull());
        grid.addRow(2, new Label(messages.get("import.layer.name")), new VBox(2, name, nameWarning));

        ComboBox<EncodingChoice> encoding = new ComboBox<>(model.encodings());
        encoding.setId("layerEncoding");
        encoding.valueProperty().bindBidirectional(model.encodingProperty());
        encoding.setDisable(!model.isShapefile());
        if (model.isShapefile()) {
            encoding.disableProperty().bind(model.inPhase(ImportPhase.READY).not());
        }
        Label encodingHint = new Label(model.isShapefile() ? messages.get("import.encoding.hint")
                : messages.get("import.encoding.geojson"));
        encodingHint.setStyle("-fx-text-fill: #555;");
        grid.addRow(3, new Label(messages.get("import.encoding")), new VBox(2, encoding, encodingHint));
        return grid;
    }

    private TitledPane crsPane() {
        crsEvidence.setId("crsEvidence");
        crsEvidence.setWrapText(true);
        Label chosen = new Label();
        chosen.setId("chosenCrs");
        chosen.setStyle("-fx-font-weight: bold;");
        chosen.textProperty().bind(Bindings.createStringBinding(() -> model.chosenCrsProperty().get() == null
                ? messages.get("import.crs.none") : model.chosenCrsProperty().get().label(), model.chosenCrsProperty()));

        TextField search = new TextField();
        search.setId("crsSearch");
        search.setPromptText(messages.get("import.crs.searchPrompt"));
        search.textProperty().bindBidirectional(model.crsQueryProperty());
        ListView<CrsOption> results = new ListView<>(model.crsResults());
        results.setId("crsResults");
        results.setPrefHeight(130);
        results.setMinHeight(80);
        results.getSelectionModel().selectedItemProperty().addListener((o, a, picked) -> {
            if (picked != null) {
                model.chooseCrs(picked);
            }
        });
        var editable = model.inPhase(ImportPhase.READY);
        search.disableProperty().bind(editable.not());
        results.disableProperty().bind(editable.not());

        Label warning = warningLabel("crsWarning", "#b00020");
        warning.textProperty().bind(model.crsWarningProperty());
        warning.visibleProperty().bind(model.crsWarningProperty().isNotNull());
        warning.managedProperty().bind(warning.visibleProperty());

        VBox box = new VBox(6, chosen, crsEvidence, warning, new Label(messages.get("import.crs.searchLabel")), search, results);
        TitledPane pane = new TitledPane(messages.get("import.crs.title"), box);
        pane.setId("crsPane");
        pane.setCollapsible(false);
        return pane;
    }

    private TitledPane attributesPane() {
        TitledPane pane = new TitledPane(messages.get("import.layer.attributes"), table);
        pane.setCollapsible(false);
        pane.setMaxHeight(Double.MAX_VALUE);
        table.setMinHeight(110);
        VBox.setVgrow(pane, Priority.ALWAYS);
        return pane;
    }

    private TitledPane warningsPane() {
        warnings.setId("layerWarnings");
        TitledPane pane = new TitledPane(messages.get("import.warnings"), warnings);
        pane.setCollapsible(false);
        pane.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        pane.visibleProperty().bind(Bindings.isNotEmpty(warnings.getChildren()));
        pane.managedProperty().bind(pane.visibleProperty());
        return pane;
    }

    private TitledPane resultPane() {
        result.setId("layerResult");
        result.setWrapText(true);
        result.setMaxWidth(Double.MAX_VALUE);
        result.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        TitledPane pane = new TitledPane(messages.get("import.result.title"), result);
        pane.setCollapsible(false);
        pane.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        pane.visibleProperty().bind(model.resultProperty().isNotNull());
        pane.managedProperty().bind(pane.visibleProperty());
        return pane;
    }

    private void showPreview(LayerPreview p) {
        if (p == null) {
            return;
        }
        facts.setText(messages.get("import.layer.facts", messages.get("geometry." + p.kind().name()), p.features(),
                p.encoding() == null ? "UTF-8" : p.encoding()));
        PreviewTable.fill(table, p.columns(), p.rows());
        table.setPlaceholder(new Label(messages.get("import.layer.noAttributes")));
        warnings.getChildren().clear();
        for (String w : p.warnings()) {
            warnings.getChildren().add(wrapped(w));
        }
        showCrsEvidence();
    }

    private void showCrsEvidence() {
        LayerPreview p = model.previewProperty().get();
        if (p == null) {
            crsEvidence.setText("");
            return;
        }
        CrsOption chosen = model.chosenCrsProperty().get();
        boolean overridden = chosen != null && p.crs() != null && chosen.code() != p.crs().code();
        String text;
        if (p.crsRequired() && chosen == null) {
            text = messages.get("import.crs.required." + p.crsEvidence().name());
        } else if (p.crsRequired() || overridden) {
            text = messages.get("import.crs.userChoice");
        } else {
            text = messages.get("import.crs.evidence." + p.crsEvidence().name())
                    + (p.crsReason() == null ? "" : "\n" + p.crsReason());
        }
        crsEvidence.setText(text);
        boolean missing = p.crsRequired() && chosen == null;
        crsEvidence.setStyle(missing ? "-fx-text-fill: #b00020; -fx-font-weight: bold;" : "-fx-text-fill: #333;");
    }

    private void showResult(LayerImportReport report) {
        if (report == null) {
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add(messages.get("import.layer.result", report.layer(), report.imported(), report.features(),
                report.repaired(), report.skipped(), "EPSG:" + report.sourceSrid()));
        lines.addAll(report.warnings());
        result.setText(String.join("\n", lines));
    }

    private static Label warningLabel(String id, String colour) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setStyle("-fx-text-fill: " + colour + ";");
        return label;
    }

    private static Label wrapped(String text) {
        Label label = new Label("• " + text);
        label.setWrapText(true);
        return label;
    }
}

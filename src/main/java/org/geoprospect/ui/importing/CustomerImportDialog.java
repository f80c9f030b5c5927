package org.geoprospect.ui.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.geoprospect.service.CsvImportSummary;
import org.geoprospect.service.CustomerFileKind;
import org.geoprospect.service.CustomerPreview;
import org.geoprospect.ui.Messages;

/**
 * The "Import customer file" dialog (View): the kind (guessed, changeable), the detected separator
 * and encoding, which header feeds each column, the ignored headers, how rows will be placed, the
 * first rows, then progress, Cancel and the result with the rejects file. Binds to a
 * {@link CustomerImportViewModel}.
 */
public final class CustomerImportDialog {
    private final CustomerImportViewModel model;
    private final Messages messages;
    private final Consumer<String> documentOpener;
    private final Stage stage = new Stage();
    private final TableView<List<String>> rows;
    private final Label mapping = new Label();
    private final Label facts = new Label();
    private final Label kindHint = new Label();
    private final Label ignored = new Label();
    private final Label placement = new Label();
    private final Label problem = new Label();
    private final Label result = new Label();
    private final TextField rejectsPath = new TextField();
    private final HBox rejectsBox;

    /**
     * @param documentOpener opens a folder in the system's file manager, or null when there is none
     */
    public CustomerImportDialog(Window owner, CustomerImportViewModel model, Messages messages,
                                Consumer<String> documentOpener) {
        this.model = model;
        this.messages = messages;
        this.documentOpener = documentOpener;
        rows = PreviewTable.create("customerPreviewTable", messages.get("import.preview.reading"));
        mapping.setId("customerMapping");
        mapping.setWrapText(true);
        mapping.setText(messages.get("import.preview.reading"));
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("import.customers.title", model.file().getFileName()));

        DialogFooter footer = new DialogFooter(model, messages, model.canImportProperty());
        footer.importButton.setOnAction(e -> model.importFile());
        footer.closeButton.setOnAction(e -> close());
        stage.setOnCloseRequest(e -> {
            if (!model.canClose()) {
                e.consume();
                model.cancel();
            } else {
                model.dispose();
            }
        });
        rejectsPath.setEditable(false);
        rejectsPath.setId("rejectsPath");
        HBox.setHgrow(rejectsPath, Priority.ALWAYS);
        Button openFolder = new Button(messages.get("import.customers.openFolder"));
        openFolder.setId("openRejectsFolder");
        openFolder.setOnAction(e -> openRejectsFolder());
        openFolder.setVisible(documentOpener != null);
        openFolder.setManaged(documentOpener != null);
        rejectsBox = new HBox(8, new Label(messages.get("import.customers.rejectsFile")), rejectsPath, openFolder);
        rejectsBox.setAlignment(Pos.CENTER_LEFT);

        TitledPane mappingPane = titled("import.customers.mapping", new VBox(6, mapping, ignored, placement));
        TitledPane rowsPane = titled("import.customers.rows", rows);
        rowsPane.setMaxHeight(Double.MAX_VALUE);
        rows.setMinHeight(110);
        mappingPane.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox.setVgrow(rowsPane, Priority.ALWAYS);
        VBox body = new VBox(10, header(), mappingPane, rowsPane, resultPane());
        body.setPadding(new Insets(12));
        BorderPane root = new BorderPane(body);
        footer.setPadding(new Insets(0, 12, 12, 12));
        root.setBottom(footer);
        root.setId("customerImportDialog");
        stage.setScene(new Scene(root));

        model.previewProperty().addListener((o, a, p) -> showPreview(p));
        model.resultProperty().addListener((o, a, r) -> showResult(r));
    }

    /** Shows the dialog and starts reading the preview. */
    public void show() {
        org.geoprospect.ui.WindowSizing.apply(stage, new org.geoprospect.ui.WindowSizing.Size(940, 780),
                new org.geoprospect.ui.WindowSizing.Size(680, 520));
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
        grid.addRow(0, new Label(messages.get("import.file")), new Label(model.file().toAbsolutePath().toString()));

        ComboBox<CustomerFileKind> kind = new ComboBox<>();
        kind.getItems().setAll(CustomerFileKind.values());
        kind.setId("customerKind");
        kind.setButtonCell(new KindCell());
        kind.setCellFactory(v -> new KindCell());
        kind.valueProperty().bindBidirectional(model.kindProperty());
        kind.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            ImportPhase phase = model.phaseProperty().get();
            return phase != ImportPhase.READY && phase != ImportPhase.PREVIEW_FAILED;
        }, model.phaseProperty()));
        kindHint.setStyle("-fx-text-fill: #555;");
        HBox kindRow = new HBox(10, kind, kindHint);
        kindRow.setAlignment(Pos.CENTER_LEFT);
        grid.addRow(1, new Label(messages.get("import.customers.kind")), kindRow);
        facts.setId("customerFacts");
        facts.setText(messages.get("import.preview.reading"));
        grid.addRow(2, new Label(messages.get("import.customers.format")), facts);
        problem.setId("customerProblem");
        problem.setWrapText(true);
        problem.setStyle("-fx-text-fill: #b00020; -fx-font-weight: bold;");
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setVisible(false);
        grid.add(problem, 0, 3, 2, 1);
        return grid;
    }

    private TitledPane resultPane() {
        result.setId("customerResult");
        result.setWrapText(true);
        rejectsBox.setVisible(false);
        rejectsBox.managedProperty().bind(rejectsBox.visibleProperty());
        TitledPane pane = new TitledPane(messages.get("import.result.title"), new VBox(6, result, rejectsBox));
        pane.setCollapsible(false);
        pane.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        pane.visibleProperty().bind(model.resultProperty().isNotNull());
        pane.managedProperty().bind(pane.visibleProperty());
        return pane;
    }

    private void showPreview(CustomerPreview p) {
        if (p == null) {
            return;
        }
        kindHint.setText(p.guessedKind() == null ? messages.get("import.customers.noGuess")
                : p.guessedKind() == p.kind() ? messages.get("import.customers.guessed")
                : messages.get("import.customers.guessedOther", kindLabel(p.guessedKind())));
        facts.setText(messages.get("import.customers.facts", separatorLabel(p.separatorName()), p.encoding(),
                p.totalRows()));
        List<String> pairs = new ArrayList<>();
        for (Map.Entry<String, String> entry : p.columns().entrySet()) {
            pairs.add(entry.getKey() + " ← " + entry.getValue());
        }
        mapping.setText(pairs.isEmpty() ? messages.get("import.customers.noMapping") : String.join("    ", pairs));
        ignored.setText(p.ignoredColumns().isEmpty() ? messages.get("import.customers.noIgnored")
                : messages.get("import.customers.ignored", String.join(", ", p.ignoredColumns())));
        ignored.setWrapText(true);
        placement.setText(placementText(p));
        placement.setWrapText(true);
        problem.setText(p.problem() == null ? "" : p.problem());
        problem.setVisible(p.problem() != null);
        PreviewTable.fill(rows, p.headers(), p.rows());
        rows.setPlaceholder(new Label(messages.get("import.customers.noRows")));
    }

    private String placementText(CustomerPreview p) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Long> entry : p.placedBy().entrySet()) {
            parts.add(messages.get("import.customers.placedBy", entry.getValue(), messages.get("placement." + entry.getKey())));
        }
        // Objections are matched to households by code, email or phone: they have no place on the map.
        String text = p.kind() == CustomerFileKind.OBJECTIONS ? ""
                : messages.get("import.customers.sample", p.sampleRows()) + " "
                + (parts.isEmpty() ? messages.get("import.customers.placedNone") : String.join(", ", parts)) + ".";
        if (p.sampleRejected() > 0) {
            text += (text.isEmpty() ? "" : "\n") + messages.get("import.customers.sampleRejected", p.sampleRejected(), p.firstRejection());
        }
        if (!p.notes().isEmpty()) {
            text += (text.isEmpty() ? "" : "\n") + String.join("\n", p.notes());
        }
        return text;
    }

    private void showResult(CsvImportSummary summary) {
        if (summary == null) {
            return;
        }
        result.setText(messages.get("import.customers.result", summary.read(), summary.imported(), summary.updated(),
                summary.rejected()));
        rejectsBox.setVisible(summary.rejectsFile() != null);
        rejectsPath.setText(summary.rejectsFile() == null ? "" : summary.rejectsFile());
    }

    private void openRejectsFolder() {
        String file = rejectsPath.getText();
        if (documentOpener != null && !file.isEmpty()) {
            Path folder = Path.of(file).getParent();
            documentOpener.accept(folder.toUri().toString());
        }
    }

    private String separatorLabel(String name) {
        return switch (name) {
            case "comma", "semicolon", "tab" -> messages.get("separator." + name);
            default -> name;
        };
    }

    private String kindLabel(CustomerFileKind kind) {
        return messages.get("kind." + kind.code());
    }

    private TitledPane titled(String key, javafx.scene.Node content) {
        TitledPane pane = new TitledPane(messages.get(key), content);
        pane.setCollapsible(false);
        return pane;
    }

    /** Shows a kind by its translated name. */
    private final class KindCell extends ListCell<CustomerFileKind> {
        @Override
        protected void updateItem(CustomerFileKind item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : kindLabel(item));
        }
    }
}

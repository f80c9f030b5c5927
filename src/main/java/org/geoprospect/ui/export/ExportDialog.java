package org.geoprospect.ui.export;

import java.io.File;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.geoprospect.ui.Messages;
import org.geoprospect.ui.target.Choice;

/**
 * The "Export list" dialog (View) bound to an {@link ExportViewModel}: channel or pseudonymised list,
 * columns, separator, file; then the progress and the summary (exported, left out by reason, file and
 * sidecar), or one sentence when it failed.
 */
public final class ExportDialog {
    private final Stage stage = new Stage();
    private final ExportViewModel model;
    private final Messages m;

    public ExportDialog(Window owner, ExportViewModel model, Messages messages) {
        this.model = model;
        this.m = messages;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(m.get("exportList.title"));
        stage.setScene(new Scene(content()));
    }

    public void show() {
        org.geoprospect.ui.WindowSizing.apply(stage, new org.geoprospect.ui.WindowSizing.Size(560, 520),
                new org.geoprospect.ui.WindowSizing.Size(480, 400));
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    private VBox content() {
        Label header = new Label(m.get("exportList.header", model.householdCount()));
        header.setId("exportHeader");
        header.setWrapText(true);
        header.setStyle("-fx-font-weight: bold;");
        ComboBox<org.geoprospect.ui.target.CodeLabel> mode = new ComboBox<>(model.modes());
        mode.setId("exportMode");
        mode.valueProperty().bindBidirectional(model.modeProperty());
        ComboBox<org.geoprospect.ui.target.CodeLabel> separator = new ComboBox<>(model.separators());
        separator.setId("exportSeparator");
        separator.valueProperty().bindBidirectional(model.separatorProperty());
        FlowPane columns = new FlowPane(10, 4);
        columns.setId("exportColumns");
        Runnable fill = () -> columns.getChildren().setAll(model.columns().stream().map(this::columnBox).toList());
        fill.run();
        model.columns().addListener((ListChangeListener<Choice>) c -> fill.run());
        Label columnsNote = new Label(m.get("exportList.columns.note"));
        columnsNote.setWrapText(true);
        columnsNote.setStyle("-fx-text-fill: #555;");
        TextField file = new TextField();
        file.setId("exportFile");
        file.textProperty().bindBidirectional(model.fileTextProperty());
        file.setPromptText(m.get("exportList.file.prompt"));
        Button choose = new Button(m.get("exportList.choose"));
        choose.setId("exportChoose");
        choose.setOnAction(e -> chooseFile());
        HBox.setHgrow(file, Priority.ALWAYS);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, label("exportList.mode"), mode);
        grid.addRow(1, label("exportList.columns"), new VBox(4, columns, columnsNote));
        grid.addRow(2, label("exportList.separator"), separator);
        grid.addRow(3, label("exportList.file"), new HBox(6, file, choose));
        GridPane.setHgrow(columns, Priority.ALWAYS);

        ProgressBar progress = new ProgressBar();
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.runningProperty());
        Label summary = new Label();
        summary.setId("exportSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        Label problem = new Label();
        problem.setId("exportProblem");
        problem.setWrapText(true);
        problem.setStyle("-fx-text-fill: #b00020;");
        problem.textProperty().bind(model.problemProperty());

        Button export = new Button(m.get("exportList.export"));
        export.setId("exportRun");
        export.setDefaultButton(true);
        export.disableProperty().bind(model.runningProperty().or(model.fileProperty().isNull()));
        export.setOnAction(e -> model.export());
        // One button: it stops a running export (nothing is left half-written), else closes the dialog.
        Button close = new Button();
        close.setId("exportClose");
        close.setCancelButton(true);
        close.textProperty().bind(javafx.beans.binding.Bindings.when(model.runningProperty())
                .then(m.get("exportList.cancel")).otherwise(m.get("exportList.close")));
        close.setOnAction(e -> {
            if (model.runningProperty().get()) {
                model.cancel();
            } else {
                stage.close();
            }
        });
        stage.setOnCloseRequest(e -> {
            if (model.runningProperty().get()) {
                model.cancel();
                e.consume();
            }
        });
        HBox buttons = new HBox(8, export, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox root = new VBox(12, header, grid, progress, summary, problem, buttons);
        root.setPadding(new Insets(14));
        VBox.setVgrow(summary, Priority.ALWAYS);
        return root;
    }

    private Label label(String key) {
        Label label = new Label(m.get(key));
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    private Node columnBox(Choice choice) {
        CheckBox box = new CheckBox(choice.label());
        box.setId("exportColumn-" + choice.code());
        box.selectedProperty().bindBidirectional(choice.selectedProperty());
        return box;
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("exportList.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("exportList.filter"), "*.csv"));
        java.nio.file.Path current = model.fileProperty().get();
        if (current != null) {
            chooser.setInitialFileName(current.getFileName().toString());
            File folder = current.getParent() == null ? null : current.getParent().toFile();
            if (folder != null && folder.isDirectory()) {
                chooser.setInitialDirectory(folder);
            }
        }
        File chosen = chooser.showSaveDialog(stage);
        if (chosen != null) {
            File csv = chosen.getName().toLowerCase(Locale.ROOT).endsWith(".csv") ? chosen
                    : new File(chosen.getParentFile(), chosen.getName() + ".csv");
            model.chooseFile(csv.toPath());
        }
    }
}

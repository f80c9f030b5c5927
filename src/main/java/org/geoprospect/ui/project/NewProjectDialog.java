package org.geoprospect.ui.project;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.geoprospect.ui.Messages;
import org.geoprospect.ui.WindowSizing;

/**
 * File ▸ New project… (View): binds the fields of a {@link NewProjectViewModel}; Create (Enter) makes
 * the project in the background and hands its folder to the caller, which opens it. FX thread only.
 */
public final class NewProjectDialog {
    private final Stage stage = new Stage();
    private final NewProjectViewModel model;
    private final Messages messages;
    private final Consumer<Path> onCreated;

    /**
     * @param onCreated receives the new project's folder once it exists (the dialog has closed)
     */
    public NewProjectDialog(Window owner, NewProjectViewModel model, Messages messages, Consumer<Path> onCreated) {
        this.model = model;
        this.messages = messages;
        this.onCreated = onCreated;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("project.new.title"));
        stage.setScene(new Scene(content()));
        stage.setOnCloseRequest(e -> {
            if (model.busyProperty().get()) {
                model.cancel();
                e.consume();
            }
        });
        WindowSizing.apply(stage, new WindowSizing.Size(640, 560), new WindowSizing.Size(520, 480));
    }

    /** Shows the dialog with the name field focused. */
    public void show() {
        stage.show();
        stage.getScene().lookup("#newProjectName").requestFocus();
    }

    private VBox content() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);

        TextField name = new TextField();
        name.setId("newProjectName");
        name.setPromptText(messages.get("project.new.name.prompt"));
        name.textProperty().bindBidirectional(model.nameProperty());
        grid.addRow(0, new Label(messages.get("project.new.name")), name);

        TextField location = new TextField();
        location.setId("newProjectLocation");
        location.textProperty().bindBidirectional(model.locationProperty());
        Button browse = new Button(messages.get("project.new.browse"));
        browse.setId("newProjectBrowse");
        browse.setOnAction(e -> chooseLocation());
        HBox.setHgrow(location, Priority.ALWAYS);
        grid.addRow(1, new Label(messages.get("project.new.location")), new HBox(6, location, browse));

        Label folder = new Label();
        folder.setId("newProjectFolder");
        folder.setWrapText(true);
        folder.textProperty().bind(model.folderProperty());
        folder.setStyle("-fx-text-fill: #555;");
        grid.addRow(2, new Label(messages.get("project.new.folder")), folder);

        grid.addRow(3, new Label(messages.get("project.new.crs")), crsChoice());

        CheckBox demo = new CheckBox(messages.get("project.new.demo"));
        demo.setId("newProjectDemo");
        demo.setWrapText(true);
        demo.selectedProperty().bindBidirectional(model.demoProperty());
        grid.add(demo, 1, 4);

        grid.addRow(5, new Label(messages.get("project.new.security")), encryption());

        Label problem = new Label();
        problem.setId("newProjectProblem");
        problem.setWrapText(true);
        problem.setStyle("-fx-text-fill: #b00020;");
        problem.textProperty().bind(javafx.beans.binding.Bindings.when(model.failureProperty().isEmpty())
                .then(model.problemProperty()).otherwise(model.failureProperty()));

        ProgressBar progress = new ProgressBar();
        progress.setId("newProjectProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(model.busyProperty());

        Button cancel = new Button(messages.get("project.new.cancel"));
        cancel.setId("newProjectCancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> {
            if (model.busyProperty().get()) {
                model.cancel();
            } else {
                stage.close();
            }
        });
        Button create = new Button(messages.get("project.new.create"));
        create.setId("newProjectCreate");
        create.setDefaultButton(true);
        create.disableProperty().bind(model.creatableBinding().not());
        create.setOnAction(e -> model.create(created -> {
            stage.close();
            onCreated.accept(created);
        }));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, spacer, cancel, create);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox root = new VBox(12, grid, problem, progress, buttons);
        root.setPadding(new Insets(16));
        grid.disableProperty().bind(model.busyProperty());
        return root;
    }

    private VBox crsChoice() {
        ToggleGroup group = new ToggleGroup();
        RadioButton firstLayer = radio(group, "newProjectCrsFirstLayer", "project.new.crs.firstLayer", NewProjectViewModel.CrsMode.FIRST_LAYER);
        RadioButton lambert = radio(group, "newProjectCrsLambert", "project.new.crs.lambert93", NewProjectViewModel.CrsMode.LAMBERT_93);
        RadioButton code = radio(group, "newProjectCrsCode", "project.new.crs.code", NewProjectViewModel.CrsMode.CODE);
        group.selectToggle(firstLayer);
        group.selectedToggleProperty().addListener((o, a, chosen) -> {
            if (chosen != null) {
                model.crsModeProperty().set((NewProjectViewModel.CrsMode) chosen.getUserData());
            }
        });
        TextField codeField = new TextField();
        codeField.setId("newProjectCrsCodeField");
        codeField.setPromptText("2154");
        codeField.setPrefColumnCount(8);
        codeField.textProperty().bindBidirectional(model.crsCodeProperty());
        codeField.disableProperty().bind(code.selectedProperty().not());
        codeField.focusedProperty().addListener((o, was, now) -> {
            if (now) {
                group.selectToggle(code);
            }
        });
        Label description = new Label();
        description.setId("newProjectCrsDescription");
        description.setWrapText(true);
        description.setStyle("-fx-text-fill: #555;");
        description.textProperty().bind(model.crsDescriptionProperty());
        VBox box = new VBox(4, firstLayer, lambert, new HBox(6, code, codeField), description);
        box.disableProperty().bind(model.demoProperty());
        return box;
    }

    private RadioButton radio(ToggleGroup group, String id, String key, NewProjectViewModel.CrsMode mode) {
        RadioButton button = new RadioButton(messages.get(key));
        button.setId(id);
        button.setToggleGroup(group);
        button.setUserData(mode);
        return button;
    }

    private VBox encryption() {
        CheckBox encrypt = new CheckBox(messages.get("project.new.encrypt"));
        encrypt.setId("newProjectEncrypt");
        encrypt.setWrapText(true);
        encrypt.selectedProperty().bindBidirectional(model.encryptProperty());
        PasswordField passphrase = new PasswordField();
        passphrase.setId("newProjectPassphrase");
        passphrase.setPromptText(messages.get("project.new.passphrase"));
        passphrase.textProperty().bindBidirectional(model.passphrase);
        PasswordField confirmation = new PasswordField();
        confirmation.setId("newProjectConfirmation");
        confirmation.setPromptText(messages.get("project.new.confirmation"));
        confirmation.textProperty().bindBidirectional(model.confirmation);
        HBox secrets = new HBox(6, passphrase, confirmation);
        secrets.visibleProperty().bind(encrypt.selectedProperty());
        secrets.managedProperty().bind(encrypt.selectedProperty());
        Label warning = new Label(messages.get("project.new.encrypt.warning"));
        warning.setWrapText(true);
        warning.setStyle("-fx-text-fill: #555;");
        warning.visibleProperty().bind(encrypt.selectedProperty());
        warning.managedProperty().bind(encrypt.selectedProperty());
        return new VBox(4, encrypt, secrets, warning);
    }

    private void chooseLocation() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("project.new.location.choose"));
        File current = new File(model.locationProperty().get());
        if (current.isDirectory()) {
            chooser.setInitialDirectory(current);
        }
        File chosen = chooser.showDialog(stage);
        if (chosen != null) {
            model.locationProperty().set(chosen.getAbsolutePath());
        }
    }
}

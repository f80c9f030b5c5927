package org.geoprospect.ui.target;

import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.geoprospect.service.SavedTargetInfo;
import org.geoprospect.ui.Messages;

/**
 * Saved targets (View): a name and "Save", the list, and Run / Load / Rename / Delete on the selected
 * one, bound to a {@link SavedTargetsViewModel}; {@code exportAction} opens the export dialog.
 */
public final class SavedTargetsPanel extends VBox {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public SavedTargetsPanel(SavedTargetsViewModel model, Messages m, Runnable exportAction) {
        super(6);
        setId("savedTargetsPanel");
        setPadding(new Insets(6, 4, 4, 4));
        setStyle("-fx-border-color: #c8c8c8 transparent transparent transparent;");
        TextField name = new TextField();
        name.setId("targetName");
        name.setPromptText(m.get("target.prompt.name"));
        name.textProperty().bindBidirectional(model.nameProperty());
        Button save = new Button(m.get("target.save"));
        save.setId("saveTarget");
        save.setDefaultButton(false);
        save.disableProperty().bind(model.nameProperty().isEmpty());
        save.setOnAction(e -> model.save());
        Button export = new Button(m.get("target.export"));
        export.setId("exportTarget");
        export.setOnAction(e -> exportAction.run());
        HBox.setHgrow(name, Priority.ALWAYS);
        HBox saveRow = new HBox(6, name, save, export);
        saveRow.setAlignment(Pos.CENTER_LEFT);

        ListView<SavedTargetInfo> list = new ListView<>(model.targets());
        list.setId("savedTargets");
        list.setPrefHeight(110);
        // Three rows at least, even on a laptop screen where the criteria take the height.
        list.setMinHeight(80);
        list.setPlaceholder(new Label(m.get("target.none.saved")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(SavedTargetInfo item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null
                        : item.name() + "   (" + WHEN.format(item.updatedAt().toLocalDateTime()) + ")");
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, now) -> model.selectedProperty().set(now));
        model.selectedProperty().addListener((o, a, now) -> {
            if (now != list.getSelectionModel().getSelectedItem()) {
                list.getSelectionModel().select(now);
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                model.loadSelected();
            }
        });
        Button run = button("runTarget", m.get("target.run"), model, e -> model.run());
        Button load = button("loadTarget", m.get("target.load"), model, e -> model.loadSelected());
        Button rename = button("renameTarget", m.get("target.rename"), model, e -> askRename(model, m));
        Button delete = button("deleteTarget", m.get("target.delete"), model, e -> askDelete(model, m));
        Label status = new Label();
        status.setId("savedTargetsStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        getChildren().addAll(new Label(m.get("target.section.saved")), saveRow, list, new HBox(6, run, load, rename, delete), status);
    }

    private static Button button(String id, String text, SavedTargetsViewModel model,
                                 javafx.event.EventHandler<javafx.event.ActionEvent> action) {
        Button button = new Button(text);
        button.setId(id);
        button.disableProperty().bind(model.selectedProperty().isNull());
        button.setOnAction(action);
        return button;
    }

    private void askRename(SavedTargetsViewModel model, Messages m) {
        SavedTargetInfo target = model.selectedProperty().get();
        TextInputDialog dialog = new TextInputDialog(target.name());
        dialog.initOwner(getScene().getWindow());
        dialog.setTitle(m.get("target.rename.title"));
        dialog.setHeaderText(m.get("target.rename.header", target.name()));
        Optional<String> answer = dialog.showAndWait();
        answer.filter(s -> !s.isBlank() && !s.equals(target.name())).ifPresent(model::rename);
    }

    private void askDelete(SavedTargetsViewModel model, Messages m) {
        SavedTargetInfo target = model.selectedProperty().get();
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, m.get("target.delete.confirm", target.name()),
                ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(getScene().getWindow());
        confirm.setHeaderText(null);
        if (confirm.showAndWait().filter(ButtonType.OK::equals).isPresent()) {
            model.delete();
        }
    }
}

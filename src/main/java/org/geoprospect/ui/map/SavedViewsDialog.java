package org.geoprospect.ui.map;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.geoprospect.service.SavedView;
import org.geoprospect.ui.Messages;

/**
 * View ▸ Manage saved views…: the list of saved views with Go to (or a double click), Rename… and
 * Delete, bound to a {@link SavedViewsModel}. A refused name shows its sentence under the list.
 */
public final class SavedViewsDialog {
    private SavedViewsDialog() {
    }

    /** Shows the manager and waits until it is closed. */
    public static void show(Window owner, Messages messages, SavedViewsModel model) {
        ListView<SavedView> list = new ListView<>(model.views());
        list.setId("savedViewsList");
        list.setPrefSize(320, 240);
        list.setPlaceholder(new Label(messages.get("views.manage.none")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(SavedView item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
            }
        });
        Label problem = new Label();
        problem.setId("savedViewsProblem");
        problem.setWrapText(true);
        problem.setStyle("-fx-text-fill: #b00020;");
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        Button goTo = new Button(messages.get("views.manage.goTo"));
        goTo.setId("goToView");
        goTo.setOnAction(e -> selected(list).ifPresent(v -> model.jumpTo(v.name())));
        Button rename = new Button(messages.get("views.manage.rename"));
        rename.setId("renameView");
        rename.setOnAction(e -> selected(list).ifPresent(v -> askRename(list.getScene().getWindow(), messages, model, v, problem)));
        Button delete = new Button(messages.get("views.manage.delete"));
        delete.setId("deleteView");
        delete.setOnAction(e -> selected(list).ifPresent(v -> askDelete(list.getScene().getWindow(), messages, model, v)));
        for (Button b : new Button[] {goTo, rename, delete}) {
            b.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        }
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                selected(list).ifPresent(v -> model.jumpTo(v.name()));
            }
        });
        VBox content = new VBox(8, list, new HBox(6, goTo, rename, delete), problem);
        content.setPadding(new Insets(10));
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(messages.get("views.manage.title"));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.showAndWait();
    }

    private static Optional<SavedView> selected(ListView<SavedView> list) {
        return Optional.ofNullable(list.getSelectionModel().getSelectedItem());
    }

    private static void askRename(Window owner, Messages messages, SavedViewsModel model, SavedView view, Label problem) {
        TextInputDialog ask = new TextInputDialog(view.name());
        ask.initOwner(owner);
        ask.setTitle(messages.get("views.rename.title"));
        ask.setHeaderText(messages.get("views.rename.header", view.name()));
        ask.getEditor().setId("renameViewName");
        ask.showAndWait().ifPresent(name -> {
            try {
                model.rename(view.name(), name);
                problem.setText("");
            } catch (IllegalArgumentException e) {
                problem.setText(e.getMessage()); // the model's sentence, written for the user
            }
        });
    }

    private static void askDelete(Window owner, Messages messages, SavedViewsModel model, SavedView view) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.get("views.delete.confirm", view.name()),
                ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(messages.get("views.manage.title"));
        alert.setHeaderText(null);
        if (alert.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK) {
            model.delete(view.name());
        }
    }
}

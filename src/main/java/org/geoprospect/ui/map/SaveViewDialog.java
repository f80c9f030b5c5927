package org.geoprospect.ui.map;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;
import org.geoprospect.service.SavedView;
import org.geoprospect.ui.Messages;

/**
 * View ▸ Save view…: asks a name (proposing "View n"), confirms before replacing a view of the same
 * name, and saves the current view through the {@link SavedViewsModel}.
 */
public final class SaveViewDialog {
    private SaveViewDialog() {
    }

    /**
     * Shows the dialog and waits.
     *
     * @param owner the window to centre on, or null
     * @return the view saved; empty when cancelled or when the map has no view yet
     */
    public static Optional<SavedView> ask(Window owner, Messages messages, SavedViewsModel model) {
        TextInputDialog dialog = new TextInputDialog(model.defaultName());
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(messages.get("views.save.title"));
        dialog.setHeaderText(messages.get("views.save.header"));
        dialog.getEditor().setId("saveViewName");
        dialog.getEditor().setPrefColumnCount(24);
        dialog.getEditor().textProperty().addListener((o, a, text) -> dialog.getDialogPane().lookupButton(ButtonType.OK)
                .setDisable(text == null || text.isBlank() || text.strip().length() > SavedView.MAX_NAME_LENGTH));
        dialog.setOnShown(e -> dialog.getEditor().selectAll());
        Optional<String> name = dialog.showAndWait();
        if (name.isEmpty()) {
            return Optional.empty();
        }
        if (model.exists(name.get()) && !confirmReplace(owner, messages, name.get().strip())) {
            return Optional.empty();
        }
        return model.saveCurrent(name.get());
    }

    private static boolean confirmReplace(Window owner, Messages messages, String name) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.get("views.save.replace", name),
                ButtonType.OK, ButtonType.CANCEL);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(messages.get("views.save.title"));
        alert.setHeaderText(null);
        return alert.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK;
    }
}

package org.geoprospect.ui.safety;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Window;
import org.geoprospect.service.ProjectRecovery.BackupEntry;
import org.geoprospect.ui.Messages;

/** The View of {@link RestoreBackupViewModel}: a list of backups, then a confirmation. */
public final class RestoreBackupDialog {
    private RestoreBackupDialog() {
    }

    /** Shows the list, asks for confirmation and restores the chosen backup. FX thread only. */
    public static void show(Window owner, Messages messages, RestoreBackupViewModel model) {
        if (!model.hasBackups()) {
            Alert none = new Alert(Alert.AlertType.INFORMATION, model.noBackupsText());
            none.initOwner(owner);
            none.setHeaderText(messages.get("restore.title"));
            none.showAndWait();
            return;
        }
        ListView<BackupEntry> list = new ListView<>();
        list.setId("backupList");
        list.getItems().setAll(model.backups());
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(BackupEntry item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : model.label(item));
            }
        });
        list.getSelectionModel().selectFirst();
        list.setPrefSize(420, 220);
        Dialog<BackupEntry> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("restore.title"));
        dialog.setHeaderText(messages.get("restore.header"));
        dialog.getDialogPane().setContent(list);
        ButtonType restore = new ButtonType(messages.get("restore.button"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(restore, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == restore ? list.getSelectionModel().getSelectedItem() : null);
        Optional<BackupEntry> chosen = dialog.showAndWait();
        if (chosen.isEmpty()) {
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, model.confirmation(chosen.get()), ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(owner);
        confirm.setHeaderText(messages.get("restore.title"));
        if (confirm.showAndWait().filter(b -> b == ButtonType.OK).isPresent()) {
            model.restore(chosen.get());
        }
    }
}

package org.geoprospect.ui.safety;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.geoprospect.service.BackupService;
import org.geoprospect.ui.Messages;

/**
 * File ▸ Automatic backups: how many of the automatic backups taken before every import and purge the
 * project keeps (1 to {@value BackupService#MAX_KEEP}). FX thread only; the caller reads and saves the
 * number off the FX thread.
 */
public final class AutomaticBackupsDialog {
    private AutomaticBackupsDialog() {
    }

    /**
     * Shows the number kept now and waits.
     *
     * @return the number chosen, empty when cancelled or unchanged
     */
    public static Optional<Integer> ask(Window owner, Messages messages, int current) {
        Spinner<Integer> keep = new Spinner<>(1, BackupService.MAX_KEEP, current);
        keep.setId("automaticBackupsKeep");
        keep.setEditable(true);
        Label explanation = new Label(messages.get("backups.keep.explanation"));
        explanation.setWrapText(true);
        explanation.setMaxWidth(420);
        VBox content = new VBox(10, explanation, new Label(messages.get("backups.keep.label")), keep);
        content.setPadding(new Insets(12));
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(messages.get("backups.keep.title"));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        if (dialog.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK || keep.getValue() == current) {
            return Optional.empty();
        }
        return Optional.of(keep.getValue());
    }
}

package org.geoprospect.ui.safety;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * The View of {@link OpenFailureViewModel}: an error alert with one button per way out. Closing the
 * alert without a choice counts as Quit, because the window has no project to show.
 */
public final class OpenFailureDialog {
    private OpenFailureDialog() {
    }

    /** Shows the dialog, waits for the choice and runs it. FX thread only. */
    public static void showAndChoose(Window owner, String title, OpenFailureViewModel model) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(title);
        alert.setHeaderText(model.header());
        String backup = model.backupText();
        alert.setContentText(backup.isEmpty() ? model.sentence() : model.sentence() + "\n\n" + backup);
        alert.getDialogPane().setId("openFailureDialog");
        Map<ButtonType, OpenFailureViewModel.Choice> byButton = new HashMap<>();
        alert.getButtonTypes().clear();
        for (OpenFailureViewModel.Choice choice : model.choices()) {
            ButtonBar.ButtonData data = choice == OpenFailureViewModel.Choice.QUIT
                    ? ButtonBar.ButtonData.CANCEL_CLOSE : ButtonBar.ButtonData.OTHER;
            ButtonType button = new ButtonType(model.label(choice), data);
            byButton.put(button, choice);
            alert.getButtonTypes().add(button);
        }
        Optional<ButtonType> answer = alert.showAndWait();
        model.choose(answer.map(byButton::get).orElse(OpenFailureViewModel.Choice.QUIT));
    }
}

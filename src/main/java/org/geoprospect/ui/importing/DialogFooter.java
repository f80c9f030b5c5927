package org.geoprospect.ui.importing;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.geoprospect.ui.Messages;

/**
 * The bottom of an import dialog, bound to its {@link ImportDialogModel}: the error sentence, the
 * notice, the progress bar with its caption, and the Import, Cancel and Close buttons.
 */
final class DialogFooter extends VBox {
    final Button importButton;
    final Button closeButton;

    DialogFooter(ImportDialogModel model, Messages messages, javafx.beans.value.ObservableBooleanValue canImport) {
        super(8);
        Label error = new Label();
        error.setId("importError");
        error.setWrapText(true);
        error.setStyle("-fx-text-fill: #b00020; -fx-font-weight: bold;");
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());

        Label notice = new Label();
        notice.setId("importNotice");
        notice.setWrapText(true);
        notice.setStyle("-fx-text-fill: #1a5e20;");
        notice.textProperty().bind(model.noticeProperty());
        notice.visibleProperty().bind(model.noticeProperty().isNotNull());
        notice.managedProperty().bind(notice.visibleProperty());

        ProgressBar progress = new ProgressBar();
        progress.setId("importProgress");
        progress.setPrefWidth(260);
        progress.progressProperty().bind(model.progressProperty());
        Label caption = new Label();
        caption.setId("importProgressCaption");
        caption.textProperty().bind(Bindings.createStringBinding(() -> switch (model.phaseProperty().get()) {
            case PREVIEWING -> messages.get("import.progress.preview");
            case IMPORTING -> model.cancellingProperty().get() ? messages.get("import.progress.cancelling")
                    : messages.get("import.progress.import");
            default -> "";
        }, model.phaseProperty(), model.cancellingProperty()));
        var busy = model.inPhase(ImportPhase.PREVIEWING).or(model.inPhase(ImportPhase.IMPORTING));
        progress.visibleProperty().bind(busy);
        caption.visibleProperty().bind(busy);

        importButton = new Button(messages.get("import.button.import"));
        importButton.setId("importButton");
        importButton.setDefaultButton(true);
        importButton.disableProperty().bind(Bindings.not(canImport));
        importButton.visibleProperty().bind(model.inPhase(ImportPhase.DONE).not());
        importButton.managedProperty().bind(importButton.visibleProperty());
        Button cancel = new Button(messages.get("import.button.cancel"));
        cancel.setId("importCancel");
        cancel.setOnAction(e -> model.cancel());
        cancel.disableProperty().bind(busy.not().or(model.cancellingProperty()));
        closeButton = new Button(messages.get("import.button.close"));
        closeButton.setId("importClose");
        closeButton.setCancelButton(true);
        closeButton.disableProperty().bind(model.inPhase(ImportPhase.IMPORTING));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, progress, caption, spacer, importButton, cancel, closeButton);
        bar.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(error, notice, bar);
        setPadding(new Insets(10, 0, 0, 0));
    }
}

package org.geoprospect.ui.safety;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.geoprospect.ui.Messages;

/**
 * Asks for an encrypted project's passphrase in a dialog; registered with
 * {@code Passphrases.askWith} when the application starts. The store asks from the loader's
 * background thread: the dialog is shown on the FX thread and that thread waits for the answer. Asked
 * on the FX thread itself, the dialog is shown directly. Thread-safe.
 */
public final class PassphraseAsker implements Function<Path, Optional<char[]>> {
    private final Messages messages;
    private final Supplier<Window> owner;

    /** @param owner the window to centre the dialog on; may supply null */
    public PassphraseAsker(Messages messages, Supplier<Window> owner) {
        this.messages = messages;
        this.owner = owner;
    }

    /** The passphrase typed, or empty when the user cancelled (the store then reports it is needed). */
    @Override
    public Optional<char[]> apply(Path projectDir) {
        if (Platform.isFxApplicationThread()) {
            return ask(projectDir);
        }
        CompletableFuture<Optional<char[]>> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                answer.complete(ask(projectDir));
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            throw new IllegalStateException("The passphrase dialog failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private Optional<char[]> ask(Path projectDir) {
        Dialog<char[]> dialog = new Dialog<>();
        Window window = owner.get();
        if (window != null) {
            dialog.initOwner(window);
        }
        dialog.setTitle(messages.get("passphrase.title"));
        dialog.setHeaderText(messages.get("passphrase.header", projectDir.getFileName() == null ? projectDir : projectDir.getFileName()));
        PasswordField field = new PasswordField();
        field.setId("passphraseField");
        dialog.getDialogPane().setContent(new VBox(8, new Label(messages.get("passphrase.prompt")), field));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK && !field.getText().isEmpty()
                ? field.getText().toCharArray() : null);
        Platform.runLater(field::requestFocus);
        Optional<char[]> typed = dialog.showAndWait();
        field.clear();
        return typed;
    }
}

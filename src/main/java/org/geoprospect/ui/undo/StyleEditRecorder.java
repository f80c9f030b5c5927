package org.geoprospect.ui.undo;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.geoprospect.render.LayerLook;
import org.geoprospect.service.LayerStyleService;
import org.geoprospect.ui.Messages;
import org.geoprospect.ui.layers.LayerListModel;
import org.geoprospect.ui.layers.LayerPersistence;

/**
 * The layers panel's persistence in the main window: each change becomes a {@link StyleCommands}
 * command, performed (saved in the project) and recorded in the {@link UndoHistory}, so that Edit ▸
 * Undo takes it back on screen and in the project. The saves run one after another on one background
 * thread, so two quick edits of the same layer reach the project in the order they were made.
 * Called on the FX thread; failures reach {@code onFailure} on the FX thread.
 */
public final class StyleEditRecorder implements LayerPersistence {
    /** One thread for every window: the edits are few and must stay in order. */
    private static final ExecutorService SERIAL = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "geoprospect-style-edits");
        t.setDaemon(true);
        return t;
    });

    private final Messages messages;
    private final LayerStyleService styles;
    private final Supplier<Path> projectFolder;
    private final StyleCommands.Screen screen;
    private final UndoHistory history;
    private final Consumer<Throwable> onFailure;

    /**
     * @param projectFolder the open project's folder, or null (then edits are undoable on screen only)
     * @param layers        the map's layer list, where undo and redo show the edits again
     * @param onFailure     told (on the FX thread) when a save failed; the edit is then not recorded
     */
    public StyleEditRecorder(Messages messages, LayerStyleService styles, Supplier<Path> projectFolder,
                             LayerListModel layers, UndoHistory history, Consumer<Throwable> onFailure) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.styles = Objects.requireNonNull(styles, "styles");
        this.projectFolder = Objects.requireNonNull(projectFolder, "projectFolder");
        this.screen = StyleCommands.screenOf(layers);
        this.history = Objects.requireNonNull(history, "history");
        this.onFailure = Objects.requireNonNull(onFailure, "onFailure");
    }

    @Override
    public void saveOrder(List<String> bottomToTop) {
        orderChanged(bottomToTop, bottomToTop);
    }

    @Override
    public void saveLook(String layerName, LayerLook look) {
        lookChanged(layerName, look, look);
    }

    @Override
    public void lookChanged(String layerName, LayerLook before, LayerLook after) {
        if (before.equals(after)) {
            return; // e.g. the opacity slider released where it was: nothing to save or undo
        }
        perform(commands().look(layerName, before, after));
    }

    @Override
    public void orderChanged(List<String> before, List<String> after) {
        if (before.equals(after)) {
            return;
        }
        perform(commands().order(before, after));
    }

    @Override
    public void visibilityChanged(String layerName, boolean visible) {
        perform(commands().visibility(layerName, visible));
    }

    private StyleCommands commands() {
        return new StyleCommands(messages, styles, projectFolder.get(), screen);
    }

    private void perform(UndoableCommand command) {
        SERIAL.execute(() -> {
            try {
                history.perform(command);
            } catch (RuntimeException e) {
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }
}

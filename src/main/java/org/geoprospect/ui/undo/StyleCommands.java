package org.geoprospect.ui.undo;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.geoprospect.render.LayerLook;
import org.geoprospect.service.LayerStyleService;
import org.geoprospect.ui.Messages;
import org.geoprospect.ui.layers.LayerListModel;

/**
 * Undoable edits of the layers panel, through {@link LayerStyleService}: a layer's look (its drawing rules,
 * opacity, labels), the drawing order, and a layer shown or hidden. Each command saves the
 * look or order in the project (visibility is not kept by the project, so it only changes the screen)
 * and, on undo and redo, puts it back on the {@link Screen}. The first execution leaves the screen
 * alone: it already shows the edit the user just made.
 *
 * <p>Stateless factory; the commands block and run off the FX thread.
 */
public final class StyleCommands {
    /** Where undo and redo show a look, order or visibility again (the map's layer list). */
    public interface Screen {
        /** Shows nothing (tests of the project side). */
        Screen NONE = new Screen() {
            @Override
            public void look(String layerName, LayerLook look) {
            }

            @Override
            public void order(List<String> bottomToTop) {
            }

            @Override
            public void visibility(String layerName, boolean visible) {
            }
        };

        void look(String layerName, LayerLook look);

        void order(List<String> bottomToTop);

        void visibility(String layerName, boolean visible);
    }

    private final Messages messages;
    private final LayerStyleService styles;
    private final Path project;
    private final Screen screen;

    /**
     * @param project the open project's folder; null when the window has none (then the commands only
     *                change the screen)
     */
    public StyleCommands(Messages messages, LayerStyleService styles, Path project, Screen screen) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.styles = Objects.requireNonNull(styles, "styles");
        this.project = project;
        this.screen = Objects.requireNonNull(screen, "screen");
    }

    /** The screen of the map's layer list: each change is posted to the FX thread. */
    public static Screen screenOf(LayerListModel layers) {
        Objects.requireNonNull(layers, "layers");
        return new Screen() {
            @Override
            public void look(String layerName, LayerLook look) {
                Platform.runLater(() -> layers.restoreLook(layerName, look));
            }

            @Override
            public void order(List<String> bottomToTop) {
                Platform.runLater(() -> layers.restoreOrder(bottomToTop));
            }

            @Override
            public void visibility(String layerName, boolean visible) {
                Platform.runLater(() -> layers.restoreVisibility(layerName, visible));
            }
        };
    }

    /** A layer's look changed from {@code before} to {@code after}. */
    public UndoableCommand look(String layerName, LayerLook before, LayerLook after) {
        Objects.requireNonNull(layerName, "layerName");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        return new Command<>(messages.get(lookKey(before, after), layerName), look -> {
            if (project != null) {
                styles.saveLook(project, layerName, look);
            }
        }, look -> screen.look(layerName, look), before, after);
    }

    /** The layers were reordered (names bottom first). */
    public UndoableCommand order(List<String> before, List<String> after) {
        return new Command<>(messages.get("undo.layerOrder"), order -> {
            if (project != null) {
                styles.reorder(project, order);
            }
        }, screen::order, List.copyOf(before), List.copyOf(after));
    }

    /** A layer was shown ({@code visible}) or hidden. */
    public UndoableCommand visibility(String layerName, boolean visible) {
        Objects.requireNonNull(layerName, "layerName");
        return new Command<>(messages.get(visible ? "undo.layerShow" : "undo.layerHide", layerName),
                shown -> { }, shown -> screen.visibility(layerName, shown), !visible, visible);
    }

    /** Names what changed, so that the Edit menu says "Undo changing the opacity of roads". */
    private static String lookKey(LayerLook before, LayerLook after) {
        boolean sameStyle = before.withOpacity(after.opacity()).withLabels(after.labels()).equals(after);
        if (sameStyle && before.labels() == after.labels()) {
            return "undo.layerOpacity";
        }
        if (sameStyle && before.opacity() == after.opacity()) {
            return "undo.layerLabels";
        }
        return "undo.layerStyle";
    }

    /**
     * One edit between two values: {@code save} keeps a value in the project, {@code show} puts it on
     * screen. Not shown on its first execution (the screen already shows it).
     */
    private static final class Command<T> implements UndoableCommand {
        private final String description;
        private final Consumer<T> save;
        private final Consumer<T> show;
        private final T before;
        private final T after;
        private boolean shownAlready = true;

        Command(String description, Consumer<T> save, Consumer<T> show, T before, T after) {
            this.description = description;
            this.save = save;
            this.show = show;
            this.before = before;
            this.after = after;
        }

        @Override
        public String description() {
            return description;
        }

        @Override
        public synchronized void execute() {
            save.accept(after);
            if (!shownAlready) {
                show.accept(after);
            }
            shownAlready = false;
        }

        @Override
        public synchronized void undo() {
            save.accept(before);
            show.accept(before);
        }
    }
}

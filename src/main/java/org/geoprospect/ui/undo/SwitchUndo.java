package org.geoprospect.ui.undo;

import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;

/**
 * Makes a screen switch (a point layer shown or hidden) an undoable edit: each change the user makes
 * is recorded in the {@link UndoHistory} as a command that flips the switch back (undo) or again
 * (redo). The changes made by undo and redo themselves are not recorded again. Install on the FX
 * thread; the commands may run on any thread and hand the change to the FX thread.
 */
public final class SwitchUndo {
    private final BooleanProperty property;
    private final String shownDescription;
    private final String hiddenDescription;
    private final UndoHistory history;
    private boolean replaying;

    private SwitchUndo(BooleanProperty property, String shownDescription, String hiddenDescription, UndoHistory history) {
        this.property = property;
        this.shownDescription = shownDescription;
        this.hiddenDescription = hiddenDescription;
        this.history = history;
    }

    /**
     * Starts recording the user's changes of {@code property}.
     *
     * @param shownDescription  the Edit menu's words for switching it on, e.g. "showing the clients"
     * @param hiddenDescription the words for switching it off
     */
    public static void install(BooleanProperty property, String shownDescription, String hiddenDescription,
                               UndoHistory history) {
        SwitchUndo undo = new SwitchUndo(Objects.requireNonNull(property, "property"),
                Objects.requireNonNull(shownDescription, "shownDescription"),
                Objects.requireNonNull(hiddenDescription, "hiddenDescription"), Objects.requireNonNull(history, "history"));
        property.addListener((o, was, now) -> {
            if (!undo.replaying && was != now) {
                history.record(undo.new Flip(now));
            }
        });
    }

    private void show(boolean on) {
        Runnable set = () -> {
            replaying = true;
            try {
                property.set(on);
            } finally {
                replaying = false;
            }
        };
        if (Platform.isFxApplicationThread()) {
            set.run();
        } else {
            Platform.runLater(set);
        }
    }

    /** The user switched the property to {@code on}. */
    private final class Flip implements UndoableCommand {
        private final boolean on;

        Flip(boolean on) {
            this.on = on;
        }

        @Override
        public String description() {
            return on ? shownDescription : hiddenDescription;
        }

        @Override
        public void execute() {
            show(on);
        }

        @Override
        public void undo() {
            show(!on);
        }
    }
}

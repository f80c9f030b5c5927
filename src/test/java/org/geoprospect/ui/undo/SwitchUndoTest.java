package org.geoprospect.ui.undo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Hiding and showing a point layer are undone and redone, and the replays are not recorded as new edits. */
class SwitchUndoTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void userChangesAreUndoneAndRedoneFromAnyThreadWithoutNewRecords() throws Exception {
        BooleanProperty clients = new SimpleBooleanProperty(true);
        UndoHistory history = new UndoHistory();
        WaitForAsyncUtils.asyncFx(() -> SwitchUndo.install(clients, "showing the clients", "hiding the clients", history)).get();

        WaitForAsyncUtils.asyncFx(() -> clients.set(false)).get();
        WaitForAsyncUtils.asyncFx(() -> clients.set(false)).get(); // no change, no record
        assertEquals(Optional.of("hiding the clients"), history.nextUndo());

        history.undo(); // from this (non-FX) thread, as Edit ▸ Undo runs
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(clients.get());
        assertEquals(Optional.empty(), history.nextUndo(), "the undo itself was not recorded as an edit");
        assertEquals(Optional.of("hiding the clients"), history.nextRedo());

        history.redo();
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(clients.get());
        assertEquals(Optional.of("hiding the clients"), history.nextUndo());
        assertEquals(Optional.empty(), history.nextRedo(), "the redo did not clear itself by recording a new edit");
    }
}

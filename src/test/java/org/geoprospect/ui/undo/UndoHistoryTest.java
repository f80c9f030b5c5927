package org.geoprospect.ui.undo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Undo and redo over a list of numbers, whose expected contents are known by construction. */
class UndoHistoryTest {
    private final List<Integer> state = new ArrayList<>();

    /** Appends a number; undo removes the last one. */
    private UndoableCommand append(int n) {
        return new UndoableCommand() {
            @Override
            public String description() {
                return "append " + n;
            }

            @Override
            public void execute() {
                state.add(n);
            }

            @Override
            public void undo() {
                state.remove(state.size() - 1);
            }
        };
    }

    @Test
    void undoAndRedoWalkBackAndForth() {
        UndoHistory history = new UndoHistory();
        history.perform(append(1));
        history.perform(append(2));
        history.perform(append(3));
        assertEquals(List.of(1, 2, 3), state);
        assertEquals(Optional.of("append 3"), history.nextUndo());
        history.undo();
        history.undo();
        assertEquals(List.of(1), state);
        assertEquals(Optional.of("append 2"), history.nextRedo());
        history.redo();
        assertEquals(List.of(1, 2), state);
        assertEquals(Optional.of("append 3"), history.nextRedo());
    }

    @Test
    void aNewEditClearsWhatCouldBeRedone() {
        UndoHistory history = new UndoHistory();
        history.perform(append(1));
        history.undo();
        history.perform(append(9));
        assertEquals(Optional.empty(), history.nextRedo());
        assertTrue(history.redo().isEmpty());
        assertEquals(List.of(9), state);
    }

    @Test
    void onlyTheNewestEditsAreKept() {
        UndoHistory history = new UndoHistory(2);
        for (int i = 1; i <= 4; i++) {
            history.perform(append(i));
        }
        assertTrue(history.undo().isPresent());
        assertTrue(history.undo().isPresent());
        assertTrue(history.undo().isEmpty(), "the first two edits fell off the history");
        assertEquals(List.of(1, 2), state);
    }

    @Test
    void aFailingUndoLeavesTheHistoryAsItWas() {
        UndoHistory history = new UndoHistory();
        boolean[] fail = {true};
        history.perform(new UndoableCommand() {
            @Override
            public String description() {
                return "fragile";
            }

            @Override
            public void execute() {
                state.add(7);
            }

            @Override
            public void undo() {
                if (fail[0]) {
                    throw new IllegalStateException("The project is busy; try again.");
                }
                state.clear();
            }
        });
        assertThrows(IllegalStateException.class, history::undo);
        assertEquals(Optional.of("fragile"), history.nextUndo());
        fail[0] = false;
        history.undo();
        assertEquals(List.of(), state);
        assertEquals(Optional.of("fragile"), history.nextRedo());
    }

    @Test
    void aFailingEditIsNotRecorded() {
        UndoHistory history = new UndoHistory();
        UndoableCommand broken = new UndoableCommand() {
            @Override
            public String description() {
                return "broken";
            }

            @Override
            public void execute() {
                throw new IllegalArgumentException("The name is taken.");
            }

            @Override
            public void undo() {
                throw new AssertionError("never executed, never undone");
            }
        };
        assertThrows(IllegalArgumentException.class, () -> history.perform(broken));
        assertTrue(history.nextUndo().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new UndoHistory(0));
    }
}

package org.geoprospect.ui.undo;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The user's edits that can be undone and redone, the newest {@code capacity} kept: a new edit clears
 * what could be redone, as in every editor. A command whose execute or undo fails stays where it was,
 * so the user can retry. Thread-safe (synchronised): the commands run on background threads.
 */
public final class UndoHistory {
    /** How many edits are kept when the caller does not say. */
    public static final int DEFAULT_CAPACITY = 50;

    private final int capacity;
    private final Deque<UndoableCommand> undoable = new ArrayDeque<>();
    private final Deque<UndoableCommand> redoable = new ArrayDeque<>();

    public UndoHistory() {
        this(DEFAULT_CAPACITY);
    }

    /** @throws IllegalArgumentException when capacity is below 1 */
    public UndoHistory(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("The undo history must keep at least one edit, not " + capacity);
        }
        this.capacity = capacity;
    }

    /** Executes a command and records it; nothing is recorded when it fails. */
    public synchronized void perform(UndoableCommand command) {
        command.execute();
        record(command);
    }

    /** Records a command already executed (e.g. by a panel's own background task). */
    public synchronized void record(UndoableCommand command) {
        undoable.push(java.util.Objects.requireNonNull(command, "command"));
        while (undoable.size() > capacity) {
            undoable.removeLast();
        }
        redoable.clear();
    }

    /**
     * Undoes the newest edit.
     *
     * @return the command undone; empty when there was nothing to undo
     */
    public synchronized Optional<UndoableCommand> undo() {
        UndoableCommand command = undoable.peek();
        if (command == null) {
            return Optional.empty();
        }
        command.undo();
        undoable.pop();
        redoable.push(command);
        return Optional.of(command);
    }

    /**
     * Redoes the newest undone edit.
     *
     * @return the command redone; empty when there was nothing to redo
     */
    public synchronized Optional<UndoableCommand> redo() {
        UndoableCommand command = redoable.peek();
        if (command == null) {
            return Optional.empty();
        }
        command.execute();
        redoable.pop();
        undoable.push(command);
        return Optional.of(command);
    }

    /** What Undo would take back, for the menu's label. */
    public synchronized Optional<String> nextUndo() {
        return Optional.ofNullable(undoable.peek()).map(UndoableCommand::description);
    }

    /** What Redo would do again. */
    public synchronized Optional<String> nextRedo() {
        return Optional.ofNullable(redoable.peek()).map(UndoableCommand::description);
    }

    /** Forgets every edit (e.g. after a backup was restored: the edits no longer apply). */
    public synchronized void clear() {
        undoable.clear();
        redoable.clear();
    }
}

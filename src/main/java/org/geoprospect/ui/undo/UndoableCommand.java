package org.geoprospect.ui.undo;

/**
 * One edit of the user's that can be taken back: {@link #execute()} does (or redoes) it and
 * {@link #undo()} restores the state before it. Both block (they call the services) and run off the
 * FX thread; a failure is thrown with one sentence and leaves the history as it was.
 */
public interface UndoableCommand {
    /** Words for the Edit menu, e.g. "saving the target Angers"; never null. */
    String description();

    /** Does the edit; called again by redo after an undo. */
    void execute();

    /** Takes the edit back. */
    void undo();
}

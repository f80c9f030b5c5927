package org.geoprospect.ui.tour;

import java.util.Objects;
import java.util.function.Consumer;
import org.geoprospect.ui.undo.UndoableCommand;

/**
 * One edit of the tour for Edit ▸ Undo/Redo: the plans before and after it, kept whole, so undo
 * restores exactly what was there (a re-optimisation is not run again on redo: the same order comes
 * back). Execute and undo hand the plan to the view model's setter, which moves to the FX thread
 * itself; safe to call from any thread. Immutable.
 */
final class TourEdit implements UndoableCommand {
    private final String description;
    private final TourPlan before;
    private final TourPlan after;
    private final Consumer<TourPlan> apply;

    /**
     * @param before the plan before the edit, null when there was none
     * @param after  the plan after the edit, null when the edit cleared it
     * @param apply  shows a plan (called with {@code after} on execute, {@code before} on undo)
     */
    TourEdit(String description, TourPlan before, TourPlan after, Consumer<TourPlan> apply) {
        this.description = Objects.requireNonNull(description, "description");
        this.before = before;
        this.after = after;
        this.apply = Objects.requireNonNull(apply, "apply");
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void execute() {
        apply.accept(after);
    }

    @Override
    public void undo() {
        apply.accept(before);
    }

    TourPlan after() {
        return after;
    }
}

package org.geoprospect.ui.tour;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import org.geoprospect.analysis.selection.ShapeSelections;
import org.geoprospect.index.Selection;
import org.geoprospect.service.AnalysisSession;
import org.geoprospect.ui.Messages;
import org.geoprospect.ui.state.TargetingState;

/**
 * Which households and clients a new tour visits: those of the current target — the Target panel's
 * criteria, limited to the map's selection while its switch is on — so that the tour, the counts and the
 * export follow one definition. FX-thread confined.
 */
public final class TourSource {
    private final Messages messages;
    private final ObservableValue<AnalysisSession> session;
    private final TargetingState targeting;
    private final ObservableValue<ShapeSelections> target;
    private final ObservableValue<Boolean> limited;
    private final StringBinding description;

    /**
     * @param session   the loaded data the selections' ids refer to (null while loading)
     * @param targeting the map's selection
     * @param target    the current target's result (null while unknown)
     * @param limited   whether the target is limited to the map's selection now
     */
    public TourSource(Messages messages, ObservableValue<AnalysisSession> session, TargetingState targeting,
                      ObservableValue<ShapeSelections> target, ObservableValue<Boolean> limited) {
        this.messages = messages;
        this.session = session;
        this.targeting = targeting;
        this.target = target;
        this.limited = limited;
        this.description = Bindings.createStringBinding(this::describe, session, target, limited);
    }

    private String describe() {
        if (session.getValue() == null) {
            return messages.get("tour.source.loading");
        }
        ShapeSelections result = target.getValue();
        if (result == null) {
            return messages.get("tour.source.none");
        }
        return messages.get(Boolean.TRUE.equals(limited.getValue()) ? "tour.source.targetInSelection" : "tour.source.target",
                result.households().cardinality(), result.clients().cardinality());
    }

    /**
     * The stops chosen now.
     *
     * @throws IllegalArgumentException with one sentence when nothing (or too much) is chosen
     */
    public List<PlannedStop> stops() {
        AnalysisSession data = session.getValue();
        if (data == null) {
            throw new IllegalArgumentException(messages.get("tour.source.loading"));
        }
        ShapeSelections result = target.getValue();
        return TourStops.of(data.data(), result == null ? null : result.households(), result == null ? null : result.clients());
    }

    /**
     * Runs {@code action} whenever the choice may have changed: the data loaded, the map's selection or
     * the current target's result (each change, even when the counts stay the same).
     */
    public void onChange(Runnable action) {
        javafx.beans.value.ChangeListener<Object> listener = (o, a, b) -> action.run();
        session.addListener(listener);
        target.addListener(listener);
    }

    /** What a new tour would visit, e.g. "12 households and 1 client selected on the map". */
    public StringBinding descriptionBinding() {
        return description;
    }

    private static int count(Selection selection) {
        return selection == null ? 0 : selection.cardinality();
    }
}

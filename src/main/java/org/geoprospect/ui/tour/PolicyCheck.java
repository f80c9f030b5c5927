package org.geoprospect.ui.tour;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.geoprospect.service.TourScreening;
import org.geoprospect.ui.BackgroundTasks;
import org.geoprospect.ui.Messages;

/**
 * What the contact policy makes of the stops chosen for a new tour, shown before Plan: a summary line
 * and the list of who is left out and why, then who is visited without name or address and why, the
 * reasons in words from the message bundles. Checked in the background through a screener (the tour
 * service, off the FX thread); the latest check wins. The planning screens its stops again with the same
 * screener and shows its answer here, so the list is always the one the plan was made with.
 * FX-thread confined.
 */
public final class PolicyCheck {
    /** One line of the list: a group's title ({@code code} null) or a household and its reason. */
    public record Row(String code, String reason, boolean leftOut) {
        /** Whether this line is a group's title. */
        public boolean isTitle() {
            return code == null;
        }
    }

    private final Messages messages;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking");
    private Function<List<String>, TourScreening> screener;
    private long generation;

    public PolicyCheck(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /**
     * How stops are screened: blocking, called off the FX thread, throwing a sentence on failure; null
     * (the default, for tests of the planning alone) plans every stop chosen.
     */
    public void setScreener(Function<List<String>, TourScreening> screener) {
        this.screener = screener;
    }

    /** The screener, or null. */
    Function<List<String>, TourScreening> screener() {
        return screener;
    }

    /** Checks these stops in the background and shows the answer (a later check or plan wins). */
    public void check(List<PlannedStop> stops) {
        Function<List<String>, TourScreening> s = screener;
        long mine = ++generation;
        if (s == null) {
            clear();
            return;
        }
        List<String> codes = stops.stream().map(PlannedStop::code).toList();
        checking.set(true);
        summary.set(messages.get("tour.policy.checking"));
        rows.clear();
        BackgroundTasks.run(monitor -> s.apply(codes), screening -> {
            if (mine == generation) {
                show(codes.size(), screening);
            }
        }, failure -> {
            if (mine == generation) {
                checking.set(false);
                summary.set(messages.get("tour.policy.failed", String.valueOf(failure.getMessage())));
            }
        }, () -> {
            if (mine == generation) {
                checking.set(false);
            }
        });
    }

    /** Shows the answer for a choice of {@code chosen} stops (also what the planning ends in). */
    public void show(int chosen, TourScreening screening) {
        ++generation;
        checking.set(false);
        summary.set(messages.get("tour.policy.summary", chosen, screening.leftOut().size(),
                screening.withoutAddress().size()));
        List<Row> list = new ArrayList<>();
        if (!screening.leftOut().isEmpty()) {
            list.add(new Row(null, messages.get("tour.policy.leftOut"), true));
            screening.leftOut().forEach(l -> list.add(new Row(l.code(), reason(l.reason().key()), true)));
        }
        if (!screening.withoutAddress().isEmpty()) {
            list.add(new Row(null, messages.get("tour.policy.withoutAddress"), false));
            screening.withoutAddress().forEach(w -> list.add(new Row(w.code(), reason(w.reason().key()), false)));
        }
        rows.setAll(list);
    }

    /** Shows a sentence instead of a check (nothing or too much chosen), and no list. */
    public void unavailable(String sentence) {
        ++generation;
        checking.set(false);
        summary.set(sentence);
        rows.clear();
    }

    /** Forgets the last answer. */
    public void clear() {
        unavailable("");
    }

    private String reason(String key) {
        return messages.get("tour.policy.reason." + key);
    }

    /** The list: group titles, then their households with the reason in words. */
    public ObservableList<Row> rows() {
        return rows;
    }

    /** E.g. "42 stops chosen: 11 left out by the contact policy, 17 without name or address…". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Whether a check is running. */
    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }
}

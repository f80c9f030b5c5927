package org.geoprospect.ui.tour;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.geoprospect.render.MapOverlay;
import org.geoprospect.service.ProjectAccess;
import org.geoprospect.service.TourScreening;
import org.geoprospect.service.TourService;
import org.geoprospect.tour.DayRules;
import org.geoprospect.tour.EuclideanCost;
import org.geoprospect.tour.SolverOptions;
import org.geoprospect.ui.BackgroundTasks;
import org.geoprospect.ui.Messages;
import org.geoprospect.ui.undo.UndoHistory;

/**
 * The sales tour being prepared in the app: its stops in visiting order split in days, start and end,
 * day rules; planning and re-optimising in the background (progress, Cancel); hand edits (move,
 * remove, add a stop, change the start), each one an undoable command recorded in the window's
 * {@link UndoHistory}, after which the days are scheduled again; the route overlay for the map.
 *
 * <p>Travel is measured by the {@link TravelModel} (roads when the project has them, as in the tour
 * pack): planning, re-optimising, adding a stop and changing the start or end measure the costs of the
 * tour's places in the background; moves and removals reuse the plan's costs, so they stay instant.
 *
 * <p>No personal field passes through here: stops carry codes, positions and communes. FX-thread
 * confined, except that the recorded commands may be executed or undone from any thread (they move
 * to the FX thread themselves).
 */
public final class TourPlanViewModel {
    private final Messages messages;
    private final UndoHistory history;
    private final PolicyCheck policy;
    private final DayRulesForm rules = new DayRulesForm();
    private final StartEndFields places = new StartEndFields();
    private final ReadOnlyObjectWrapper<TourPlan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final ReadOnlyObjectWrapper<MapOverlay> overlay = new ReadOnlyObjectWrapper<>(this, "overlay");
    private final IntegerProperty highlightedDay = new SimpleIntegerProperty(this, "highlightedDay", -1);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final StringProperty detour = new SimpleStringProperty(this, "detour",
            Double.toString(EuclideanCost.DEFAULT_DETOUR_FACTOR));
    private Supplier<SolverOptions> solverOptions = () -> SolverOptions.timeBudget(Duration.ofSeconds(1));
    private TravelModel travel = TravelModel.straightLine();
    private BackgroundTasks.Handle task;
    /** The problem that belongs to the stops chosen (nothing chosen, too many, all left out); "" when none. */
    private String choiceProblem = "";
    /** Whether the running task plans the stops chosen (its failure then belongs to the choice). */
    private boolean runningChoice;

    /**
     * @param history where every edit of the tour is recorded (the window's, so Edit ▸ Undo takes it back)
     */
    public TourPlanViewModel(Messages messages, UndoHistory history) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.history = Objects.requireNonNull(history, "history");
        this.policy = new PolicyCheck(messages);
        plan.addListener((o, a, b) -> refreshOverlay());
        highlightedDay.addListener((o, a, b) -> refreshOverlay());
    }

    private void refreshOverlay() {
        TourPlan current = plan.get();
        int day = highlightedDay.get();
        overlay.set(current == null ? null : TourRouteOverlay.of(current, day));
    }

    /**
     * How travel is measured from now on (set on each loaded map content: roads when it has a roads
     * layer); the tour shown keeps its costs until it is planned or re-optimised again.
     */
    public void setTravelModel(TravelModel model) {
        this.travel = Objects.requireNonNull(model, "model");
    }

    /** How travel is measured for the next planning. */
    public TravelModel travelModel() {
        return travel;
    }

    /** The search the planner runs (tests pin it to a fixed number of rounds). */
    public void setSolverOptions(Supplier<SolverOptions> options) {
        this.solverOptions = Objects.requireNonNull(options, "options");
    }

    /**
     * Plans a tour of the stops chosen in the background from the start and end typed, with the rules
     * typed; the new plan is an undoable edit. The stops are screened first by the {@link #policy()}'s
     * screener (when set), and only those the contact policy lists are planned, so that the pack written
     * later is exactly this plan; the policy's list then shows the answer the plan was made with. A
     * mistake in the fields, a choice the policy leaves out entirely or a tour the rules cannot hold ends
     * on {@link #problemProperty()}.
     */
    public void plan(List<PlannedStop> stops) {
        MapPoint start;
        MapPoint end;
        DayRules dayRules;
        double factor;
        try {
            start = places.start();
            end = places.end();
            dayRules = rules.rules();
            factor = detourFactor();
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return;
        }
        List<PlannedStop> chosen = List.copyOf(stops);
        TravelModel model = travel;
        java.util.function.Function<List<String>, TourScreening> screener = policy.screener();
        runInBackground(true, monitor -> {
            List<PlannedStop> listed = chosen;
            if (screener != null) {
                TourScreening screening = screener.apply(chosen.stream().map(PlannedStop::code).toList());
                Platform.runLater(() -> policy.show(chosen.size(), screening));
                java.util.Set<String> kept = new java.util.HashSet<>(screening.listed());
                listed = chosen.stream().filter(s -> kept.contains(s.code())).toList();
                if (listed.isEmpty()) {
                    throw new IllegalArgumentException(messages.get("tour.policy.noneListed", chosen.size()));
                }
            }
            monitor.checkCancelled();
            return TourPlanner.plan(listed, start, end, dayRules, model.costs(start, end, listed, factor, monitor),
                    solverOptions.get(), monitor);
        }, planned -> messages.get("tour.undo.plan", planned.stopCount()));
    }

    /** What the contact policy makes of the stops chosen, shown before Plan. */
    public PolicyCheck policy() {
        return policy;
    }

    /** Plans the order and days again for the same stops (background; undoable). */
    public void recompute() {
        TourPlan current = plan.get();
        if (current == null) {
            return;
        }
        DayRules dayRules;
        try {
            dayRules = rules.rules();
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return;
        }
        TravelModel model = travel;
        List<PlannedStop> stops = current.stopsInOrder();
        runInBackground(false, monitor -> TourPlanner.plan(stops, current.start(), current.end(), dayRules,
                        model.costs(current.start(), current.end(), stops, current.detour(), monitor),
                        solverOptions.get(), monitor),
                planned -> messages.get("tour.undo.recompute"));
    }

    /** @param ofChoice whether a failure belongs to the stops chosen (planning them), so that a new choice clears it */
    private void runInBackground(boolean ofChoice, BackgroundTasks.Work<TourPlan> work,
                                 java.util.function.Function<TourPlan, String> description) {
        if (busy.get()) {
            return;
        }
        background("tour.planning", work, planned -> {
            record(description.apply(planned), planned);
            message.set(summary(planned));
        }, () -> "");
        runningChoice = ofChoice;
    }

    /**
     * Reports a problem of the stops chosen (nothing chosen, too many) on the problem line; it goes away
     * by itself when the choice changes ({@link #choiceChanged()}).
     */
    public void reportChoice(Throwable failure) {
        report(failure);
        choiceProblem = problem.get();
    }

    /** The stops chosen changed: a problem that belonged to the previous choice is no longer true. */
    public void choiceChanged() {
        if (!choiceProblem.isEmpty() && choiceProblem.equals(problem.get())) {
            problem.set("");
        }
        choiceProblem = "";
    }

    /**
     * Runs work in the background with the panel's busy state, progress and Cancel; {@code done} gets
     * its result on the FX thread; a failure shows its sentence under {@code messageAfterFailure}.
     */
    private <T> void background(String runningKey, BackgroundTasks.Work<T> work, java.util.function.Consumer<T> done,
                                java.util.function.Supplier<String> messageAfterFailure) {
        problem.set("");
        busy.set(true);
        runningChoice = false;
        message.set(messages.get(runningKey));
        task = BackgroundTasks.run(work, result -> {
            busy.set(false);
            done.accept(result);
        }, failure -> {
            busy.set(false);
            message.set(messageAfterFailure.get());
            problem.set(sentence(failure));
            if (runningChoice) {
                choiceProblem = problem.get();
            }
        }, () -> {
            busy.set(false);
            message.set(messages.get("tour.cancelled"));
        });
        progress.bind(task.progressProperty());
    }

    /** Asks the running planning to stop; the tour stays as it was. */
    public void cancel() {
        if (task != null) {
            task.cancel();
        }
    }

    /** Moves a stop (0-based day and positions; {@code toDay} may be one past the last day for a new day). */
    public void move(int fromDay, int fromIndex, int toDay, int toIndex) {
        TourPlan current = requirePlan();
        if (fromDay == toDay && (fromIndex == toIndex)) {
            return;
        }
        String code = current.days().get(fromDay).get(fromIndex).code();
        edit(messages.get("tour.undo.move", code), () -> current.moved(fromDay, fromIndex, toDay, toIndex));
    }

    /** Removes a stop. */
    public void remove(int day, int index) {
        TourPlan current = requirePlan();
        String code = current.days().get(day).get(index).code();
        edit(messages.get("tour.undo.remove", code), () -> current.without(day, index));
    }

    /**
     * Adds a stop where it lengthens the tour least; without a plan, a one-stop tour is started from
     * the start typed. By road, the stop's distances are measured first in the background.
     */
    public void add(PlannedStop stop) {
        TourPlan current = plan.get();
        if (current != null && current.contains(stop.code())) {
            problem.set(messages.get("tour.problem.alreadyIn", stop.code()));
            return;
        }
        String description = messages.get("tour.undo.add", stop.code());
        if (current != null && current.costs().covers(PlaceCosts.at(stop))) {
            edit(description, () -> current.with(stop));
            return;
        }
        MapPoint start;
        MapPoint end;
        DayRules dayRules;
        double factor;
        List<PlannedStop> stops = new ArrayList<>();
        try {
            start = current != null ? current.start() : places.start();
            end = current != null ? current.end() : places.end();
            dayRules = current != null ? current.rules() : rules.rules();
            factor = current != null ? current.detour() : detourFactor();
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return;
        }
        if (current != null) {
            stops.addAll(current.stopsInOrder());
        }
        stops.add(stop);
        // The plan may have been edited (moved, removed) while measuring: the stop joins the plan shown then.
        measureThenEdit(description, start, end, stops, factor, costs -> plan.get() != null ? plan.get().with(stop, costs)
                : TourPlan.of(start, end, dayRules, costs, List.of(List.of(stop))));
    }

    /** Starts every day from another place (the order is kept, times follow); undoable when a tour is planned. */
    public void setStart(MapPoint start) {
        places.showStart(start);
        TourPlan current = plan.get();
        if (current != null) {
            movePlaces(current, start, current.end());
        }
    }

    /** Applies the start and end typed in the fields to the planned tour (order kept). */
    public void applyPlaces() {
        TourPlan current = plan.get();
        if (current == null) {
            return;
        }
        MapPoint start;
        MapPoint end;
        try {
            start = places.start();
            end = places.end();
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return;
        }
        movePlaces(current, start, end);
    }

    private void movePlaces(TourPlan current, MapPoint start, MapPoint end) {
        String description = messages.get("tour.undo.start");
        PlaceCosts costs = current.costs();
        if (costs.covers(start) && (end == null || costs.covers(end))) {
            edit(description, () -> current.withPlaces(start, end, costs));
            return;
        }
        measureThenEdit(description, start, end, current.stopsInOrder(), current.detour(),
                measured -> {
                    TourPlan shown = plan.get();
                    if (shown == null) {
                        throw new IllegalArgumentException(messages.get("tour.problem.noTour"));
                    }
                    return shown.withPlaces(start, end, measured);
                });
    }

    /**
     * Measures the costs of these places by the plan's travel model in the background (progress,
     * Cancel), then makes the edit with them on the FX thread; the straight line needs no measuring, so
     * the edit is made at once.
     */
    private void measureThenEdit(String description, MapPoint start, MapPoint end, List<PlannedStop> stops,
                                 double factor, java.util.function.Function<PlaceCosts, TourPlan> change) {
        TravelModel model = travel;
        if (!model.usesRoads()) {
            edit(description, () -> change.apply(PlaceCosts.straightLine(factor)));
            return;
        }
        if (busy.get()) {
            return;
        }
        background("tour.measuring", monitor -> model.costs(start, end, stops, factor, monitor),
                costs -> edit(description, () -> change.apply(costs)), () -> summary(plan.get()));
    }

    /** Forgets the tour (undoable). */
    public void clear() {
        TourPlan current = plan.get();
        if (current != null) {
            record(messages.get("tour.undo.clear"), null);
            message.set("");
        }
    }

    private void edit(String description, Supplier<TourPlan> change) {
        TourPlan after;
        try {
            after = change.get();
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            problem.set(e.getMessage());
            return;
        }
        problem.set("");
        record(description, after);
        message.set(summary(after));
    }

    private void record(String description, TourPlan after) {
        TourEdit command = new TourEdit(description, plan.get(), after, this::show);
        command.execute();
        history.record(command);
    }

    /** Shows a plan (the commands' way in): on the FX thread, now when already there. */
    private void show(TourPlan shown) {
        if (Platform.isFxApplicationThread()) {
            plan.set(shown);
            if (shown != null) {
                places.showStart(shown.start());
                places.showEnd(shown.end());
            }
        } else {
            Platform.runLater(() -> show(shown));
        }
    }

    private TourPlan requirePlan() {
        TourPlan current = plan.get();
        if (current == null) {
            throw new IllegalStateException("No tour is planned.");
        }
        return current;
    }

    private double detourFactor() {
        String text = detour.get() == null ? "" : detour.get().strip().replace(',', '.');
        try {
            double value = Double.parseDouble(text);
            if (value >= 1 && value < 10) {
                return value;
            }
        } catch (NumberFormatException e) {
            // falls through to the sentence below
        }
        throw new IllegalArgumentException("The detour factor '" + text + "' must be a number from 1 to 10, e.g. 1.3.");
    }

    /** What the totals line says. */
    public String summary(TourPlan p) {
        if (p == null) {
            return "";
        }
        return messages.get(p.costs().byRoad() ? "tour.summary.roads"
                : p.costs().roadsSetAside() ? "tour.summary.roadsSetAside" : "tour.summary", p.stopCount(), p.days().size(),
                p.metres() / 1000.0, p.hours());
    }

    private String sentence(Throwable failure) {
        String text = failure.getMessage();
        return text == null || text.isBlank() ? messages.get("target.failed.unknown", failure.getClass().getSimpleName())
                : text.strip();
    }

    /** Reports a failure of the panel's own (e.g. the pack export) on the problem line. */
    public void report(Throwable failure) {
        problem.set(sentence(failure));
    }

    /** Says something on the message line (e.g. where the pack was written). */
    public void say(String text) {
        message.set(text);
    }

    public DayRulesForm rules() {
        return rules;
    }

    /** The start and end fields, and the CRS they convert with. */
    public StartEndFields places() {
        return places;
    }

    /** The planned tour, null when none. */
    public ReadOnlyObjectProperty<TourPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    /** The route to draw on the map, null when no tour is planned. */
    public ReadOnlyObjectProperty<MapOverlay> overlayProperty() {
        return overlay.getReadOnlyProperty();
    }

    /** The day (0-based) drawn in its colour while the others are greyed; -1 for all in colour. */
    public IntegerProperty highlightedDayProperty() {
        return highlightedDay;
    }

    /** Road distance over straight-line distance, as typed. */
    public StringProperty detourProperty() {
        return detour;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** 0..1 while planning, -1 when unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The last mistake or failure as one sentence, "" when none. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The totals or what just happened. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Clears the problem line. */
    public void clearProblem() {
        problem.set("");
    }

    /**
     * Writes the tour pack of the tour shown into {@code folder} in the background, through the tour
     * service, exactly as shown: its days, visit order and arrival times (hand edits included), nothing
     * planned again. The service checks the contact policy once more and refuses with a sentence if a
     * stop was left out since (an objection recorded meanwhile): the pack is never a different tour. The
     * export is recorded in the audit log; then the message line says where it went.
     */
    public void exportPack(Path project, Path folder, TourService service) {
        TourPlan current = plan.get();
        if (current == null || busy.get()) {
            return;
        }
        TourService.PlannedTour tour = ShownTour.of(current);
        background("tour.exporting", monitor -> ProjectAccess.whenFree(
                        () -> service.writePlannedPack(project, tour, folder, monitor)),
                result -> message.set(messages.get("tour.exported", result.folder(), result.stops(), result.days().size(),
                        result.files().pdfPages())), () -> "");
    }
}

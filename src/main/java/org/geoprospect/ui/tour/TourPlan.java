package org.geoprospect.ui.tour;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.geoprospect.tour.DayPlan;
import org.geoprospect.tour.DayPlanner;
import org.geoprospect.tour.DayRules;
import org.geoprospect.tour.TourMapOverlay;
import org.geoprospect.tour.TravelCost;

/**
 * A planned tour as the user edits it: the stops in visiting order, split in days, from a start to an
 * end (back to the start when there is none), with each day's arrival times and length computed by
 * {@link DayPlanner#schedule} over its {@link PlaceCosts} (straight-line distances times a detour factor,
 * or road distances measured for its places). Every edit returns a new plan whose days are scheduled
 * again, so what the app shows is always true for the order; moves and removals reuse the plan's costs
 * (no measuring), while a new place needs costs that cover it ({@link #with(PlannedStop, PlaceCosts)},
 * {@link #withPlaces}).
 *
 * <p>Days are 0-based in this API (the {@link DayPlan}s they produce are numbered from 1); a day
 * emptied by an edit disappears. Immutable and thread-safe.
 */
public final class TourPlan {
    private final MapPoint start;
    private final MapPoint end;
    private final DayRules rules;
    private final PlaceCosts costs;
    private final List<List<PlannedStop>> days;
    private final List<DayPlan> schedules;
    private final boolean handEdited;

    private TourPlan(MapPoint start, MapPoint end, DayRules rules, PlaceCosts costs, List<List<PlannedStop>> days,
                     boolean handEdited) {
        this.start = Objects.requireNonNull(start, "start");
        this.end = end;
        this.rules = Objects.requireNonNull(rules, "rules");
        this.costs = Objects.requireNonNull(costs, "costs");
        List<List<PlannedStop>> kept = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (List<PlannedStop> day : days) {
            for (PlannedStop stop : day) {
                if (!codes.add(stop.code())) {
                    throw new IllegalArgumentException("The stop " + stop.code() + " is twice in the tour.");
                }
            }
            if (!day.isEmpty()) {
                kept.add(List.copyOf(day));
            }
        }
        this.days = List.copyOf(kept);
        this.handEdited = handEdited;
        this.schedules = schedule();
    }

    /**
     * A plan with the given days in the given order (as the planner found them, or a test wrote them).
     *
     * @param end    where every day ends, or null to come back to the start
     * @param detour road distance over straight-line distance (1.3 is usual; 1 for exact tests)
     * @throws IllegalArgumentException when a code appears twice or the detour is not positive
     */
    public static TourPlan of(MapPoint start, MapPoint end, DayRules rules, double detour, List<List<PlannedStop>> days) {
        return new TourPlan(start, end, rules, PlaceCosts.straightLine(detour), days, false);
    }

    /**
     * A plan with the given days in the given order, measured with {@code costs}.
     *
     * @param end where every day ends, or null to come back to the start
     * @throws IllegalArgumentException when a code appears twice or the costs do not cover every place
     */
    public static TourPlan of(MapPoint start, MapPoint end, DayRules rules, PlaceCosts costs, List<List<PlannedStop>> days) {
        return new TourPlan(start, end, rules, costs, days, false);
    }

    private List<DayPlan> schedule() {
        List<PlannedStop> all = stopsInOrder();
        TravelCost cost = cost(all);
        int first = firstStopPlace();
        int endPlace = end == null ? 0 : 1;
        List<DayPlan> result = new ArrayList<>();
        int place = first;
        for (int d = 0; d < days.size(); d++) {
            int[] ordered = new int[days.get(d).size()];
            for (int i = 0; i < ordered.length; i++) {
                ordered[i] = place++;
            }
            result.add(DayPlanner.schedule(d + 1, cost, 0, endPlace, ordered, rules));
        }
        return List.copyOf(result);
    }

    /** Place 0 is the start, place 1 the end when there is one, then the stops in visiting order. */
    private TravelCost cost(List<PlannedStop> stops) {
        return costs.among(start, end, stops);
    }

    private int firstStopPlace() {
        return end == null ? 1 : 2;
    }

    /** The same stops with one moved; {@code toIndex} counts in the target day once the stop has left its own. */
    public TourPlan moved(int fromDay, int fromIndex, int toDay, int toIndex) {
        List<List<PlannedStop>> copy = mutableDays();
        checkStop(fromDay, fromIndex);
        if (toDay < 0 || toDay > days.size()) {
            throw new IndexOutOfBoundsException("There is no day " + (toDay + 1) + " to move the stop to.");
        }
        PlannedStop stop = copy.get(fromDay).remove(fromIndex);
        if (toDay == copy.size()) {
            copy.add(new ArrayList<>());
        }
        List<PlannedStop> target = copy.get(toDay);
        target.add(Math.max(0, Math.min(toIndex, target.size())), stop);
        return new TourPlan(start, end, rules, costs, copy, true);
    }

    /** The tour without one stop. */
    public TourPlan without(int day, int index) {
        checkStop(day, index);
        List<List<PlannedStop>> copy = mutableDays();
        copy.get(day).remove(index);
        return new TourPlan(start, end, rules, costs, copy, true);
    }

    /**
     * The tour with one more stop, inserted where it lengthens its day least (cheapest insertion
     * over every day and position); a tour without days gets a first day. Measured with this plan's
     * costs, which must cover the stop (the straight line always does).
     *
     * @throws IllegalArgumentException when the stop is already in the tour or its costs are not measured
     */
    public TourPlan with(PlannedStop stop) {
        return with(stop, costs);
    }

    /**
     * The tour with one more stop (as {@link #with(PlannedStop)}), measured from now on with
     * {@code newCosts}, which cover the stop and every place of this plan.
     *
     * @throws IllegalArgumentException when the stop is already in the tour or a place is not covered
     */
    public TourPlan with(PlannedStop stop, PlaceCosts newCosts) {
        if (contains(stop.code())) {
            throw new IllegalArgumentException("The stop " + stop.code() + " is already in the tour.");
        }
        List<List<PlannedStop>> copy = mutableDays();
        if (copy.isEmpty()) {
            copy.add(new ArrayList<>(List.of(stop)));
            return new TourPlan(start, end, rules, newCosts, copy, true);
        }
        // Places: 0 the start, 1 the end when there is one, then every stop in order, the new one last.
        List<PlannedStop> all = stopsInOrder();
        all.add(stop);
        TravelCost cost = newCosts.among(start, end, all);
        int last = end == null ? 0 : 1;
        int added = all.size() - 1 + firstStopPlace();
        double best = Double.POSITIVE_INFINITY;
        int bestDay = 0;
        int bestIndex = 0;
        int place = firstStopPlace();
        for (int d = 0; d < copy.size(); d++) {
            int size = copy.get(d).size();
            for (int i = 0; i <= size; i++) {
                int a = i == 0 ? 0 : place + i - 1;
                int b = i == size ? last : place + i;
                double extra = cost.cost(a, added) + cost.cost(added, b) - cost.cost(a, b);
                if (extra < best - 1e-9) {
                    best = extra;
                    bestDay = d;
                    bestIndex = i;
                }
            }
            place += size;
        }
        copy.get(bestDay).add(bestIndex, stop);
        return new TourPlan(start, end, rules, newCosts, copy, true);
    }

    /** The same days and order from another start (the arrival times change, the order does not). */
    public TourPlan withStart(MapPoint newStart) {
        return withPlaces(newStart, end, costs);
    }

    /** The same days and order towards another end; null to come back to the start. */
    public TourPlan withEnd(MapPoint newEnd) {
        return withPlaces(start, newEnd, costs);
    }

    /**
     * The same days and order from another start towards another end (null: back to the start), measured
     * with {@code newCosts}, which cover both and every stop.
     *
     * @throws IllegalArgumentException when a place is not covered by the costs
     */
    public TourPlan withPlaces(MapPoint newStart, MapPoint newEnd, PlaceCosts newCosts) {
        return new TourPlan(newStart, newEnd, rules, newCosts, days, handEdited);
    }

    private void checkStop(int day, int index) {
        if (day < 0 || day >= days.size() || index < 0 || index >= days.get(day).size()) {
            throw new IndexOutOfBoundsException("There is no stop " + (index + 1) + " on day " + (day + 1) + ".");
        }
    }

    private List<List<PlannedStop>> mutableDays() {
        List<List<PlannedStop>> copy = new ArrayList<>();
        for (List<PlannedStop> day : days) {
            copy.add(new ArrayList<>(day));
        }
        return copy;
    }

    /** Whether a stop with that code is in the tour. */
    public boolean contains(String code) {
        return days.stream().anyMatch(d -> d.stream().anyMatch(s -> s.code().equals(code)));
    }

    /** The stops of each day in visiting order (unmodifiable). */
    public List<List<PlannedStop>> days() {
        return days;
    }

    /** Each day's arrival times, length and return, in the order of {@link #days()}. */
    public List<DayPlan> schedules() {
        return schedules;
    }

    /** Every stop in visiting order, day after day. */
    public List<PlannedStop> stopsInOrder() {
        List<PlannedStop> all = new ArrayList<>();
        days.forEach(all::addAll);
        return all;
    }

    public int stopCount() {
        return days.stream().mapToInt(List::size).sum();
    }

    /** Travel of every day, metres. */
    public double metres() {
        return schedules.stream().mapToDouble(DayPlan::metres).sum();
    }

    /** Working time of every day, from leaving the start to reaching the end, in hours. */
    public double hours() {
        double seconds = 0;
        for (DayPlan day : schedules) {
            seconds += secondsFromDayStart(day.returnTime());
        }
        return seconds / 3600.0;
    }

    /**
     * Whether a day ends after the working day (possible after hand edits: moving stops into a day
     * is allowed, and the user is told it runs late).
     */
    public boolean isLate(int day) {
        LocalTime back = schedules.get(day).returnTime();
        // A schedule past midnight wraps before the day's start: that is late too.
        return back.isAfter(rules.dayEnd()) || back.isBefore(rules.dayStart());
    }

    private double secondsFromDayStart(LocalTime time) {
        long seconds = java.time.Duration.between(rules.dayStart(), time).toSeconds();
        return seconds < 0 ? seconds + 24 * 3600 : seconds;
    }

    /**
     * The route of every day for the map, numbered across days as in the pack; with a highlighted
     * day (0-based), the other days are drawn in grey so that one stands out.
     *
     * @param highlightedDay a day, or -1 for all in their colours
     */
    public TourMapOverlay overlay(int highlightedDay) {
        List<TourMapOverlay.Route> routes = new ArrayList<>();
        int number = 0;
        MapPoint last = end == null ? start : end;
        List<TourMapOverlay.Route> highlighted = new ArrayList<>();
        for (int d = 0; d < days.size(); d++) {
            List<PlannedStop> day = days.get(d);
            double[] xs = new double[day.size() + 2];
            double[] ys = new double[xs.length];
            int[] numbers = new int[day.size()];
            xs[0] = start.x();
            ys[0] = start.y();
            for (int i = 0; i < day.size(); i++) {
                xs[i + 1] = day.get(i).x();
                ys[i + 1] = day.get(i).y();
                numbers[i] = ++number;
            }
            xs[xs.length - 1] = last.x();
            ys[ys.length - 1] = last.y();
            boolean dimmed = highlightedDay >= 0 && highlightedDay != d;
            TourMapOverlay.Route route = new TourMapOverlay.Route(xs, ys, numbers,
                    dimmed ? DIMMED_DAY_COLOUR : TourMapOverlay.dayColour(d + 1));
            (dimmed ? routes : highlighted).add(route);
        }
        routes.addAll(highlighted); // drawn last: the highlighted day stays on top
        return new TourMapOverlay(routes);
    }

    /** Colour of the days that are not highlighted. */
    public static final int DIMMED_DAY_COLOUR = 0x9AA0A6;

    public MapPoint start() {
        return start;
    }

    /** Where the days end, or null when they come back to the start. */
    public MapPoint end() {
        return end;
    }

    public DayRules rules() {
        return rules;
    }

    /** The straight-line factor (of the fallback between places roads do not connect, when by road). */
    public double detour() {
        return costs.detour();
    }

    /** How this plan's travel is measured; moves and removals keep it. */
    public PlaceCosts costs() {
        return costs;
    }

    /** Whether the user changed the planner's order or day split by hand since the last planning. */
    public boolean handEdited() {
        return handEdited;
    }

    @Override
    public String toString() {
        return "TourPlan[" + days.size() + " days, " + stopCount() + " stops]";
    }
}

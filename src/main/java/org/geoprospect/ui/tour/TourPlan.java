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
import org.geoprospect.tour.EuclideanCost;
import org.geoprospect.tour.TourMapOverlay;
import org.geoprospect.tour.TravelCost;

/**
 * A planned tour as the user edits it: the stops in visiting order, split in days, from a start to an
 * end (back to the start when there is none), with each day's arrival times and length computed by
 * {@link DayPlanner#schedule} over straight-line distances times a detour factor. Every edit returns
 * a new plan whose days are scheduled again, so what the app shows is always true for the order.
 *
 * <p>Days are 0-based in this API (the {@link DayPlan}s they produce are numbered from 1); a day
 * emptied by an edit disappears. Immutable and thread-safe.
 */
public final class TourPlan {
    private final MapPoint start;
    private final MapPoint end;
    private final DayRules rules;
    private final double detour;
    private final List<List<PlannedStop>> days;
    private final List<DayPlan> schedules;
    private final boolean handEdited;

    private TourPlan(MapPoint start, MapPoint end, DayRules rules, double detour, List<List<PlannedStop>> days,
                     boolean handEdited) {
        this.start = Objects.requireNonNull(start, "start");
        this.end = end;
        this.rules = Objects.requireNonNull(rules, "rules");
        if (!(detour > 0) || Double.isInfinite(detour)) {
            throw new IllegalArgumentException("The detour factor must be a positive number, got " + detour + ".");
        }
        this.detour = detour;
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
        return new TourPlan(start, end, rules, detour, days, false);
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
        int first = firstStopPlace();
        double[] xs = new double[first + stops.size()];
        double[] ys = new double[xs.length];
        xs[0] = start.x();
        ys[0] = start.y();
        if (end != null) {
            xs[1] = end.x();
            ys[1] = end.y();
        }
        for (int i = 0; i < stops.size(); i++) {
            xs[first + i] = stops.get(i).x();
            ys[first + i] = stops.get(i).y();
        }
        return EuclideanCost.withDetour(xs, ys, detour);
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
        return new TourPlan(start, end, rules, detour, copy, true);
    }

    /** The tour without one stop. */
    public TourPlan without(int day, int index) {
        checkStop(day, index);
        List<List<PlannedStop>> copy = mutableDays();
        copy.get(day).remove(index);
        return new TourPlan(start, end, rules, detour, copy, true);
    }

    /**
     * The tour with one more stop, inserted where it lengthens its day least (cheapest insertion
     * over every day and position); a tour without days gets a first day.
     *
     * @throws IllegalArgumentException when the stop is already in the tour
     */
    public TourPlan with(PlannedStop stop) {
        if (contains(stop.code())) {
            throw new IllegalArgumentException("The stop " + stop.code() + " is already in the tour.");
        }
        List<List<PlannedStop>> copy = mutableDays();
        if (copy.isEmpty()) {
            copy.add(new ArrayList<>(List.of(stop)));
            return new TourPlan(start, end, rules, detour, copy, true);
        }
        MapPoint last = end == null ? start : end;
        double best = Double.POSITIVE_INFINITY;
        int bestDay = 0;
        int bestIndex = 0;
        for (int d = 0; d < copy.size(); d++) {
            List<PlannedStop> day = copy.get(d);
            for (int i = 0; i <= day.size(); i++) {
                double ax = i == 0 ? start.x() : day.get(i - 1).x();
                double ay = i == 0 ? start.y() : day.get(i - 1).y();
                double bx = i == day.size() ? last.x() : day.get(i).x();
                double by = i == day.size() ? last.y() : day.get(i).y();
                double added = Math.hypot(stop.x() - ax, stop.y() - ay) + Math.hypot(bx - stop.x(), by - stop.y())
                        - Math.hypot(bx - ax, by - ay);
                if (added < best - 1e-9) {
                    best = added;
                    bestDay = d;
                    bestIndex = i;
                }
            }
        }
        copy.get(bestDay).add(bestIndex, stop);
        return new TourPlan(start, end, rules, detour, copy, true);
    }

    /** The same days and order from another start (the arrival times change, the order does not). */
    public TourPlan withStart(MapPoint newStart) {
        return new TourPlan(newStart, end, rules, detour, days, handEdited);
    }

    /** The same days and order towards another end; null to come back to the start. */
    public TourPlan withEnd(MapPoint newEnd) {
        return new TourPlan(start, newEnd, rules, detour, days, handEdited);
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

    public double detour() {
        return detour;
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

package org.geoprospect.tour;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.geoprospect.model.ProgressMonitor;

/**
 * Splits a set of stops into day plans: one short path start → every stop → end is found first,
 * then cut into consecutive days, each filled greedily while the next stop still lets the rep get
 * back to the end place by the end of the day and the day's visit limit holds; each day's path is
 * then re-optimised on its own (start → its stops → end). Re-optimising only shortens a day, so it
 * keeps within the working hours.
 *
 * <p>Stateless; thread-safe.
 */
public final class DayPlanner {
    private DayPlanner() {
    }

    /**
     * Plans the days.
     *
     * @param cost  travel costs in metres between all places
     * @param start the place every day starts from
     * @param end   the place every day ends at (may equal start)
     * @param stops the places to visit (distinct, neither start nor end)
     * @throws TourPlanningException with one sentence when a stop cannot fit in a working day, or the
     *                               stops do not fit in the allowed number of days
     */
    public static List<DayPlan> plan(TravelCost cost, int start, int end, int[] stops, DayRules rules,
                                     SolverOptions options, ProgressMonitor monitor) {
        Objects.requireNonNull(rules, "rules");
        if (stops.length == 0) {
            return List.of();
        }
        int perDay = rules.maxPerDay();
        if (perDay == 0 && rules.maxDays() > 0) {
            perDay = (stops.length + rules.maxDays() - 1) / rules.maxDays();
        }
        int[] global = orderedStops(cost, start, end, stops, options, monitor);
        List<int[]> days = split(cost, start, end, global, rules, perDay);
        if (rules.maxDays() > 0 && days.size() > rules.maxDays()) {
            throw new TourPlanningException("The " + stops.length + " stops need " + days.size() + " days of "
                    + rules.dayStart() + "–" + rules.dayEnd() + " with " + rules.visit().toMinutes()
                    + "-minute visits, more than the " + rules.maxDays()
                    + " allowed; allow more days, shorten the visits or remove stops.");
        }
        List<DayPlan> plans = new ArrayList<>();
        for (int d = 0; d < days.size(); d++) {
            int[] dayStops = orderedStops(cost, start, end, days.get(d), options, monitor);
            plans.add(schedule(d + 1, cost, start, end, dayStops, rules));
        }
        return plans;
    }

    /** Arrival times for a day whose order is fixed. */
    public static DayPlan schedule(int day, TravelCost cost, int start, int end, int[] ordered, DayRules rules) {
        List<LocalTime> arrivals = new ArrayList<>();
        double seconds = 0;
        double metres = 0;
        int previous = start;
        for (int stop : ordered) {
            double leg = cost.cost(previous, stop);
            metres += leg;
            seconds += rules.travelSeconds(leg);
            arrivals.add(at(rules, seconds));
            seconds += rules.visit().toSeconds();
            previous = stop;
        }
        double back = cost.cost(previous, end);
        metres += back;
        seconds += rules.travelSeconds(back);
        return new DayPlan(day, ordered, arrivals, metres, at(rules, seconds));
    }

    private static List<int[]> split(TravelCost cost, int start, int end, int[] ordered, DayRules rules, int perDay) {
        List<int[]> days = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        double seconds = 0;
        int previous = start;
        double visit = rules.visit().toSeconds();
        double limit = rules.daySeconds();
        for (int stop : ordered) {
            double arrive = seconds + rules.travelSeconds(cost.cost(previous, stop));
            double home = arrive + visit + rules.travelSeconds(cost.cost(stop, end));
            boolean full = perDay > 0 && current.size() >= perDay;
            if (!current.isEmpty() && (full || home > limit)) {
                days.add(toArray(current));
                current.clear();
                previous = start;
                arrive = rules.travelSeconds(cost.cost(start, stop));
                home = arrive + visit + rules.travelSeconds(cost.cost(stop, end));
            }
            if (home > limit) {
                throw new TourPlanningException("Stop " + (days.size() + current.size() + 1) + " cannot be visited within one working day ("
                        + rules.dayStart() + "–" + rules.dayEnd() + ", " + rules.visit().toMinutes()
                        + "-minute visit, " + Math.round(rules.speedKmh()) + " km/h); extend the day or remove that stop.");
            }
            current.add(stop);
            seconds = arrive + visit;
            previous = stop;
        }
        days.add(toArray(current));
        return days;
    }

    private static int[] orderedStops(TravelCost cost, int start, int end, int[] stops, SolverOptions options,
                                      ProgressMonitor monitor) {
        boolean round = start == end;
        int[] places = new int[stops.length + (round ? 1 : 2)];
        places[0] = start;
        System.arraycopy(stops, 0, places, 1, stops.length);
        if (!round) {
            places[places.length - 1] = end;
        }
        SubsetCost sub = new SubsetCost(cost, places);
        int[] order = VisitOrder.path(sub, 0, round ? 0 : places.length - 1, options, monitor).order();
        int[] result = new int[stops.length];
        for (int i = 0; i < stops.length; i++) {
            result[i] = sub.place(order[i + 1]);
        }
        return result;
    }

    private static LocalTime at(DayRules rules, double seconds) {
        return rules.dayStart().plusSeconds(Math.round(seconds));
    }

    private static int[] toArray(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }
}

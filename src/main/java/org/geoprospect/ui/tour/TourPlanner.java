package org.geoprospect.ui.tour;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.tour.DayPlan;
import org.geoprospect.tour.DayPlanner;
import org.geoprospect.tour.DayRules;
import org.geoprospect.tour.SolverOptions;
import org.geoprospect.tour.TourPlanningException;

/**
 * Plans a tour of the app's stops with {@link DayPlanner#plan}: one short path through every stop,
 * cut into working days, each day re-optimised; the result keeps the stops' order and days. Travel is
 * the straight line times the detour factor, or the given {@link PlaceCosts} (road distances). Stateless;
 * thread-safe; blocks (call it off the FX thread).
 */
public final class TourPlanner {
    private TourPlanner() {
    }

    /**
     * The planned tour.
     *
     * @param end     where the days end, or null for back to the start
     * @param monitor checked for cancellation during the search
     * @throws TourPlanningException with one sentence when the stops do not fit the rules
     * @throws org.geoprospect.model.CancelledException when the monitor is cancelled
     */
    public static TourPlan plan(List<PlannedStop> stops, MapPoint start, MapPoint end, DayRules rules, double detour,
                                SolverOptions options, ProgressMonitor monitor) {
        return plan(stops, start, end, rules, PlaceCosts.straightLine(detour), options, monitor);
    }

    /**
     * The planned tour, travel measured with {@code costs} (which must cover the start, the end and every stop).
     *
     * @param end     where the days end, or null for back to the start
     * @param monitor checked for cancellation during the search
     * @throws TourPlanningException with one sentence when the stops do not fit the rules
     * @throws IllegalArgumentException when the costs do not cover a place
     * @throws org.geoprospect.model.CancelledException when the monitor is cancelled
     */
    public static TourPlan plan(List<PlannedStop> stops, MapPoint start, MapPoint end, DayRules rules, PlaceCosts costs,
                                SolverOptions options, ProgressMonitor monitor) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(costs, "costs");
        if (stops.isEmpty()) {
            throw new TourPlanningException("The tour has no stops; select households or clients first.");
        }
        int first = end == null ? 1 : 2;
        int[] places = new int[stops.size()];
        for (int i = 0; i < stops.size(); i++) {
            places[i] = first + i;
        }
        List<DayPlan> planned = DayPlanner.plan(costs.among(start, end, stops), 0, end == null ? 0 : 1, places,
                rules, options, monitor);
        List<List<PlannedStop>> days = new ArrayList<>();
        for (DayPlan day : planned) {
            List<PlannedStop> ordered = new ArrayList<>();
            for (int place : day.stops()) {
                ordered.add(stops.get(place - first));
            }
            days.add(ordered);
        }
        return TourPlan.of(start, end, rules, costs, days);
    }

    /** The same stops, start, end and rules as {@code current}, with the order and days planned again. */
    public static TourPlan replan(TourPlan current, SolverOptions options, ProgressMonitor monitor) {
        return plan(current.stopsInOrder(), current.start(), current.end(), current.rules(), current.costs(), options,
                monitor);
    }
}

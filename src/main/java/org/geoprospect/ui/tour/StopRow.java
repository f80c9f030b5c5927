package org.geoprospect.ui.tour;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.geoprospect.tour.DayPlan;
import org.geoprospect.tour.TourStop;

/**
 * One line of a day tab: the stop's number across the tour, estimated arrival, code, commune, and
 * where it sits in the plan (0-based day and position) for the edits. Immutable.
 */
public record StopRow(int day, int index, int number, LocalTime arrival, String code, TourStop.Kind kind, String commune) {
    /** The rows of one day of a plan (numbers continue from the days before). */
    public static List<StopRow> ofDay(TourPlan plan, int day) {
        int number = 0;
        for (int d = 0; d < day; d++) {
            number += plan.days().get(d).size();
        }
        DayPlan schedule = plan.schedules().get(day);
        List<PlannedStop> stops = plan.days().get(day);
        List<StopRow> rows = new ArrayList<>(stops.size());
        for (int i = 0; i < stops.size(); i++) {
            PlannedStop s = stops.get(i);
            rows.add(new StopRow(day, i, ++number, schedule.arrivals().get(i), s.code(), s.kind(), s.commune()));
        }
        return rows;
    }
}

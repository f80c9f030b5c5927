package org.geoprospect.tour;

import java.time.LocalTime;
import java.util.List;

/**
 * One day of a tour.
 *
 * @param day        1-based day number
 * @param stops      the stops' place indices in visiting order (start and end excluded)
 * @param arrivals   estimated arrival at each stop (same order)
 * @param metres     travel of the day, start to end
 * @param returnTime estimated arrival at the end place
 */
public record DayPlan(int day, int[] stops, List<LocalTime> arrivals, double metres, LocalTime returnTime) {
    public DayPlan {
        stops = stops.clone();
        arrivals = List.copyOf(arrivals);
    }

    @Override
    public int[] stops() {
        return stops.clone();
    }
}

package org.geoprospect.tour;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.geoprospect.model.ProgressMonitor;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked day plans on a straight road: the office at km 0, stops at km 10, 20, 30, 40 and a
 * second office at km 50, at 60 km/h (one minute per km), 30-minute visits. Days run from the office
 * to the second office, so the best order along the road is unique (a round trip on a line has ties).
 */
class DayPlannerTest {
    private static final SolverOptions OPTIONS = SolverOptions.iterations(3, 500);
    // Place 0 is the office; places 1..4 are the stops at 10, 20, 30, 40 km; place 5 the second office.
    private static final TravelCost ROAD = EuclideanCost.plain(new double[] {0, 10_000, 20_000, 30_000, 40_000, 50_000},
            new double[] {0, 0, 0, 0, 0, 0});
    private static final int[] STOPS = {4, 2, 1, 3};

    private static DayRules rules(String start, String end, int maxPerDay, int maxDays) {
        return new DayRules(LocalTime.parse(start), LocalTime.parse(end), Duration.ofMinutes(30), 60, maxPerDay, maxDays);
    }

    @Test
    void workingHoursCloseTheDayWhenTheArrivalWouldBeLate() {
        // Day 1: km 10 at 09:10 (leave 09:40), km 20 at 09:50, km 30 at 10:30 (leave 11:00), at km 50 at 11:20.
        // Adding km 40 (arrive 11:10, leave 11:40, at km 50 at 11:50) would end after 11:30: it starts day 2.
        List<DayPlan> days = DayPlanner.plan(ROAD, 0, 5, STOPS, rules("09:00", "11:30", 0, 0), OPTIONS, ProgressMonitor.NONE);
        assertEquals(2, days.size());
        assertArrayEquals(new int[] {1, 2, 3}, days.get(0).stops());
        assertEquals(List.of(LocalTime.of(9, 10), LocalTime.of(9, 50), LocalTime.of(10, 30)), days.get(0).arrivals());
        assertEquals(LocalTime.of(11, 20), days.get(0).returnTime());
        assertEquals(50_000, days.get(0).metres(), 1e-6);
        assertArrayEquals(new int[] {4}, days.get(1).stops());
        assertEquals(List.of(LocalTime.of(9, 40)), days.get(1).arrivals());
        assertEquals(LocalTime.of(10, 20), days.get(1).returnTime());
    }

    @Test
    void theWholeDayFitsWhenItEndsLater() {
        List<DayPlan> days = DayPlanner.plan(ROAD, 0, 5, STOPS, rules("09:00", "12:00", 0, 0), OPTIONS, ProgressMonitor.NONE);
        assertEquals(1, days.size());
        assertArrayEquals(new int[] {1, 2, 3, 4}, days.get(0).stops());
        assertEquals(LocalTime.of(11, 50), days.get(0).returnTime());
    }

    @Test
    void maxPerDayCutsTheOrderedPath() {
        // The whole path is 10, 20, 30, 40; two a day gives {10, 20} then {30, 40}.
        List<DayPlan> days = DayPlanner.plan(ROAD, 0, 5, STOPS, rules("08:00", "20:00", 2, 0), OPTIONS, ProgressMonitor.NONE);
        assertEquals(2, days.size());
        assertArrayEquals(new int[] {1, 2}, days.get(0).stops());
        assertArrayEquals(new int[] {3, 4}, days.get(1).stops());
    }

    @Test
    void aNumberOfDaysSpreadsTheStopsEvenly() {
        List<DayPlan> days = DayPlanner.plan(ROAD, 0, 0, STOPS, rules("08:00", "20:00", 0, 2), OPTIONS, ProgressMonitor.NONE);
        assertEquals(2, days.size());
        assertEquals(2, days.get(0).stops().length);
        assertEquals(2, days.get(1).stops().length);
    }

    @Test
    void tooFewDaysIsOneSentence() {
        TourPlanningException e = assertThrows(TourPlanningException.class, () -> DayPlanner.plan(ROAD, 0, 0, STOPS,
                rules("09:00", "12:00", 0, 1), OPTIONS, ProgressMonitor.NONE));
        assertTrue(e.getMessage().startsWith("The 4 stops need"), e.getMessage());
    }

    @Test
    void aStopBeyondADayIsRefused() {
        // km 40 and back is 80 minutes plus a 30-minute visit: more than a 90-minute day.
        TourPlanningException e = assertThrows(TourPlanningException.class, () -> DayPlanner.plan(ROAD, 0, 0,
                new int[] {4}, rules("09:00", "10:30", 0, 0), OPTIONS, ProgressMonitor.NONE));
        assertTrue(e.getMessage().contains("cannot be visited within one working day"), e.getMessage());
    }

    @Test
    void aRoundTripComesBackToTheOffice() {
        // Office at km 0 and back: stops 10 and 20 cost 40 minutes of driving and two 30-minute visits
        // in either order (both orders are 40 km).
        List<DayPlan> days = DayPlanner.plan(ROAD, 0, 0, new int[] {2, 1}, rules("09:00", "18:00", 0, 0), OPTIONS,
                ProgressMonitor.NONE);
        assertEquals(1, days.size());
        int[] stops = days.get(0).stops();
        java.util.Arrays.sort(stops);
        assertArrayEquals(new int[] {1, 2}, stops);
        assertEquals(LocalTime.of(10, 40), days.get(0).returnTime());
        assertEquals(40_000, days.get(0).metres(), 1e-6);
    }
}

package org.geoprospect.ui.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.tour.DayRules;
import org.geoprospect.tour.SolverOptions;
import org.geoprospect.tour.TourStop;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked tours on a line: the office at x=0, stops A..D at 1, 2, 3, 4 km, the end at 5 km, 36 km/h
 * (10 m/s: 1 km takes 100 s), 30-minute visits, no detour.
 */
class TourPlanTest {
    static final double X0 = 400_000;
    static final double Y0 = 6_700_000;
    static final MapPoint OFFICE = new MapPoint(X0, Y0);
    static final MapPoint END = new MapPoint(X0 + 5000, Y0);
    static final DayRules RULES = new DayRules(LocalTime.of(9, 0), LocalTime.of(18, 0), Duration.ofMinutes(30), 36, 0, 0);
    static final PlannedStop A = stop("A", 1000);
    static final PlannedStop B = stop("B", 2000);
    static final PlannedStop C = stop("C", 3000);
    static final PlannedStop D = stop("D", 4000);

    static PlannedStop stop(String code, double east) {
        return new PlannedStop(code, TourStop.Kind.HOUSEHOLD, X0 + east, Y0, "Angers");
    }

    static List<String> codes(TourPlan plan) {
        return plan.stopsInOrder().stream().map(PlannedStop::code).toList();
    }

    private static TourPlan lineInOrder() {
        return TourPlan.of(OFFICE, END, RULES, 1.0, List.of(List.of(A, B, C, D)));
    }

    @Test
    void plannerVisitsTheLineInOrder() {
        TourPlan plan = TourPlanner.plan(List.of(C, A, D, B), OFFICE, END, RULES, 1.0, SolverOptions.iterations(1, 200),
                ProgressMonitor.NONE);
        assertEquals(List.of("A", "B", "C", "D"), codes(plan));
        assertEquals(1, plan.days().size());
        assertEquals(5000, plan.metres(), 1e-6);
    }

    @Test
    void arrivalsFollowTravelAndVisits() {
        TourPlan plan = lineInOrder();
        // 100 s to A, then 30 min + 100 s between stops, 100 s from D to the end.
        assertEquals(List.of(LocalTime.of(9, 1, 40), LocalTime.of(9, 33, 20), LocalTime.of(10, 5), LocalTime.of(10, 36, 40)),
                plan.schedules().get(0).arrivals());
        assertEquals(LocalTime.of(11, 8, 20), plan.schedules().get(0).returnTime());
        assertEquals((2 * 3600 + 8 * 60 + 20) / 3600.0, plan.hours(), 1e-9);
        assertFalse(plan.isLate(0));
    }

    @Test
    void movingTheLastStopFirstLengthensTheDay() {
        TourPlan moved = lineInOrder().moved(0, 3, 0, 0);
        assertEquals(List.of("D", "A", "B", "C"), codes(moved));
        // 0→4 km, back to 1, on to 2 and 3, then 2 km to the end.
        assertEquals(4000 + 3000 + 1000 + 1000 + 2000, moved.metres(), 1e-6);
        assertTrue(moved.handEdited());
    }

    @Test
    void moveToAnotherDayAndEmptiedDaysDisappear() {
        TourPlan twoDays = TourPlan.of(OFFICE, END, RULES, 1.0, List.of(List.of(A, B), List.of(C, D)));
        assertEquals(10_000, twoDays.metres(), 1e-6);
        TourPlan moved = twoDays.moved(0, 0, 1, 2);
        assertEquals(List.of(List.of(B), List.of(C, D, A)), moved.days());
        assertEquals(5000 + (3000 + 1000 + 3000 + 4000), moved.metres(), 1e-6);
        TourPlan oneDay = moved.without(0, 0);
        assertEquals(List.of(List.of(C, D, A)), oneDay.days());
        assertEquals(1, oneDay.schedules().get(0).day());
    }

    @Test
    void aMoveOnePastTheLastDayStartsANewDay() {
        TourPlan moved = lineInOrder().moved(0, 3, 1, 0);
        assertEquals(List.of(List.of(A, B, C), List.of(D)), moved.days());
        assertEquals(5000 + (4000 + 1000), moved.metres(), 1e-6);
    }

    @Test
    void addedStopGoesWhereItCostsLeast() {
        TourPlan withoutC = lineInOrder().without(0, 2);
        assertEquals(5000, withoutC.metres(), 1e-6);
        TourPlan back = withoutC.with(C);
        assertEquals(List.of("A", "B", "C", "D"), codes(back));
        assertThrows(IllegalArgumentException.class, () -> back.with(C));
    }

    @Test
    void newStartKeepsTheOrderAndShiftsTheTimes() {
        TourPlan plan = lineInOrder().withStart(new MapPoint(X0 - 1000, Y0));
        assertEquals(List.of("A", "B", "C", "D"), codes(plan));
        assertEquals(6000, plan.metres(), 1e-6);
        assertEquals(LocalTime.of(9, 3, 20), plan.schedules().get(0).arrivals().get(0));
    }

    @Test
    void roundTripComesBackToTheStart() {
        TourPlan plan = TourPlan.of(OFFICE, null, RULES, 1.3, List.of(List.of(A, B, C, D)));
        assertEquals(8000 * 1.3, plan.metres(), 1e-6);
    }

    @Test
    void aDayPastTheWorkingDayIsLate() {
        DayRules short_ = new DayRules(LocalTime.of(9, 0), LocalTime.of(10, 0), Duration.ofMinutes(30), 36, 0, 0);
        TourPlan plan = TourPlan.of(OFFICE, END, short_, 1.0, List.of(List.of(A, B, C, D)));
        assertTrue(plan.isLate(0));
    }

    @Test
    void stopsAreNumberedAcrossDays() {
        TourPlan plan = TourPlan.of(OFFICE, END, RULES, 1.0, List.of(List.of(A, B), List.of(C, D)));
        assertEquals(List.of(3, 4), StopRow.ofDay(plan, 1).stream().map(StopRow::number).toList());
        assertEquals(LocalTime.of(9, 5), StopRow.ofDay(plan, 1).get(0).arrival(), "C is 3 km from the office");
    }

    @Test
    void aCodeTwiceIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> TourPlan.of(OFFICE, END, RULES, 1.0, List.of(List.of(A), List.of(A))));
    }
}

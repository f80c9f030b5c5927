package org.geoprospect.ui.tour;

import java.util.ArrayList;
import java.util.List;
import org.geoprospect.service.TourService;
import org.geoprospect.tour.DayPlan;

/**
 * A plan as the panel shows it, handed to the tour service to be written as it is: positions in the
 * project CRS, each day's codes in visiting order with the arrival times, length and return shown in
 * its tab, and how travel was measured. Stateless.
 */
final class ShownTour {
    private ShownTour() {
    }

    /** The tour shown. */
    static TourService.PlannedTour of(TourPlan plan) {
        List<TourService.PlannedDay> days = new ArrayList<>();
        for (int d = 0; d < plan.days().size(); d++) {
            DayPlan schedule = plan.schedules().get(d);
            days.add(new TourService.PlannedDay(plan.days().get(d).stream().map(PlannedStop::code).toList(),
                    schedule.arrivals(), schedule.metres(), schedule.returnTime()));
        }
        MapPoint end = plan.end();
        return new TourService.PlannedTour(new double[] {plan.start().x(), plan.start().y()},
                end == null ? null : new double[] {end.x(), end.y()}, days, plan.costs().byRoad(),
                plan.costs().roadsSetAside());
    }
}

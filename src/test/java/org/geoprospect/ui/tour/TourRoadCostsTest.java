package org.geoprospect.ui.tour;

import static org.geoprospect.ui.tour.TourPlanTest.OFFICE;
import static org.geoprospect.ui.tour.TourPlanTest.RULES;
import static org.geoprospect.ui.tour.TourPlanTest.X0;
import static org.geoprospect.ui.tour.TourPlanTest.Y0;
import static org.geoprospect.ui.tour.TourPlanTest.codes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.geoprospect.model.GeometryKind;
import org.geoprospect.model.LayerInfo;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.model.VectorFeature;
import org.geoprospect.model.VectorLayer;
import org.geoprospect.service.MapContent;
import org.geoprospect.tour.SolverOptions;
import org.geoprospect.tour.TourStop;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Road distances in the panel's plans, on a hand-made L-shaped road: from the office (X0, Y0) 5 km east
 * to a corner, then 5 km north. Stops: C on the road 2 km from the office, B 30 m east of the corner (it
 * joins the road at the corner: 30 m access leg each way), A at the far end of the road. Along the road
 * the office is at 0, C at 2,000, B at 5,000 (+30), A at 10,000; the straight line from A to the office
 * is only 7,071 m.
 */
class TourRoadCostsTest {
    static final PlannedStop A = stop("A", 5000, 5000);
    static final PlannedStop B = stop("B", 5030, 0);
    static final PlannedStop C = stop("C", 2000, 0);
    /** 40 m south of the road, 1 km from the office. */
    static final PlannedStop D = stop("D", 1000, -40);

    static PlannedStop stop(String code, double east, double north) {
        return new PlannedStop(code, TourStop.Kind.HOUSEHOLD, X0 + east, Y0 + north, "Angers");
    }

    /** The map content of a project whose only layer is the L-shaped "roads" line layer. */
    static MapContent roadContent() {
        GeometryFactory factory = new GeometryFactory();
        var road = factory.createLineString(new Coordinate[] {
            new Coordinate(X0, Y0), new Coordinate(X0 + 5000, Y0), new Coordinate(X0 + 5000, Y0 + 5000)});
        Envelope extent = road.getEnvelopeInternal();
        VectorLayer roads = new VectorLayer(new LayerInfo("roads", GeometryKind.LINE, 1, 2154, extent, new Envelope()),
                List.of(new VectorFeature(1, road, Map.of())));
        return new MapContent(2154, List.of(roads), extent);
    }

    /** Position along the road of a stop and its access leg, by construction. */
    static double along(PlannedStop s) {
        return switch (s.code()) {
            case "A" -> 10_000;
            case "B" -> 5000;
            case "C" -> 2000;
            case "D" -> 1000;
            default -> throw new IllegalArgumentException(s.code());
        };
    }

    static double access(PlannedStop s) {
        return switch (s.code()) {
            case "B" -> 30;
            case "D" -> 40;
            default -> 0;
        };
    }

    /** The length of a round trip from the office through the stops in order, along the road. */
    static double roundTrip(List<PlannedStop> order) {
        double metres = 0;
        double at = 0;
        double leg = 0;
        for (PlannedStop s : order) {
            metres += leg + Math.abs(along(s) - at) + access(s);
            at = along(s);
            leg = access(s);
        }
        return metres + leg + at;
    }

    private static PlaceCosts measured(List<PlannedStop> stops) {
        return TravelModel.forContent(roadContent()).costs(OFFICE, null, stops, 1.0, ProgressMonitor.NONE);
    }

    @Test
    void thePlannedTourIsMeasuredAlongTheRoad() {
        List<PlannedStop> stops = List.of(A, B, C);
        TourPlan plan = TourPlanner.plan(stops, OFFICE, null, RULES, measured(stops), SolverOptions.iterations(3, 200),
                ProgressMonitor.NONE);
        // Out to the far end and back, plus B's access leg both ways; the straight line would be ~17.1 km.
        assertEquals(2 * 10_000 + 2 * 30, plan.metres(), 1e-6);
        assertEquals(roundTrip(plan.stopsInOrder()), plan.metres(), 1e-6);
        assertTrue(plan.costs().byRoad());
        assertEquals(4, plan.costs().measuredPlaces());
    }

    @Test
    void movesAndRemovalsReuseTheMeasuredCosts() {
        List<PlannedStop> stops = List.of(C, B, A);
        TourPlan plan = TourPlan.of(OFFICE, null, RULES, measured(stops), List.of(stops));
        assertEquals(20_060, plan.metres(), 1e-6);
        TourPlan moved = plan.moved(0, 2, 0, 0);
        assertEquals(List.of("A", "C", "B"), codes(moved));
        // Office → A 10 km, back to C 8 km, on to B 3,030 m, back to the office 5,030 m.
        assertEquals(10_000 + 8000 + 3030 + 5030, moved.metres(), 1e-6);
        assertSame(plan.costs(), moved.costs());
        TourPlan back = moved.moved(0, 0, 0, 2);
        assertEquals(codes(plan), codes(back));
        assertEquals(plan.metres(), back.metres(), 1e-9);
        TourPlan withoutB = back.without(0, 1);
        assertSame(plan.costs(), withoutB.costs());
        assertEquals(20_000, withoutB.metres(), 1e-6);
    }

    @Test
    void aNewPlaceNeedsMeasuringFirst() {
        List<PlannedStop> stops = List.of(C, B, A);
        TourPlan plan = TourPlan.of(OFFICE, null, RULES, measured(stops), List.of(stops));
        assertFalse(plan.costs().covers(PlaceCosts.at(D)));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> plan.with(D));
        assertTrue(refused.getMessage().contains("not measured yet"), refused.getMessage());
        TourPlan withD = plan.with(D, measured(List.of(C, B, A, D)));
        // D, 40 m off the road at 1 km, goes where it adds its two access legs only.
        assertEquals(20_060 + 80, withD.metres(), 1e-6);
        assertEquals(roundTrip(withD.stopsInOrder()), withD.metres(), 1e-6);
    }

    @Test
    void withoutARoadsLayerTravelIsTheStraightLine() {
        MapContent noRoads = new MapContent(2154, List.of(), new Envelope(0, 1, 0, 1));
        TravelModel model = TravelModel.forContent(noRoads);
        assertFalse(model.usesRoads());
        PlaceCosts costs = model.costs(OFFICE, null, List.of(A), 1.3, ProgressMonitor.NONE);
        assertFalse(costs.byRoad());
        TourPlan plan = TourPlan.of(OFFICE, null, RULES, costs, List.of(List.of(A)));
        assertEquals(2 * Math.hypot(5000, 5000) * 1.3, plan.metres(), 1e-6);
        assertTrue(TravelModel.forContent(roadContent()).usesRoads());
    }

    @Test
    void aRoadsLayerThatDoesNotReachTheStopsIsSetAside() {
        // Three neighbours 3 km north of the road, 1 km apart: by road each pair goes down to the road and
        // back up (7 or 8 km for 1 or 2 km); pair ratios 1.0, 1.26, 1.39, 4, 7, 7 -> median 2.69 > 2.
        List<PlannedStop> lane = List.of(stop("P", 0, 3000), stop("Q", 1000, 3000), stop("R", 2000, 3000));
        PlaceCosts costs = TravelModel.forContent(roadContent()).costs(OFFICE, null, lane, 1.3, ProgressMonitor.NONE);
        assertFalse(costs.byRoad());
        assertTrue(costs.roadsSetAside());
        TourPlan plan = TourPlan.of(OFFICE, null, RULES, costs, List.of(lane));
        assertEquals(1.3 * (3000 + 1000 + 1000 + Math.hypot(2000, 3000)), plan.metres(), 1e-6);
    }
}

package org.geoprospect.ui.tour;

import static org.geoprospect.ui.tour.TourPlanTest.OFFICE;
import static org.geoprospect.ui.tour.TourPlanTest.codes;
import static org.geoprospect.ui.tour.TourPlanViewModelTest.fx;
import static org.geoprospect.ui.tour.TourPlanViewModelTest.fxRun;
import static org.geoprospect.ui.tour.TourRoadCostsTest.A;
import static org.geoprospect.ui.tour.TourRoadCostsTest.B;
import static org.geoprospect.ui.tour.TourRoadCostsTest.C;
import static org.geoprospect.ui.tour.TourRoadCostsTest.D;
import static org.geoprospect.ui.tour.TourRoadCostsTest.roundTrip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.geoprospect.tour.SolverOptions;
import org.geoprospect.ui.Messages;
import org.geoprospect.ui.undo.UndoHistory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The panel's tour measured on the project's roads (the L-shaped road of {@link TourRoadCostsTest}):
 * planning measures in the background, a move is instant and reuses the measured costs, undo and redo
 * bring back exactly the plans that were shown.
 */
class TourPlanViewModelRoadsTest {
    private final UndoHistory history = new UndoHistory();
    private TourPlanViewModel model;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void plannedOnRoads() throws Exception {
        model = fx(() -> new TourPlanViewModel(Messages.forLocale(Locale.ENGLISH), history));
        fxRun(() -> {
            model.setSolverOptions(() -> SolverOptions.iterations(3, 200));
            model.setTravelModel(TravelModel.forContent(TourRoadCostsTest.roadContent()));
            model.detourProperty().set("1");
            model.rules().speedKmhProperty().set("40");
            model.setStart(OFFICE);
            model.plan(List.of(A, C, B));
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.planProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TourPlan plan() throws Exception {
        return fx(() -> model.planProperty().get());
    }

    @Test
    void thePanelsMetresAreTheRoadPathAndTheTotalsSaySo() throws Exception {
        // Out along the road to its far end and back, plus B's 30 m access leg both ways.
        assertEquals(20_060, plan().metres(), 1e-6);
        assertTrue(plan().costs().byRoad());
        // 20.06 km at 40 km/h is half an hour, plus three 30-minute visits.
        assertEquals("3 stops · 1 day · 20.1 km · 2.0 h (road distances)", fx(() -> model.messageProperty().get()));
    }

    @Test
    void aMoveReusesTheMatrixAndUndoRedoAreExact() throws Exception {
        TourPlan planned = plan();
        // Every shortest order has C first or last (A-C-B and B-C-A run the 8 km between A and C twice).
        int cIndex = codes(planned).indexOf("C");
        assertTrue(cIndex != 1, codes(planned).toString());
        fxRun(() -> model.move(0, cIndex, 0, 1));
        TourPlan moved = plan(); // no waiting: a move is made on the FX thread at once
        assertNotSame(planned, moved);
        assertSame(planned.costs(), moved.costs());
        assertEquals("C", codes(moved).get(1));
        assertEquals(10_000 + 8000 + 3030 + 5030, moved.metres(), 1e-6);
        assertEquals(roundTrip(moved.stopsInOrder()), moved.metres(), 1e-6);

        fxRun(() -> model.move(0, 1, 0, cIndex));
        assertEquals(codes(planned), codes(plan()));
        assertEquals(planned.metres(), plan().metres(), 1e-9);

        history.undo();
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(moved, plan());
        history.undo();
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(planned, plan());
        history.redo();
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(moved, plan());
        assertEquals(roundTrip(moved.stopsInOrder()), plan().metres(), 1e-6);
    }

    @Test
    void anAddedStopIsMeasuredInTheBackgroundThenUndoable() throws Exception {
        TourPlan planned = plan();
        fxRun(() -> model.add(D));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> plan() != planned);
        TourPlan withD = plan();
        assertEquals(5, withD.costs().measuredPlaces());
        assertEquals(20_060 + 80, withD.metres(), 1e-6);
        assertEquals("adding stop D", history.nextUndo().orElseThrow());
        history.undo();
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(planned, plan());
    }

    @Test
    void aNewStartIsMeasuredThenTheOrderIsKept() throws Exception {
        TourPlan planned = plan();
        // The start moves 1 km along the road: every day is 2 km shorter (1 km out, 1 km back).
        fxRun(() -> model.setStart(new MapPoint(OFFICE.x() + 1000, OFFICE.y())));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> plan() != planned);
        assertEquals(codes(planned), codes(plan()));
        assertEquals(20_060 - 2000, plan().metres(), 1e-6);
        assertTrue(plan().costs().byRoad());
    }
}

package org.geoprospect.ui.tour;

import static org.geoprospect.ui.tour.TourPlanTest.A;
import static org.geoprospect.ui.tour.TourPlanTest.B;
import static org.geoprospect.ui.tour.TourPlanTest.C;
import static org.geoprospect.ui.tour.TourPlanTest.D;
import static org.geoprospect.ui.tour.TourPlanTest.END;
import static org.geoprospect.ui.tour.TourPlanTest.OFFICE;
import static org.geoprospect.ui.tour.TourPlanTest.codes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.geoprospect.render.MapOverlay;
import org.geoprospect.tour.SolverOptions;
import org.geoprospect.ui.Messages;
import org.geoprospect.ui.undo.UndoHistory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The tour's edits and Edit ▸ Undo/Redo without a scene: the view model runs on the FX thread (started
 * headless), the history is replayed from this test thread as the menu does from a background one.
 * The tour of {@link TourPlanTest}: A..D on a line between the office and the end, 5 km in order.
 */
class TourPlanViewModelTest {
    private final UndoHistory history = new UndoHistory();
    private TourPlanViewModel model;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    static <T> T fx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(20, TimeUnit.SECONDS);
    }

    static void fxRun(Runnable action) throws Exception {
        fx(() -> {
            action.run();
            return null;
        });
    }

    @BeforeEach
    void planned() throws Exception {
        model = fx(() -> new TourPlanViewModel(Messages.forLocale(Locale.ENGLISH), history));
        fxRun(() -> {
            model.setSolverOptions(() -> SolverOptions.iterations(7, 200));
            model.detourProperty().set("1");
            model.rules().speedKmhProperty().set("36");
            model.setStart(OFFICE);
            model.places().showEnd(END);
            model.plan(List.of(D, B, A, C));
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.planProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TourPlan plan() throws Exception {
        return fx(() -> model.planProperty().get());
    }

    @Test
    void planningOrdersTheLineAndDrawsIt() throws Exception {
        assertEquals(List.of("A", "B", "C", "D"), codes(plan()));
        assertEquals(5000, plan().metres(), 1e-6);
        assertNotNull(fx(() -> model.overlayProperty().get()));
        assertEquals("4 stops · 1 day · 5.0 km · 2.1 h (straight line × detour)",
                fx(() -> model.messageProperty().get()));
        assertEquals("planning the tour of 4 stops", history.nextUndo().orElseThrow());
    }

    @Test
    void moveThenUndoRestoresExactlyAndRedoMovesAgain() throws Exception {
        TourPlan before = plan();
        MapOverlay overlayBefore = fx(() -> model.overlayProperty().get());
        fxRun(() -> model.move(0, 3, 0, 0));
        TourPlan moved = plan();
        assertEquals(List.of("D", "A", "B", "C"), codes(moved));
        assertEquals(11_000, moved.metres(), 1e-6);
        assertNotSame(overlayBefore, fx(() -> model.overlayProperty().get()));
        assertEquals("moving stop D", history.nextUndo().orElseThrow());

        history.undo();
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(before, plan());
        assertEquals(5000, plan().metres(), 1e-6);

        history.redo();
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(moved, plan());
    }

    @Test
    void removeAddAndStartChangeAreUndoneInTurn() throws Exception {
        TourPlan before = plan();
        fxRun(() -> model.remove(0, 2));
        assertEquals(List.of("A", "B", "D"), codes(plan()));
        fxRun(() -> model.add(C));
        assertEquals(List.of("A", "B", "C", "D"), codes(plan()));
        fxRun(() -> model.setStart(new MapPoint(OFFICE.x() - 1000, OFFICE.y())));
        assertEquals(6000, plan().metres(), 1e-6);
        assertEquals(List.of("A", "B", "C", "D"), codes(plan()));

        history.undo();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(5000, plan().metres(), 1e-6);
        assertEquals(OFFICE, plan().start());
        assertEquals(OFFICE, fx(() -> model.places().start()), "the start field follows the undo");
        history.undo();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("A", "B", "D"), codes(plan()));
        history.undo();
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(before, plan());
    }

    @Test
    void recomputeReordersAHandEditedTourAndIsUndoable() throws Exception {
        fxRun(() -> model.move(0, 0, 0, 3));
        assertEquals(List.of("B", "C", "D", "A"), codes(plan()));
        TourPlan edited = plan();
        fxRun(model::recompute);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> plan() != edited);
        assertEquals(List.of("A", "B", "C", "D"), codes(plan()));
        assertEquals("re-optimising the tour", history.nextUndo().orElseThrow());
        history.undo();
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(edited, plan());
    }

    @Test
    void addingAStopAlreadyThereIsRefusedWithASentence() throws Exception {
        fxRun(() -> model.add(A));
        assertEquals("A is already in the tour.", fx(() -> model.problemProperty().get()));
        assertEquals("planning the tour of 4 stops", history.nextUndo().orElseThrow(), "nothing recorded");
    }

    @Test
    void aMistakeInTheRulesIsOneSentenceAndPlansNothing() throws Exception {
        TourPlan before = plan();
        fxRun(() -> {
            model.rules().dayStartProperty().set("nine");
            model.plan(List.of(A, B));
        });
        assertTrue(fx(() -> model.problemProperty().get()).startsWith("The day start 'nine' is not a time"));
        assertSame(before, plan());
    }

    @Test
    void clearingIsUndoable() throws Exception {
        TourPlan before = plan();
        fxRun(model::clear);
        assertNull(plan());
        assertNull(fx(() -> model.overlayProperty().get()));
        history.undo();
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(before, plan());
    }
}

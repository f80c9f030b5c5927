package org.geoprospect.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.geoprospect.tour.DayRules;
import org.geoprospect.tour.TourStop;
import org.geoprospect.ui.Messages;
import org.geoprospect.ui.tour.MapPoint;
import org.geoprospect.ui.tour.PlannedStop;
import org.geoprospect.ui.tour.TourPlan;
import org.geoprospect.ui.tour.TourRouteOverlay;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The layers tab's legend shows the tour's days and its start / end while a tour is on the map, nothing otherwise. */
class OverlayLegendBoxTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static <T> T fx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(20, TimeUnit.SECONDS);
    }

    private static PlannedStop stop(String code, double x) {
        return new PlannedStop(code, TourStop.Kind.HOUSEHOLD, x, 6_700_000, "");
    }

    @Test
    void aTwoDayTourGivesTwoDayLinesAndTheStartEnd() throws Exception {
        DayRules rules = new DayRules(LocalTime.of(9, 0), LocalTime.of(18, 0), Duration.ofMinutes(30), 36, 0, 0);
        TourPlan plan = TourPlan.of(new MapPoint(400_000, 6_700_000), null, rules, 1.0,
                List.of(List.of(stop("A", 401_000)), List.of(stop("B", 402_000))));
        List<String> texts = fx(() -> {
            MapViewModel map = new MapViewModel(Messages.forLocale(Locale.ENGLISH));
            OverlayLegendBox box = new OverlayLegendBox(map, Messages.forLocale(Locale.ENGLISH));
            assertFalse(box.isVisible(), "no tour, no lines");
            map.setTourOverlay(TourRouteOverlay.of(plan, -1));
            box.refresh();
            assertTrue(box.isVisible());
            List<String> shown = box.getChildren().stream()
                    .map(row -> ((Label) ((HBox) row).getChildren().get(1)).getText()).toList();
            map.setTourOverlay(null);
            box.refresh();
            assertFalse(box.isVisible(), "the tour cleared, its lines go");
            map.close();
            return shown;
        });
        assertEquals(List.of("Tour day 1", "Tour day 2", "Start / end"), texts);
    }
}

package org.geoprospect.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.render.RasterCanvas;
import org.junit.jupiter.api.Test;

/**
 * The detail maps page of a day, on an empty map: two stops 5 km apart get a map each, centred on the
 * stop, so each stop's numbered disc is at the centre of its quarter of the page, in the day's colour.
 * Pixel positions follow from the page's layout: a quarter is 820 × 500, its map 800 × 446 under a
 * 40-pixel caption, both centred in the quarter (map top left at 10, 47).
 */
class TourPackMapsTest {
    private static final int X0 = 400_000;
    private static final int Y0 = 6_700_000;

    private static TourPackWriter.Pack pack() {
        double[] xs = {X0, X0 + 1_000, X0 + 6_000};
        double[] ys = {Y0, Y0, Y0};
        TourStop a = stop("H1", xs[1]);
        TourStop b = stop("H2", xs[2]);
        DayPlan day = new DayPlan(1, new int[] {1, 2}, List.of(LocalTime.of(9, 5), LocalTime.of(9, 50)), 12_000,
                LocalTime.of(10, 30));
        return new TourPackWriter.Pack(xs, ys, 0, 0, Arrays.asList(null, a, b), List.of(day), List.of(), java.time.LocalDate.of(2026, 10, 1), "",
                new double[] {-0.51, 47.4}, new double[] {-0.51, 47.4});
    }

    private static TourStop stop(String code, double x) {
        return new TourStop(code, TourStop.Kind.HOUSEHOLD, x, Y0, -0.5, 47.4, "Angers", null, null, null, List.of("picnic"),
                null);
    }

    @Test
    void eachStopsNumberIsAtTheCentreOfItsDetailMapInTheDaysColour() {
        TourPackWriter.Pack pack = pack();
        TourPackLayout layout = TourPackLayout.of(pack);
        TourPackLayout.DayLayout day = layout.days().get(0);
        assertEquals(2, day.extracts().size());
        assertEquals(1, day.extractPages());
        RasterCanvas page = new TourPackMaps(pack).extractPage(day, 0, TourPackTexts.forLocale(Locale.ENGLISH),
                ProgressMonitor.NONE);
        int dayColour = 0xFF000000 | TourMapOverlay.dayColour(1);
        // Centre of the first map: (10 + 400, 47 + 223); 10 px left of it, inside the disc, beside the digit.
        assertEquals(Integer.toHexString(dayColour), Integer.toHexString(page.argbAt(400, 270)));
        // The second map, in the top right quarter: (820 + 10 + 400, 270).
        assertEquals(Integer.toHexString(dayColour), Integer.toHexString(page.argbAt(1220, 270)));
        // The lower quarters are empty: white paper.
        assertEquals("ffffffff", Integer.toHexString(page.argbAt(410, 770)));
    }

    @Test
    void captionsListTheNumbersInRuns() {
        assertEquals("4–7, 9", TourPackMaps.runs(new int[] {4, 5, 6, 7, 9}));
        assertEquals("1, 2", TourPackMaps.runs(new int[] {1, 2}));
        assertEquals("3", TourPackMaps.runs(new int[] {3}));
    }
}

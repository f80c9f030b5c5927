package org.geoprospect.ui.tour;

import static org.geoprospect.ui.tour.TourPlanTest.RULES;
import static org.geoprospect.ui.tour.TourPlanTest.X0;
import static org.geoprospect.ui.tour.TourPlanTest.Y0;
import static org.geoprospect.ui.tour.TourPlanViewModelTest.fx;
import static org.geoprospect.ui.tour.TourPlanViewModelTest.fxRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.geoprospect.render.LegendPainter;
import org.geoprospect.render.MapLegend;
import org.geoprospect.render.Viewport;
import org.geoprospect.service.MapContent;
import org.geoprospect.tour.TourMapOverlay;
import org.geoprospect.ui.MainViewModel;
import org.geoprospect.ui.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File ▸ Export map as PNG with a tour shown: an empty 10 km map, a one-stop round trip from (2 km, 5 km)
 * to (8 km, 5 km) drawn along the middle row of the view, so the route's pixels and the legend's
 * corner are known by construction.
 */
class TourMapExportTest {
    private static final int DAY_1 = TourMapOverlay.dayColour(1);
    private MainViewModel main;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        fxRun(() -> main.close());
    }

    private static TourPlan roundTrip() {
        MapPoint office = new MapPoint(X0 + 2000, Y0 + 5000);
        PlannedStop stop = new PlannedStop("S1", org.geoprospect.tour.TourStop.Kind.HOUSEHOLD, X0 + 8000, Y0 + 5000, "Angers");
        return TourPlan.of(office, null, RULES, 1.0, List.of(List.of(stop)));
    }

    @Test
    void theExportedPngShowsTheRouteInItsDayColourAndTheTourInTheLegend(@TempDir Path dir) throws Exception {
        Messages messages = Messages.forLocale(Locale.ENGLISH);
        MapContent empty = new MapContent(2154, List.of(), new Envelope(X0, X0 + 10_000, Y0, Y0 + 10_000));
        main = fx(() -> new MainViewModel(messages));
        fxRun(() -> {
            main.map().setViewSize(800, 600);
            main.load(monitor -> empty);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> main.map().contentProperty().get()) != null);
        TourRouteOverlay overlay = TourRouteOverlay.of(roundTrip(), -1);
        Path png = dir.resolve("map.png");
        int width = 1000;
        int height = 700;
        Viewport exported = fx(() -> {
            main.map().setTourOverlay(overlay);
            main.exportPng(png, width, height);
            // The export draws the area of the current view at the size asked, as MainViewModel documents.
            return Viewport.fitting(main.map().viewportProperty().get().envelope(), width, height);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> fx(() -> main.statusMessageProperty().get()).startsWith("Map exported to"));
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(width, image.getWidth());

        // Half way between the office and the stop, the route passes in day 1's colour; 40 px above it does not.
        int x = (int) Math.round(exported.toScreenX(X0 + 5000));
        int y = (int) Math.round(exported.toScreenY(Y0 + 5000));
        assertTrue(hasColourNear(image, x, y, DAY_1), "route pixel at " + x + "," + y);
        assertFalse(hasColourNear(image, x, y - 40, DAY_1));
        // The route is 3 px wide: a quarter of the way along, too.
        int quarter = (int) Math.round(exported.toScreenX(X0 + 3500));
        assertTrue(hasColourNear(image, quarter, y, DAY_1));

        // The legend box (bottom right, well below the route's row) holds the day's swatch.
        assertTrue(regionHas(image, width / 2, height - 140, width, height, DAY_1), "legend swatch of day 1");
        List<String> texts = MapLegend.overlayLines(List.of(overlay), messages::get).stream()
                .map(LegendPainter.Line::text).toList();
        assertEquals(List.of("Tour day 1", "Start / end"), texts);
        assertTrue(Files.size(png) > 0);
    }

    private static boolean hasColourNear(BufferedImage image, int x, int y, int rgb) {
        for (int dy = -1; dy <= 1; dy++) {
            if ((image.getRGB(x, y + dy) & 0xFFFFFF) == rgb) {
                return true;
            }
        }
        return false;
    }

    private static boolean regionHas(BufferedImage image, int x0, int y0, int x1, int y1, int rgb) {
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    return true;
                }
            }
        }
        return false;
    }
}

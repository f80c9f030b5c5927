package org.geoprospect.ui.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.geoprospect.geo.CoordinateTransform;
import org.geoprospect.geo.Srids;
import org.geoprospect.index.HouseholdColumns;
import org.geoprospect.index.Selection;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.render.MapOverlay;
import org.geoprospect.render.RasterCanvas;
import org.geoprospect.render.Viewport;
import org.geoprospect.service.ProjectService;
import org.geoprospect.service.ProjectSession;
import org.geoprospect.ui.MainWindow;
import org.geoprospect.ui.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Thin wiring test, headless, on the demo project: the eight households nearest to Angers are
 * selected on the map, a tour of at most four visits a day is planned from the Tour tab, the two day
 * tabs list stops 1–4 and 5–8; moving a stop through the view model renumbers the tabs and changes
 * the route drawn on the map.
 */
@ExtendWith(ApplicationExtension.class)
class TourPanelTest {
    @TempDir
    static Path dir;
    static Path project;
    private MainWindow window;

    @BeforeAll
    static void demo() throws Exception {
        project = dir.resolve("demo");
        new ProjectService().create(project, true, ProgressMonitor.NONE);
    }

    @Start
    void start(Stage stage) {
        window = new MainWindow(Messages.forLocale(Locale.ENGLISH));
        window.show(stage);
        window.viewModel().load(ProjectSession.of(project, false));
    }

    @AfterEach
    void close() {
        window.viewModel().close();
    }

    @Test
    void plansTwoDaysRenumbersAfterAMoveAndRedrawsTheRoute(FxRobot robot) throws Exception {
        var panels = window.targetingPanels();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> panels.context().session() != null);
        HouseholdColumns households = panels.context().session().data().households();
        double[] angers = CoordinateTransform.between(Srids.WGS84, Srids.LAMBERT_93).transform(-0.5536, 47.4736);
        // The eight nearest that the contact policy lets on a tour (the others would be left out before planning).
        List<Integer> byDistance = IntStream.range(0, households.size()).boxed()
                .sorted(Comparator.comparingDouble(id -> Math.hypot(households.x(id) - angers[0], households.y(id) - angers[1])))
                .limit(40).toList();
        List<String> listed = org.geoprospect.service.ProjectAccess.whenFree(() -> new org.geoprospect.service.TourService()
                .screen(project, byDistance.stream().map(households::anonCode).toList())).listed();
        // Each chosen household selected on the map by a tiny circle around it that holds it alone: the
        // target (limited to the map selection) is then exactly these eight.
        var session = panels.context().session();
        var toWgs84 = CoordinateTransform.between(Srids.LAMBERT_93, Srids.WGS84);
        List<org.geoprospect.analysis.selection.ShapeSpec> circles = new java.util.ArrayList<>();
        List<Integer> chosen = new java.util.ArrayList<>();
        for (int id : byDistance) {
            double[] lonLat = toWgs84.transform(households.x(id), households.y(id));
            var circle = org.geoprospect.analysis.selection.ShapeSpec.circle(lonLat[0], lonLat[1], 0.002);
            if (chosen.size() < 8 && listed.contains(households.anonCode(id))
                    && session.select(List.of(circle)).households().cardinality() == 1) {
                chosen.add(id);
                circles.add(circle);
            }
        }
        int[] nearest = chosen.stream().mapToInt(Integer::intValue).toArray();
        assertEquals(8, nearest.length, "eight households stand alone near Angers");
        robot.interact(() -> {
            window.viewModel().targeting().selectionShapesProperty().set(List.copyOf(circles));
            TabPane tabs = robot.lookup("#targetingTabs").queryAs(TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> "tabTour".equals(t.getId())).findFirst().orElseThrow());
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> panels.criteria().resultProperty().get() != null
                && panels.criteria().resultProperty().get().households().cardinality() == 8);
        TourPanel panel = robot.lookup("#tourPanel").queryAs(TourPanel.class);
        TourPlanViewModel model = panel.viewModel();
        robot.interact(() -> {
            robot.lookup("#tourStart").queryAs(TextField.class).setText("-0.5536,47.4736");
            model.rules().maxPerDayProperty().set("4");
        });
        org.geoprospect.ui.SettledClicks.click(robot, robot.lookup("#tourPlan").query());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.planProperty().get() != null
                || !model.problemProperty().get().isEmpty());
        assertEquals("", model.problemProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        TabPane days = robot.lookup("#tourDays").queryAs(TabPane.class);
        assertEquals(2, days.getTabs().size());
        assertEquals(List.of(1, 2, 3, 4), numbers(robot, 1));
        robot.interact(() -> days.getSelectionModel().select(1));
        assertEquals(List.of(5, 6, 7, 8), numbers(robot, 2));
        assertEquals(1, model.highlightedDayProperty().get(), "the selected day is highlighted on the map");
        List<String> codesOfDay1 = codes(robot, 1);
        assertTrue(codesOfDay1.stream().allMatch(c -> IntStream.of(nearest).anyMatch(id -> households.anonCode(id).equals(c))),
                "the rows show the selected households' anonymous codes");

        MapOverlay before = model.overlayProperty().get();
        assertSame(before, last(window.viewModel().map().currentOverlays()), "the route is drawn on the map");
        robot.interact(() -> model.move(0, 0, 1, 0));
        WaitForAsyncUtils.waitForFxEvents();
        MapOverlay after = model.overlayProperty().get();
        assertNotSame(before, after);
        assertSame(after, last(window.viewModel().map().currentOverlays()));
        assertFalse(Arrays.equals(paint(before, model.planProperty().get()), paint(after, model.planProperty().get())),
                "the moved stop's route looks different");
        assertEquals(List.of(1, 2, 3), numbers(robot, 1));
        assertEquals(List.of(4, 5, 6, 7, 8), numbers(robot, 2));
        assertEquals(codesOfDay1.get(0), codes(robot, 2).get(0), "the first stop of day 1 now opens day 2");

        // The pack keeps the hand-edited days and order.
        java.nio.file.Path pack = dir.resolve("pack");
        robot.interact(() -> model.exportPack(project, pack, new org.geoprospect.service.TourService()));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !model.busyProperty().get());
        assertEquals("", model.problemProperty().get());
        List<String> csv = java.nio.file.Files.readAllLines(pack.resolve(org.geoprospect.tour.TourPackWriter.CSV),
                java.nio.charset.StandardCharsets.UTF_8);
        List<String[]> rows = csv.subList(1, csv.size()).stream().map(line -> line.split(";")).toList();
        List<String> packed = rows.stream().map(r -> r[4]).toList();
        List<String> shown = model.planProperty().get().stopsInOrder().stream().map(PlannedStop::code).toList();
        assertEquals(shown, packed, "the pack lists every stop shown, in the order shown");
        rows.stream().filter(r -> r[4].equals(codesOfDay1.get(0))).forEach(r -> assertEquals("2", r[1], "moved to day 2"));
    }

    private static List<Integer> numbers(FxRobot robot, int day) {
        return rows(robot, day).stream().map(StopRow::number).toList();
    }

    private static List<String> codes(FxRobot robot, int day) {
        return rows(robot, day).stream().map(StopRow::code).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<StopRow> rows(FxRobot robot, int day) {
        return List.copyOf(robot.lookup("#tourDay" + day).queryAs(ListView.class).getItems());
    }

    private static MapOverlay last(List<MapOverlay> overlays) {
        return overlays.get(overlays.size() - 1);
    }

    private static int[] paint(MapOverlay overlay, TourPlan plan) {
        Envelope area = new Envelope(plan.start().x(), plan.start().x(), plan.start().y(), plan.start().y());
        plan.stopsInOrder().forEach(s -> area.expandToInclude(s.x(), s.y()));
        area.expandBy(500);
        RasterCanvas canvas = new RasterCanvas(300, 300);
        overlay.paintAboveLabels(canvas, Viewport.fitting(area, 300, 300), ProgressMonitor.NONE);
        return canvas.pixels().clone();
    }
}

package org.geoprospect.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.service.ProjectService;
import org.geoprospect.service.ProjectSession;
import org.geoprospect.service.SavedTargetInfo;
import org.geoprospect.service.TargetCounts;
import org.geoprospect.service.TargetService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Thin wiring test, headless, on the demo project: the "done when" target (mountain bikes,
 * email consent, within 10 km of the competitor nearest to Cholet, not contacted in 60 days) is built
 * in the criteria panel by clicks and typing, saved, and the saved target runs through the service —
 * what {@code target run NAME} calls — with the count the panel shows.
 */
@ExtendWith(ApplicationExtension.class)
class TargetPanelsTest {
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

    /** Scrolls the criteria panel so that the node is in view, then returns it. */
    private Node reveal(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        ScrollPane scroll = (ScrollPane) robot.lookup("#criteriaPanel .scroll-pane").query();
        robot.interact(() -> {
            Node content = scroll.getContent();
            Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double range = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            if (range > 0) {
                scroll.setVvalue(Math.max(0, Math.min(1, (inContent.getMinY() - 20) / range)));
            }
        });
        SettledClicks.settle(robot, node);
        return node;
    }

    @Test
    void doneWhenTargetIsBuiltSavedAndRerunsWithTheSameCount(FxRobot robot) throws Exception {
        var panels = window.targetingPanels();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> panels.context().session() != null);
        WaitForAsyncUtils.waitForFxEvents();
        String competitor = panels.criteria().competitorsForTest().stream()
                .filter(c -> c.code() != null && c.code().equals(nearestCholet(panels))).findFirst().orElseThrow().label();

        robot.clickOn(reveal(robot, "#interest-mountain_bike"));
        robot.clickOn(reveal(robot, "#channelChoice")).clickOn("Email");
        robot.clickOn(reveal(robot, "#notContactedDays")).write("60");
        robot.clickOn(reveal(robot, "#aroundCompetitor"));
        // The competitor's line in the drop-down list's pop-up (not any other node with that text).
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".combo-box-popup .list-cell")
                .match((javafx.scene.control.ListCell<?> cell) -> competitor.equals(cell.getText())).tryQuery().isPresent());
        SettledClicks.click(robot, robot.lookup(".combo-box-popup .list-cell")
                .match((javafx.scene.control.ListCell<?> cell) -> competitor.equals(cell.getText())).queryAs(javafx.scene.Node.class));
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<org.geoprospect.ui.target.CodeLabel> chosen =
                robot.lookup("#aroundCompetitor").queryAs(javafx.scene.control.ComboBox.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> chosen.getValue() != null && competitor.equals(chosen.getValue().label()));
        SettledClicks.click(robot, reveal(robot, "#aroundCompetitorKm"));
        robot.write("10");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> "10".equals(robot.lookup("#aroundCompetitorKm").queryAs(javafx.scene.control.TextField.class).getText()));
        Label counts = robot.lookup("#targetCounts").queryAs(Label.class);
        TargetCounts expected = TargetService.run(panels.context().session(), "expected", panels.criteria().definition());
        String text = String.format(Locale.ENGLISH, "%,d households · %,d clients", expected.households(), expected.clients());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> counts.getText().equals(text));
        assertTrue(expected.households() > 10, "the demo has such households");

        robot.clickOn("#targetName").write("vtt-cholet");
        robot.clickOn("#saveTarget");
        @SuppressWarnings("unchecked")
        ListView<SavedTargetInfo> saved = robot.lookup("#savedTargets").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> saved.getItems().stream().anyMatch(t -> t.name().equals("vtt-cholet")));
        TargetCounts rerun = new TargetService().run(project, "vtt-cholet", ProgressMonitor.NONE);
        assertEquals(expected.households(), rerun.households());
        assertEquals(expected.clients(), rerun.clients());
        assertEquals(nearestCholet(panels), new TargetService().show(project, "vtt-cholet").definition().shapes().get(0).code());
    }

    private static String nearestCholet(TargetingPanels panels) {
        var cholet = org.geoprospect.geo.CommuneTable.shipped().byInsee("49099").orElseThrow();
        double[] c = org.geoprospect.geo.CoordinateTransform.between(org.geoprospect.geo.Srids.WGS84,
                org.geoprospect.geo.Srids.LAMBERT_93).transform(cholet.lon(), cholet.lat());
        return panels.context().session().data().competitors().stream()
                .min(java.util.Comparator.comparingDouble(k -> Math.hypot(k.x() - c[0], k.y() - c[1]))).orElseThrow().code();
    }
}

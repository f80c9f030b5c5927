package org.geoprospect.ui.tour;

import static org.geoprospect.ui.ScreenshotDriver.onFx;
import static org.geoprospect.ui.ScreenshotDriver.shot;
import static org.geoprospect.ui.ScreenshotDriver.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.geoprospect.geo.CoordinateTransform;
import org.geoprospect.geo.Srids;
import org.geoprospect.index.HouseholdColumns;
import org.geoprospect.index.Selection;
import org.geoprospect.ui.MainWindow;
import org.geoprospect.ui.ScreenshotDriver;
import org.locationtech.jts.geom.Envelope;

/**
 * Not a test: plans a tour of the 25 households nearest to Angers in the app on a real display (run
 * under xvfb-run) and takes screenshots with ImageMagick's {@code import -window root}, for a person
 * to look at, and exports the map as PNG with the tour. Usage: {@code java -cp geoprospect.jar:test-classes org.geoprospect.ui.tour.TourScreenshots OUT_DIR PROJECT_DIR}.
 */
public final class TourScreenshots {
    private TourScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Path project = Path.of(args[1]);
        ScreenshotDriver.Opened opened = ScreenshotDriver.openMainWindow(project, out);
        MainWindow window = opened.window();
        Stage[] stage = {opened.stage()};
        var panels = window.targetingPanels();
        HouseholdColumns households = panels.context().session().data().households();
        double[] angers = CoordinateTransform.between(Srids.WGS84, Srids.LAMBERT_93).transform(-0.5536, 47.4736);
        int[] nearest = IntStream.range(0, households.size()).boxed()
                .sorted(Comparator.comparingDouble(id -> Math.hypot(households.x(id) - angers[0], households.y(id) - angers[1])))
                .limit(Integer.parseInt(System.getProperty("stops", "25"))).mapToInt(Integer::intValue).toArray();
        TourPanel panel = onFx(() -> {
            window.viewModel().targeting().selectedHouseholdsProperty().set(Selection.of(households.size(), nearest));
            TabPane tabs = (TabPane) stage[0].getScene().lookup("#targetingTabs");
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> "tabTour".equals(t.getId())).findFirst().orElseThrow());
            TourPanel p = (TourPanel) stage[0].getScene().lookup("#tourPanel");
            p.viewModel().places().startProperty().set("-0.5536,47.4736");
            p.viewModel().rules().maxPerDayProperty().set(System.getProperty("perDay", ""));
            p.planNow();
            return p;
        });
        waitFor(() -> panel.viewModel().planProperty().get() != null, 60);
        onFx(() -> {
            TourPlan plan = panel.viewModel().planProperty().get();
            Envelope area = new Envelope(plan.start().x(), plan.start().x(), plan.start().y(), plan.start().y());
            plan.stopsInOrder().forEach(s -> area.expandToInclude(s.x(), s.y()));
            window.viewModel().targeting().zoomRequestProperty().set(area);
            return null;
        });
        Thread.sleep(3000);
        shot(out, "tour-1-planned");
        // File ▸ Export map as PNG of the same view: the route and the tour's legend lines are in it.
        onFx(() -> {
            window.viewModel().exportPng(out.resolve("tour-1-exported-map.png"));
            return null;
        });
        waitFor(() -> Files.exists(out.resolve("tour-1-exported-map.png")), 60);
        Thread.sleep(1000);
        onFx(() -> {
            panel.viewModel().move(0, 0, 0, 5);
            TabPane days = (TabPane) stage[0].getScene().lookup("#tourDays");
            days.getSelectionModel().select(days.getTabs().size() - 1);
            return null;
        });
        Thread.sleep(2500);
        shot(out, "tour-2-moved");
        Platform.exit();
        System.exit(0);
    }
}

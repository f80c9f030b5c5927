package org.geoprospect.ui;

import static org.geoprospect.ui.ScreenshotDriver.onFx;
import static org.geoprospect.ui.ScreenshotDriver.shot;
import static org.geoprospect.ui.ScreenshotDriver.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.geoprospect.index.HouseholdColumns;
import org.geoprospect.service.ProjectSession;
import org.geoprospect.ui.map.MapViewModel;
import org.geoprospect.ui.map.SelectionTool;

/**
 * Not a test: drives the map window on a real display (run under xvfb-run) through the prospecting
 * states — overview dots, records with labels, detail cards with and without consent, the sector panel,
 * a selection — and takes screenshots with ImageMagick's {@code import -window root}.
 * Usage: {@code java -cp geoprospect.jar:test-classes org.geoprospect.ui.MapScreenshots OUT_DIR PROJECT_DIR}.
 */
public final class MapScreenshots {
    private MapScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Path project = Path.of(args[1]);
        Files.createDirectories(out);
        Platform.startup(() -> { });
        Messages messages = Messages.forDefaultLocale();
        MainWindow window = onFx(() -> {
            MainWindow w = new MainWindow(messages);
            Stage stage = new Stage();
            w.show(stage);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1900);
            stage.setHeight(1060);
            w.viewModel().load(ProjectSession.of(project, true));
            return w;
        });
        MainViewModel vm = window.viewModel();
        MapViewModel map = vm.map();
        waitFor(() -> vm.importAvailableProperty().get() && vm.prospecting().sessionProperty().get() != null, 300);
        Thread.sleep(2500);
        shot(out, "map-overview-dots");

        HouseholdColumns h = map.contentProperty().get().points().households();
        int consenting = -1;
        int silent = -1;
        for (int id = 0; id < h.size() && (consenting < 0 || silent < 0); id++) {
            if (consenting < 0 && h.consentMask(id) != 0 && id > h.size() / 3) {
                consenting = id;
            }
            if (silent < 0 && h.consentMask(id) == 0 && id > h.size() / 3) {
                silent = id;
            }
        }
        int c = consenting;
        onFx(() -> {
            map.centreOn(h.x(c), h.y(c));
            map.setMetresPerPixel(4.0);
            return null;
        });
        Thread.sleep(2000);
        shot(out, "map-records-1-15000");
        onFx(() -> {
            map.setMetresPerPixel(0.9);
            return null;
        });
        Thread.sleep(2000);
        shot(out, "map-records-labels");
        onFx(() -> {
            vm.prospecting().card().showHousehold(h.anonCode(c));
            return null;
        });
        Thread.sleep(2500);
        shot(out, "map-card-with-consent");
        int s = silent;
        onFx(() -> {
            map.centreOn(h.x(s), h.y(s));
            vm.prospecting().card().showHousehold(h.anonCode(s));
            return null;
        });
        Thread.sleep(2500);
        shot(out, "map-card-without-consent");
        onFx(() -> {
            vm.prospecting().card().showClient(map.contentProperty().get().points().clients().get(0));
            return null;
        });
        Thread.sleep(1500);
        shot(out, "map-card-client");

        onFx(() -> {
            vm.prospecting().card().close();
            map.zoomToFullExtent();
            var tabs = (javafx.scene.control.TabPane) window.mapView().getScene().lookup("#mapSidePanel");
            tabs.getSelectionModel().select(1);
            return null;
        });
        Thread.sleep(3000);
        shot(out, "map-sector-panel");

        onFx(() -> {
            var v = map.viewportProperty().get();
            var tools = vm.prospecting().tools();
            tools.toolProperty().set(SelectionTool.RADIUS);
            tools.press(v, v.width() * 0.45, v.height() * 0.5, false, false);
            tools.drag(v, v.width() * 0.45 + 120, v.height() * 0.5);
            tools.release(v, v.width() * 0.45 + 120, v.height() * 0.5);
            tools.toolProperty().set(SelectionTool.RECTANGLE);
            tools.press(v, v.width() * 0.2, v.height() * 0.2, true, false);
            tools.drag(v, v.width() * 0.3, v.height() * 0.35);
            tools.release(v, v.width() * 0.3, v.height() * 0.35);
            return null;
        });
        Thread.sleep(2500);
        shot(out, "map-selection-overview");
        onFx(() -> {
            var sel = vm.targeting().selectedHouseholdsProperty().get();
            int first = sel.nextId(0);
            map.centreOn(h.x(first), h.y(first));
            map.setMetresPerPixel(3.0);
            return null;
        });
        Thread.sleep(2500);
        shot(out, "map-selection-records");
        Platform.exit();
        System.exit(0);
    }
}

package org.geoprospect.ui;

import static org.geoprospect.ui.ScreenshotDriver.onFx;
import static org.geoprospect.ui.ScreenshotDriver.shot;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.geoprospect.ui.export.ExportDialog;
import org.geoprospect.ui.export.ExportViewModel;
import org.geoprospect.ui.target.CriteriaPanelDriver;

/**
 * Not a test: drives the targeting panels on a real display (run under xvfb-run) and takes screenshots
 * with ImageMagick's {@code import -window root}, for a person to look at.
 * Usage: {@code java -cp geoprospect.jar:test-classes org.geoprospect.ui.TargetPanelsScreenshots OUT_DIR PROJECT_DIR}.
 */
public final class TargetPanelsScreenshots {
    private TargetPanelsScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Path project = Path.of(args[1]);
        ScreenshotDriver.Opened opened = ScreenshotDriver.openMainWindow(project, out);
        MainWindow window = opened.window();
        Stage[] stage = {opened.stage()};
        Messages messages = Messages.forDefaultLocale();
        TargetingPanels panels = window.targetingPanels();
        Thread.sleep(2000);
        shot(out, "panel-1-open");
        onFx(() -> {
            CriteriaPanelDriver.doneWhen(panels.criteria(), "K3");
            return null;
        });
        Thread.sleep(2000);
        onFx(() -> {
            panels.criteria().showAsPotential();
            panels.saved().nameProperty().set("vtt-cholet");
            panels.saved().save();
            return null;
        });
        Thread.sleep(3000);
        shot(out, "panel-2-done-when-target");
        ExportDialog dialog = onFx(() -> {
            ExportViewModel model = new ExportViewModel(messages, new org.geoprospect.service.ExportService(), project,
                    anonCodes(panels), "vtt-cholet", panels.criteria().definition());
            model.fileProperty().set(out.resolve("vtt-cholet-email.csv"));
            ExportDialog d = new ExportDialog(stage[0], model, messages);
            d.show();
            d.stage().setX(500);
            d.stage().setY(200);
            model.export();
            return d;
        });
        Thread.sleep(4000);
        shot(out, "panel-3-export-done");
        onFx(() -> {
            dialog.stage().close();
            ((TabPane) stage[0].getScene().lookup("#targetingTabs")).getSelectionModel().select(1);
            return null;
        });
        Thread.sleep(2500);
        shot(out, "panel-4-ranking");
        onFx(() -> {
            ((TabPane) stage[0].getScene().lookup("#targetingTabs")).getSelectionModel().select(2);
            panels.privacy().refresh();
            return null;
        });
        Thread.sleep(3000);
        shot(out, "panel-5-privacy");
        Platform.exit();
        System.exit(0);
    }

    private static java.util.List<String> anonCodes(TargetingPanels panels) {
        var households = panels.context().session().data().households();
        java.util.List<String> codes = new java.util.ArrayList<>();
        panels.criteria().resultProperty().get().households().forEach(id -> codes.add(households.anonCode(id)));
        return codes;
    }
}

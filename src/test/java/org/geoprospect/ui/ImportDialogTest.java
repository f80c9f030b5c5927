package org.geoprospect.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.service.CrsOption;
import org.geoprospect.service.ImportService;
import org.geoprospect.service.ProjectService;
import org.geoprospect.service.ProjectSession;
import org.geoprospect.ui.importing.LayerImportDialog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Thin wiring test, headless: a shapefile without .prj is opened in the import dialog, the user
 * searches "2154", picks Lambert-93, imports, and the new layer appears in the layer list.
 */
@ExtendWith(ApplicationExtension.class)
class ImportDialogTest {
    @TempDir
    static Path dir;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path project = dir.resolve("project-" + System.nanoTime());
        new ProjectService().create(project, false, ProgressMonitor.NONE);
        new ImportService().importLayer(project, fixture("communes.geojson"), "communes", null, null, ProgressMonitor.NONE);
        window = new MainWindow(Messages.forLocale(Locale.ENGLISH));
        window.show(stage);
        window.viewModel().load(ProjectSession.of(project, false));
    }

    @AfterEach
    void close() {
        window.viewModel().close();
    }

    private static Path fixture(String name) throws Exception {
        return Path.of(ImportDialogTest.class.getResource("/org/geoprospect/service/import/" + name).toURI());
    }

    @Test
    void shapefileWithoutPrjIsImportedAfterChoosingLambert93(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.viewModel().importAvailableProperty().get());
        Path shp = fixture("roads-noprj.shp");
        LayerImportDialog dialog = WaitForAsyncUtils.asyncFx(() -> window.openLayerImport(shp)).get(10, TimeUnit.SECONDS);
        Label evidence = robot.lookup("#crsEvidence").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> evidence.getText().contains("no .prj"));
        Button importButton = robot.lookup("#importButton").queryButton();
        assertTrue(importButton.isDisabled(), "a CRS is required first");

        robot.clickOn("#crsSearch").write("2154");
        @SuppressWarnings("unchecked")
        ListView<CrsOption> results = robot.lookup("#crsResults").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !results.getItems().isEmpty() && results.getItems().get(0).code() == 2154);
        robot.clickOn("EPSG:2154 RGF93 / Lambert-93");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !importButton.isDisabled());
        assertEquals("EPSG:2154 RGF93 / Lambert-93", robot.lookup("#chosenCrs").queryAs(Label.class).getText());

        robot.clickOn(importButton);
        Label result = robot.lookup("#layerResult").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> result.getText().startsWith("Layer roads-noprj:"));
        assertTrue(result.getText().contains("EPSG:2154"), result.getText());
        assertFalse(dialog.stage().getScene().lookup("#importError").isVisible());
        assertFalse(dialog.stage().getScene().lookup("#importProgress").isVisible(), "no progress once done");
        assertFalse(dialog.stage().getScene().lookup("#importButton").isVisible(), "nothing more to import");

        robot.clickOn("#importClose");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#layer-roads-noprj").tryQuery().isPresent());
        CheckBox layer = robot.lookup("#layer-roads-noprj").queryAs(CheckBox.class);
        assertTrue(layer.isSelected(), "the new layer is shown");
        assertTrue(robot.lookup("#layer-communes").tryQuery().isPresent(), "the other layer stays");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.viewModel().map().visibleDrawings().stream()
                .anyMatch(d -> d.layer().info().name().equals("roads-noprj")));
        assertEquals("Layer roads-noprj imported (" + layerFeatures(result.getText()) + " features).",
                robot.lookup("#statusMessage").queryAs(Label.class).getText());
    }

    /** The imported count from "Layer roads-noprj: N of M features imported…". */
    private static String layerFeatures(String resultText) {
        return resultText.replaceFirst("^Layer roads-noprj: (\\d+) of .*", "$1").lines().findFirst().orElse("");
    }
}

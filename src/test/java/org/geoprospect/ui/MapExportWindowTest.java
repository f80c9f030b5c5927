package org.geoprospect.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.geoprospect.render.SyntheticMaps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File ▸ Export map as the user does it, headless: Ctrl+E opens the dialog, PNG then PDF is clicked (the
 * file's extension follows), A4 portrait then A4 landscape chosen in the list, a title and a file typed,
 * Export clicked; the PDF written is one A4 landscape page with that title, and the status line says so.
 */
@ExtendWith(ApplicationExtension.class)
class MapExportWindowTest {
    private MainWindow window;
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        window = new MainWindow(Messages.forLocale(Locale.ENGLISH));
        window.show(stage);
        window.viewModel().load(monitor -> SyntheticMaps.small());
    }

    @AfterEach
    void close() {
        window.viewModel().close();
    }

    @Test
    void ctrlEExportsAnA4LandscapePdfWithTheTypedTitle(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.viewModel().map().contentProperty().get() != null
                && window.viewModel().map().viewportProperty().get() != null && !window.viewModel().loadingProperty().get());
        robot.clickOn(window.mapView());
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#mapExportTitle").tryQuery().isPresent());
        TextField file = robot.lookup("#mapExportFile").queryAs(TextField.class);

        robot.clickOn("#mapExportPng");
        assertTrue(file.getText().endsWith(".png"), file.getText());
        robot.clickOn("#mapExportPdf");
        assertTrue(file.getText().endsWith(".pdf"), file.getText());
        robot.clickOn("#mapExportPaper").clickOn("A4 portrait");
        robot.clickOn("#mapExportPaper").clickOn("A4 landscape");

        robot.doubleClickOn("#mapExportTitle").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("Harbour prospects 2026");
        Path target = dir.resolve("harbour.pdf");
        robot.doubleClickOn("#mapExportFile").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(target.toString());
        // The preview follows the choices: an A4 landscape page is wider than high.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            var image = robot.lookup("#mapExportPreview").queryAs(ImageView.class).getImage();
            return image != null && image.getWidth() > image.getHeight();
        });

        robot.clickOn("#mapExportRun");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(target)
                && window.viewModel().statusMessageProperty().get().startsWith("Map exported to"));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#mapExportTitle").tryQuery().isPresent(), "the dialog closes once the map is written");
        try (PDDocument document = Loader.loadPDF(target.toFile())) {
            assertEquals(1, document.getNumberOfPages());
            assertEquals(297 * 72 / 25.4, document.getPage(0).getMediaBox().getWidth(), 0.01);
            assertEquals(210 * 72 / 25.4, document.getPage(0).getMediaBox().getHeight(), 0.01);
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Harbour prospects 2026"), text);
            assertTrue(text.contains("Legend"), text);
        }
    }
}

package org.geoprospect.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.geoprospect.render.SyntheticMaps;
import org.geoprospect.render.Viewport;
import org.geoprospect.service.SavedView;
import org.geoprospect.ui.map.MapViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Thin wiring test, headless: Ctrl+B saves the view under a typed name, the map moves, View ▸ Saved views brings it back. */
@ExtendWith(ApplicationExtension.class)
class SavedViewsWindowTest {
    private MainWindow window;

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

    private MapViewModel map() {
        return window.viewModel().map();
    }

    @Test
    void aSavedViewComesBackFromTheMenuAfterPanningAway(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> map().contentProperty().get() != null && map().viewportProperty().get() != null
                        && !window.viewModel().loadingProperty().get());
        robot.clickOn(window.mapView());
        robot.type(KeyCode.ADD);
        Viewport saved = map().viewportProperty().get();

        robot.press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#saveViewName").tryQuery().isPresent());
        TextField name = robot.lookup("#saveViewName").queryAs(TextField.class);
        assertEquals("View 1", name.getText(), "the dialog proposes a name");
        robot.interact(() -> name.setText("Harbour"));
        robot.clickOn(name).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(new SavedView("Harbour", saved.centerX(), saved.centerY(), saved.metresPerPixel())),
                window.mapViews().savedViews().views());

        robot.clickOn(window.mapView());
        robot.type(KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.UP).type(KeyCode.SUBTRACT);
        Viewport away = map().viewportProperty().get();
        assertNotEquals(saved.centerX(), away.centerX(), 1e-6);
        assertNotEquals(saved.metresPerPixel(), away.metresPerPixel(), 1e-9);

        robot.clickOn("View").clickOn("Saved views").clickOn("Harbour");
        WaitForAsyncUtils.waitForFxEvents();
        Viewport back = map().viewportProperty().get();
        assertEquals(saved.centerX(), back.centerX(), 1e-6);
        assertEquals(saved.centerY(), back.centerY(), 1e-6);
        assertEquals(saved.metresPerPixel(), back.metresPerPixel(), 1e-12);
        assertEquals(saved.width(), back.width());
        assertEquals("Showing the view Harbour", window.viewModel().statusMessageProperty().get());
    }
}

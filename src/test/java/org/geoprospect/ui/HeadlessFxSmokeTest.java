package org.geoprospect.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Proves that TestFX drives a JavaFX window headless (Monocle) on this build. */
@ExtendWith(ApplicationExtension.class)
class HeadlessFxSmokeTest {
    private Button button;

    @Start
    void start(Stage stage) {
        button = new Button("0");
        button.setId("counter");
        button.setOnAction(e -> button.setText(String.valueOf(Integer.parseInt(button.getText()) + 1)));
        stage.setScene(new Scene(new StackPane(button), 200, 100));
        stage.show();
    }

    @Test
    void clickingTheButtonIncrementsItsText(FxRobot robot) {
        robot.clickOn("#counter");
        robot.clickOn("#counter");
        assertEquals("2", button.getText());
    }
}

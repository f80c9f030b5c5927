package org.geoprospect.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.geoprospect.model.Competitor;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.render.RasterCanvas;
import org.geoprospect.render.Viewport;
import org.geoprospect.service.ProjectService;
import org.geoprospect.service.ProjectSession;
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
 * Issue 13 points 7, 8 and 9, walked on the demo as a new user sees it: the status line says "Ready" only
 * once the first map is on screen (it said so over an empty map for seconds); the Target panel counts the
 * 116 clients the demo describes (it said 72); ticking "Escaping prospects" draws the ramp the model implies
 * — red around Grand Air Exemple Angers, green far from every competitor — and the legend says in words what
 * the colours mean.
 */
@ExtendWith(ApplicationExtension.class)
class DemoOpensAsDescribedTest {
    @TempDir
    static Path dir;
    static Path project;
    private MainWindow window;
    /** Each status text shown, with whether the first map was on screen at that moment. */
    private final List<String> statuses = new ArrayList<>();

    @BeforeAll
    static void demo() throws Exception {
        project = dir.resolve("demo");
        new ProjectService().create(project, true, ProgressMonitor.NONE);
    }

    @Start
    void start(Stage stage) {
        window = new MainWindow(Messages.forLocale(Locale.ENGLISH));
        window.viewModel().statusMessageProperty().addListener((o, a, text) ->
                statuses.add(text + (window.viewModel().mapDrawnProperty().get() ? " [drawn]" : " [not drawn]")));
        window.show(stage);
        window.viewModel().load(ProjectSession.of(project, false));
    }

    @AfterEach
    void close() {
        window.viewModel().close();
    }

    /** The share of the frame's pixels around a screen point whose colour is mostly red, and mostly green. */
    private static double[] redAndGreen(RasterCanvas canvas, int cx, int cy, int half) {
        int red = 0;
        int green = 0;
        int all = 0;
        for (int y = Math.max(0, cy - half); y < Math.min(canvas.height(), cy + half); y++) {
            for (int x = Math.max(0, cx - half); x < Math.min(canvas.width(), cx + half); x++) {
                int argb = canvas.argbAt(x, y);
                int r = (argb >> 16) & 0xFF;
                int g = (argb >> 8) & 0xFF;
                int b = argb & 0xFF;
                all++;
                if (r > 170 && g < 110 && b < 110) {
                    red++;
                }
                if (g > 140 && r < 150 && b < 120) {
                    green++;
                }
            }
        }
        return new double[] {(double) red / all, (double) green / all};
    }

    /** Mean ground distance to the nearest competitor of the frame's red pixels, and of its green ones. */
    private static double[] redAndGreenDistances(RasterCanvas canvas, Viewport view, List<Competitor> competitors) {
        double[] sum = new double[2];
        int[] count = new int[2];
        for (int y = 0; y < canvas.height(); y += 3) {
            for (int x = 0; x < canvas.width(); x += 3) {
                int argb = canvas.argbAt(x, y);
                int r = (argb >> 16) & 0xFF;
                int g = (argb >> 8) & 0xFF;
                int b = argb & 0xFF;
                int kind = r > 170 && g < 110 && b < 110 ? 0 : g > 140 && r < 150 && b < 120 ? 1 : -1;
                if (kind >= 0) {
                    double wx = view.toWorldX(x);
                    double wy = view.toWorldY(y);
                    sum[kind] += competitors.stream().mapToDouble(c -> Math.hypot(c.x() - wx, c.y() - wy)).min().orElseThrow();
                    count[kind]++;
                }
            }
        }
        return new double[] {sum[0] / Math.max(1, count[0]), sum[1] / Math.max(1, count[1]), count[0], count[1]};
    }

    @Test
    void readyOnceDrawnOneHundredSixteenClientsAndTheEscapeRampWithItsMeaning(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.viewModel().mapDrawnProperty().get()
                && window.targetingPanels().context().session() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(statuses.contains("Ready [drawn]"), statuses.toString());
        assertFalse(statuses.contains("Ready [not drawn]"), "never Ready over an empty map: " + statuses);

        Label counts = robot.lookup("#targetCounts").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> counts.getText().equals("20,000 households · 116 clients"));

        robot.clickOn("#layer-escape");
        var choices = window.viewModel().map().pointLayers();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> choices.escapeColumnsProperty().get() != null);
        Viewport view = window.viewModel().map().viewportProperty().get();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            var frame = window.viewModel().map().frameProperty().get();
            return frame != null && frame.viewport().equals(window.viewModel().map().viewportProperty().get())
                    && window.viewModel().map().currentOverlays().size() > 1;
        });
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(500);
        var frame = window.viewModel().map().frameProperty().get();
        List<Competitor> competitors = window.viewModel().map().contentProperty().get().points().competitors();
        Competitor angers = competitors.stream().filter(c -> c.name().equals("Grand Air Exemple Angers")).findFirst().orElseThrow();
        double[] near = redAndGreen(frame.canvas(), (int) view.toScreenX(angers.x()), (int) view.toScreenY(angers.y()), 25);
        assertTrue(near[0] > 0.15 && near[0] > near[1], "red around Grand Air Exemple Angers: " + java.util.Arrays.toString(near));
        // The gradient: the ramp's green pixels lie farther from the competitors than its red ones.
        double[] meanDistance = redAndGreenDistances(frame.canvas(), view, competitors);
        assertTrue(meanDistance[1] > meanDistance[0] + 3000, "green farther from the competitors than red (m): "
                + java.util.Arrays.toString(meanDistance));

        List<String> legend = robot.lookup("#legend").queryAs(javafx.scene.layout.VBox.class).lookupAll(".label").stream()
                .map(n -> ((Labeled) n).getText()).toList();
        assertTrue(legend.contains("Red: 80% or more — most likely to buy from a competitor"), legend.toString());
        assertTrue(legend.contains("Green: under 20% — most likely to buy from us"), legend.toString());
        assertEquals(1, legend.stream().filter(t -> t.startsWith("Escaping prospects")).count(), legend.toString());
    }
}

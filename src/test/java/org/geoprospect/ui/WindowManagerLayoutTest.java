package org.geoprospect.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.geoprospect.bench.AppLaunch;
import org.geoprospect.bench.XDisplay;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.render.Viewport;
import org.geoprospect.service.ProjectService;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;

/**
 * Issue 14 point 7, under a real window manager: the application is started in its own JVM on an Xvfb
 * screen of 1366 × 768 and of 1920 × 1080 with openbox (which, with JavaFX 21, used to leave the
 * window at 200 × 200 and the map at 1:9,200,000), and its start-up probe reports the sizes things got:
 * the window fits the screen and takes most of it, the map keeps most of the width beside the two side
 * panels, shows the demo's full extent for its real size, and the layer list shows the demo's layers.
 * Skipped, saying why, where Xvfb or openbox is not installed.
 */
class WindowManagerLayoutTest {
    @TempDir
    static Path dir;
    static Path project;

    @BeforeAll
    static void demo() throws Exception {
        Assumptions.assumeTrue(XDisplay.unavailableReason().isEmpty(), () -> "Skipped: " + XDisplay.unavailableReason().orElse(""));
        project = dir.resolve("demo");
        new ProjectService().create(project, true, ProgressMonitor.NONE);
    }

    @ParameterizedTest(name = "{0} × {1}")
    @CsvSource({"1366, 768", "1920, 1080"})
    void theWindowTheMapAndThePanelsFitTheScreen(int width, int height) throws Exception {
        Path home = dir.resolve("home-" + width);
        JsonNode probe;
        try (XDisplay display = XDisplay.start(width, height)) {
            probe = AppLaunch.run(System.getProperty("java.class.path"), project,
                    Map.of("DISPLAY", display.name(), "GEOPROSPECT_HOME", home.toString()), List.of("-Xmx1g"), dir, 180).probe();
        }
        JsonNode window = probe.path("window");
        assertEquals(width, probe.path("screen").path("width").asDouble());
        assertTrue(window.path("width").asDouble() >= 0.85 * width && window.path("width").asDouble() <= width,
                "the window takes most of the screen's width: " + window);
        assertTrue(window.path("height").asDouble() >= 0.8 * height && window.path("height").asDouble() <= height,
                "and of its height: " + window);
        assertTrue(window.path("x").asDouble() >= 0 && window.path("x").asDouble() + window.path("width").asDouble() <= width + 1,
                "on screen: " + window);

        double mapWidth = probe.path("map").path("width").asDouble();
        double mapHeight = probe.path("map").path("height").asDouble();
        assertTrue(mapWidth >= 0.45 * window.path("width").asDouble(), "the map keeps most of the width: " + probe);
        assertTrue(probe.path("sidePanels").path("leftShown").asBoolean() && probe.path("sidePanels").path("rightShown").asBoolean());

        // The view shows the whole demo for the map's real size (not the size of a first, tiny window).
        Envelope extent = new ProjectService().mapContent(project, ProgressMonitor.NONE).fullExtent();
        extent.expandBy(extent.getWidth() * 0.04, extent.getHeight() * 0.04);
        double expected = Viewport.fitting(extent, (int) Math.floor(mapWidth), (int) Math.floor(mapHeight)).scaleDenominator();
        assertEquals(expected, probe.path("scaleDenominator").asDouble(), expected * 0.02, "full extent at the real size: " + probe);

        assertTrue(probe.path("layerListHeight").asDouble() >= 5 * 24, "the layer list shows the five layers: " + probe);
    }
}

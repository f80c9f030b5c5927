package org.geoprospect.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports how the application started, for measurements and tests made from outside the process: with
 * {@code -Dgeoprospect.probe=FILE}, once the first map of the project is painted, it writes a JSON file
 * with the wall-clock times (epoch milliseconds) at which the window was shown and the first map was
 * painted (and at which the window's first frame, its content laid out, was drawn), and the sizes the window, the screen, the map and the side panels got. With
 * {@code -Dgeoprospect.probe.exit=true} the application then quits. The launcher takes the process's
 * start time itself, so "launch to first map" includes the JVM's start. Does nothing without the
 * property. FX thread only.
 */
final class StartupProbe {
    /** The system property naming the file to write. */
    static final String PROPERTY = "geoprospect.probe";
    /** The system property that makes the application quit once the file is written. */
    static final String EXIT_PROPERTY = "geoprospect.probe.exit";
    private static final Logger LOG = LoggerFactory.getLogger(StartupProbe.class);

    /** The phase of the window's first frame (content laid out; painted right after). */
    static final String FIRST_WINDOW_FRAME = "windowFirstFrame";
    /** Named moments of the start (epoch milliseconds), in the order marked; written with the probe. */
    private static final java.util.Map<String, Long> PHASES = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>());

    private StartupProbe() {
    }

    /**
     * Marks a moment of the start under {@code name} (the first mark of a name counts), when the probe
     * is asked for; any thread. Costs nothing otherwise.
     */
    static void mark(String name) {
        if (System.getProperty(PROPERTY) != null) {
            PHASES.putIfAbsent(name, System.currentTimeMillis());
        }
    }

    /** Installs the probe on a window about to be shown, when the property asks for it. */
    static void installIfAsked(MainWindow window, Stage stage) {
        String file = System.getProperty(PROPERTY);
        if (file == null || file.isBlank()) {
            return;
        }
        long[] shownAt = {0};
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, e -> shownAt[0] = System.currentTimeMillis());
        // The window's first frame: its content styled and laid out by the first pulse, then painted.
        stage.sceneProperty().addListener((o, was, scene) -> {
            Runnable[] first = new Runnable[1];
            first[0] = () -> {
                scene.removePostLayoutPulseListener(first[0]);
                mark(FIRST_WINDOW_FRAME);
            };
            scene.addPostLayoutPulseListener(first[0]);
        });
        window.viewModel().mapDrawnProperty().addListener((o, was, drawn) -> {
            if (!drawn) {
                return;
            }
            // The frame is on the ImageView; it is painted by the next pulse: record after it.
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                stage.getScene().removePostLayoutPulseListener(once[0]);
                Platform.runLater(() -> write(Path.of(file), window, stage, shownAt[0], System.currentTimeMillis()));
            };
            stage.getScene().addPostLayoutPulseListener(once[0]);
            Platform.requestNextPulse();
        });
    }

    private static void write(Path file, MainWindow window, Stage stage, long shownAt, long paintedAt) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        root.put("windowShownEpochMillis", shownAt);
        Long firstFrame = PHASES.get(FIRST_WINDOW_FRAME);
        root.put("windowFirstFrameEpochMillis", firstFrame == null ? shownAt : firstFrame);
        root.put("firstMapPaintedEpochMillis", paintedAt);
        Rectangle2D screen = Screen.getPrimary().getBounds();
        root.putObject("screen").put("width", screen.getWidth()).put("height", screen.getHeight());
        root.putObject("window").put("x", stage.getX()).put("y", stage.getY()).put("width", stage.getWidth())
                .put("height", stage.getHeight());
        var phases = root.putObject("phasesEpochMillis");
        phases.put("jvmStart", java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime());
        synchronized (PHASES) {
            PHASES.forEach(phases::put);
        }
        Node map = window.mapView();
        root.putObject("map").put("width", map.getLayoutBounds().getWidth()).put("height", map.getLayoutBounds().getHeight());
        var viewport = window.viewModel().map().viewportProperty().get();
        root.put("scaleDenominator", viewport == null ? -1 : viewport.scaleDenominator());
        double[] sides = window.sidePanels().widths();
        root.putObject("sidePanels").put("leftShown", window.sidePanels().leftShownProperty().get()).put("leftWidth", sides[0])
                .put("rightShown", window.sidePanels().rightShownProperty().get()).put("rightWidth", sides[1]);
        Node layerList = stage.getScene().lookup("#layerList");
        root.put("layerListHeight", layerList == null ? -1 : layerList.getLayoutBounds().getHeight());
        try {
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            json.writerWithDefaultPrettyPrinter().writeValue(partial.toFile(), root);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.io.IOException e) {
            LOG.warn("The start-up probe could not write {}: {}", file, e.getMessage());
        }
        if (Boolean.getBoolean(EXIT_PROPERTY)) {
            Platform.exit();
        }
    }
}

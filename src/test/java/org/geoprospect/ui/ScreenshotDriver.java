package org.geoprospect.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.geoprospect.service.ProjectSession;

/**
 * What the screenshot drivers (the {@code *Screenshots} and walk-through mains run under xvfb-run for a
 * person to look at; not tests) share: run on the FX thread and wait, wait for a condition read on the FX
 * thread, take a screenshot of the whole display with ImageMagick's {@code import -window root}.
 */
public final class ScreenshotDriver {
    private ScreenshotDriver() {
    }

    /** The main window a driver opened, with its stage (for {@code lookup}). */
    public record Opened(MainWindow window, Stage stage) {
    }

    /**
     * Starts JavaFX, opens the main window at the top left of a 1920 × 1080 display on the project in
     * {@code project} (the demo is created there when missing), waits until its data is loaded (5 min at
     * most) and creates {@code out}.
     */
    public static Opened openMainWindow(Path project, Path out) throws Exception {
        Files.createDirectories(out);
        Platform.startup(() -> { });
        Messages messages = Messages.forDefaultLocale();
        Opened opened = onFx(() -> {
            MainWindow window = new MainWindow(messages);
            Stage stage = new Stage();
            window.show(stage);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1900);
            stage.setHeight(1060);
            window.viewModel().load(ProjectSession.of(project, true));
            return new Opened(window, stage);
        });
        waitFor(() -> opened.window().targetingPanels().context().session() != null, 300);
        return opened;
    }

    /** Runs {@code action} on the FX thread and returns its result (60 s at most). */
    public static <T> T onFx(Callable<T> action) throws Exception {
        FutureTask<T> task = new FutureTask<>(action);
        Platform.runLater(task);
        return task.get(60, TimeUnit.SECONDS);
    }

    /**
     * Waits until {@code condition}, evaluated on the FX thread, holds.
     *
     * @throws IllegalStateException after {@code seconds}
     */
    public static void waitFor(BooleanSupplier condition, int seconds) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (!onFx(condition::getAsBoolean)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Timed out after " + seconds + " s");
            }
            Thread.sleep(150);
        }
    }

    /** Writes a screenshot of the display to {@code out/name.png}. */
    public static void shot(Path out, String name) throws Exception {
        Process p = new ProcessBuilder("import", "-window", "root", out.resolve(name + ".png").toString()).inheritIO().start();
        p.waitFor(30, TimeUnit.SECONDS);
    }
}

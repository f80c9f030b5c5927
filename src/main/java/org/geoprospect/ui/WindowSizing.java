package org.geoprospect.ui;

import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Gives every window of the application an initial size that fits the screen and a minimum size below
 * which its content no longer makes sense.
 *
 * <p>Why a helper: under several X11 window managers (openbox among them) JavaFX 21 opens a stage at
 * 200 × 200 px whatever the size of its scene (JDK-8316423, fixed in JavaFX 22, which needs a newer
 * Java than this product's 17). Setting the size again once the window is shown works around it, and
 * the minimum size keeps a user (or a window manager) from shrinking a window into uselessness.
 * FX thread only.
 */
public final class WindowSizing {
    /** The share of the screen's usable area a dialog takes at most when it opens (the main window may take it all). */
    static final double MAX_SCREEN_SHARE = 0.96;

    private WindowSizing() {
    }

    /** A size in pixels. */
    public record Size(double width, double height) {
    }

    /**
     * Sizes a stage that is about to be shown: {@code preferred}, shrunk to fit the screen the stage
     * opens on (or its owner's), never below {@code minimum} (itself capped by the screen); centred on
     * its owner, or on the screen without one. Call before {@link Stage#show()}; the size is applied
     * again once the window is shown.
     *
     * @return the size the stage opens with
     */
    public static Size apply(Stage stage, Size preferred, Size minimum) {
        Rectangle2D screen = screenOf(stage.getOwner());
        double share = stage.getOwner() == null ? 1 : MAX_SCREEN_SHARE;
        double maxW = Math.floor(screen.getWidth() * share);
        double maxH = Math.floor(screen.getHeight() * share);
        double minW = Math.min(minimum.width(), maxW);
        double minH = Math.min(minimum.height(), maxH);
        double w = clamp(preferred.width(), minW, maxW);
        double h = clamp(preferred.height(), minH, maxH);
        stage.setMinWidth(minW);
        stage.setMinHeight(minH);
        stage.setWidth(w);
        stage.setHeight(h);
        Window owner = stage.getOwner();
        double x = owner != null ? owner.getX() + (owner.getWidth() - w) / 2 : screen.getMinX() + (screen.getWidth() - w) / 2;
        double y = owner != null ? owner.getY() + (owner.getHeight() - h) / 2 : screen.getMinY() + (screen.getHeight() - h) / 2;
        stage.setX(clamp(x, screen.getMinX(), screen.getMaxX() - w));
        stage.setY(clamp(y, screen.getMinY(), screen.getMaxY() - h));
        // Some window managers replace the size asked before the first show by 200 × 200 (or by the
        // minimum): ask again once, after the window is mapped.
        javafx.event.EventHandler<javafx.stage.WindowEvent> again = new javafx.event.EventHandler<>() {
            @Override
            public void handle(javafx.stage.WindowEvent e) {
                stage.removeEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, this);
                Platform.runLater(() -> {
                    stage.setWidth(w);
                    stage.setHeight(h);
                });
            }
        };
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, again);
        return new Size(w, h);
    }

    /**
     * Sizes the main window: most of the screen, so that the map gets room beside the side panels.
     */
    public static Size mainWindow(Stage stage) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        // A laptop screen gives the map little room beside the panels: take it all there.
        double share = screen.getWidth() < SMALL_SCREEN_WIDTH ? 1 : 0.92;
        return apply(stage, new Size(screen.getWidth() * share, screen.getHeight() * share), new Size(1000, 640));
    }

    /** Screens narrower than this get the whole usable area for the main window. */
    static final double SMALL_SCREEN_WIDTH = 1600;

    /** The usable area of the screen that holds {@code window} (the primary screen without one). */
    static Rectangle2D screenOf(Window window) {
        if (window != null) {
            var screens = Screen.getScreensForRectangle(window.getX(), window.getY(),
                    Math.max(1, window.getWidth()), Math.max(1, window.getHeight()));
            if (!screens.isEmpty()) {
                return screens.get(0).getVisualBounds();
            }
        }
        return Screen.getPrimary().getVisualBounds();
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}

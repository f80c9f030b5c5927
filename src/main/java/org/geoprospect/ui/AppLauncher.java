package org.geoprospect.ui;

import java.util.Objects;
import javafx.application.Application;
import org.geoprospect.service.MapContentLoader;

/**
 * Starts the desktop application. Callers outside {@code ui} (the jar's main class) reach JavaFX
 * only through this class, so they need no JavaFX import and the command line never loads it.
 */
public final class AppLauncher {
    private static volatile MapContentLoader loader;

    private AppLauncher() {
    }

    /**
     * Opens the GeoProspect window, which loads the map through {@code mapLoader} on a background
     * thread; returns when the window is closed. Call once per JVM (a JavaFX restriction).
     *
     * @param args      command-line arguments passed on to JavaFX (may be empty, not null)
     * @param mapLoader opens the project and returns its map content; never null
     */
    public static void launch(String[] args, MapContentLoader mapLoader) {
        loader = Objects.requireNonNull(mapLoader, "mapLoader");
        Application.launch(GeoProspectApp.class, args);
    }

    /** The loader given to {@link #launch}; null before it. */
    static MapContentLoader loader() {
        return loader;
    }
}

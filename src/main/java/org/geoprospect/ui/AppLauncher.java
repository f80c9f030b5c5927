package org.geoprospect.ui;

import java.util.Objects;
import javafx.application.Application;
import org.geoprospect.service.MapContentLoader;
import org.geoprospect.service.ProjectSession;

/**
 * Starts the desktop application. Callers outside {@code ui} (the jar's main class) reach JavaFX
 * only through this class, so they need no JavaFX import and the command line never loads it.
 */
public final class AppLauncher {
    private static volatile MapContentLoader loader;
    private static volatile ProjectSession session;
    private static volatile java.util.Optional<java.nio.file.Path> missing = java.util.Optional.empty();

    private AppLauncher() {
    }

    /**
     * Opens the GeoProspect window, which loads the map through {@code mapLoader} on a background
     * thread; returns when the window is closed. Call once per JVM (a JavaFX restriction). The window
     * knows no project folder, so imports are unavailable; prefer {@link #launch(String[], ProjectSession)}.
     *
     * @param args      command-line arguments passed on to JavaFX (may be empty, not null)
     * @param mapLoader opens the project and returns its map content; never null
     */
    public static void launch(String[] args, MapContentLoader mapLoader) {
        loader = Objects.requireNonNull(mapLoader, "mapLoader");
        StartupProbe.mark("fxLaunch");
        Application.launch(GeoProspectApp.class, args);
    }

    /**
     * Opens the GeoProspect window on a project: its map is loaded on a background thread, and files
     * can be imported into its folder (File menu). Returns when the window is closed; call once per JVM.
     *
     * @param args    command-line arguments passed on to JavaFX (may be empty, not null)
     * @param project the project folder and how to open it; never null
     */
    public static void launch(String[] args, ProjectSession project) {
        launch(args, project, java.util.Optional.empty());
    }

    /**
     * As {@link #launch(String[], ProjectSession)}, for the start without a project argument: the window
     * remembers the projects the user opens, and says so when {@code missingLast} — the last project
     * remembered — could not be found.
     */
    public static void launch(String[] args, ProjectSession project, java.util.Optional<java.nio.file.Path> missingLast) {
        session = Objects.requireNonNull(project, "project");
        missing = Objects.requireNonNull(missingLast, "missingLast");
        StartupProbe.mark("fxLaunch");
        Application.launch(GeoProspectApp.class, args);
    }

    /** The last remembered project that could not be found, if any. */
    static java.util.Optional<java.nio.file.Path> missingLast() {
        return missing;
    }

    /** The session given to {@link #launch(String[], ProjectSession)}; null otherwise. */
    static ProjectSession session() {
        return session;
    }

    /** The loader given to {@link #launch(String[], MapContentLoader)}; null otherwise. */
    static MapContentLoader loader() {
        return loader;
    }
}

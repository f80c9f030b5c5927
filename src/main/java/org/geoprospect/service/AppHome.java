package org.geoprospect.service;

import java.nio.file.Path;

/**
 * The user's GeoProspect folder: {@code $GEOPROSPECT_HOME}, or {@code ~/GeoProspect} when the variable
 * is unset. It holds the demo project and the user's settings (the recent projects). Stateless.
 */
public final class AppHome {
    /** The environment variable that moves the folder elsewhere (tests, several demo set-ups). */
    public static final String ENVIRONMENT_VARIABLE = "GEOPROSPECT_HOME";

    private AppHome() {
    }

    /** The folder; it may not exist yet. */
    public static Path folder() {
        String home = System.getenv(ENVIRONMENT_VARIABLE);
        return home == null || home.isBlank() ? Path.of(System.getProperty("user.home"), "GeoProspect") : Path.of(home);
    }
}

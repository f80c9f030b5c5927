package org.geoprospect;

import java.nio.file.Path;
import org.geoprospect.service.ProjectService;
import org.geoprospect.service.ProjectSession;
import org.geoprospect.ui.AppLauncher;

/**
 * Opens the desktop application: {@code gui --project DIR} opens that project, no argument opens
 * the demo project (created on first run in {@link ProjectService#defaultDemoProject()}).
 * Kept apart from {@link Main} so that the command line never loads the JavaFX classes.
 */
final class DesktopEntry {
    private DesktopEntry() {
    }

    static void open(String[] args) {
        Path project = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--project") && i + 1 < args.length) {
                project = Path.of(args[i + 1]);
            } else if (args[i].equals("--help") || args[i].equals("-h")) {
                System.out.println("Usage: geoprospect [gui [--project DIR]]  — opens the map window;"
                        + " without --project, the demo project in " + ProjectService.defaultDemoProject());
                return;
            }
        }
        boolean demo = project == null;
        Path folder = demo ? ProjectService.defaultDemoProject() : project;
        AppLauncher.launch(new String[0], ProjectSession.of(folder, demo));
    }
}

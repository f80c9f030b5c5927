package org.geoprospect;

import java.nio.file.Path;
import org.geoprospect.service.ProjectService;
import org.geoprospect.service.ProjectSession;
import org.geoprospect.service.RecentProjects;
import org.geoprospect.service.StartupProject;
import org.geoprospect.ui.AppLauncher;

/**
 * Opens the desktop application: {@code gui --project DIR} opens that project; no argument reopens the
 * last project the user opened, or — on the very first start — the demo project (created then in
 * {@link ProjectService#defaultDemoProject()}); see {@link StartupProject}.
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
                        + " without --project, the last project opened (the first time, the demo project in "
                        + ProjectService.defaultDemoProject() + ")");
                return;
            }
        }
        if (project != null) {
            AppLauncher.launch(new String[0], early(ProjectSession.of(project, false)), java.util.Optional.empty());
            return;
        }
        StartupProject.Choice choice = StartupProject.choose(RecentProjects.forUser(), ProjectService.defaultDemoProject());
        AppLauncher.launch(new String[0], early(ProjectSession.of(choice.folder(), choice.createDemo())), choice.missing());
    }

    /**
     * The session with its project's reading already started, while the toolkit starts and the window is
     * built (about a second on two cores): the map is then ready about when the window shows.
     */
    private static ProjectSession early(ProjectSession session) {
        return new ProjectSession(session.folder(), org.geoprospect.service.EarlyLoad.start(session.opener()));
    }
}

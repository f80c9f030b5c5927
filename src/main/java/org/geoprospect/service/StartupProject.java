package org.geoprospect.service;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Which project the desktop application opens when it is started without one: the last project the
 * user opened, when its folder still holds a project; the demo project (created if needed) on the
 * very first start, or when no remembered project is left. Stateless.
 */
public final class StartupProject {
    /**
     * The choice made.
     *
     * @param folder     the project to open
     * @param createDemo whether the folder is the demo's, to be created from the demo files if missing
     * @param missing    the last remembered project that could not be found (the window says so), or empty
     */
    public record Choice(Path folder, boolean createDemo, Optional<Path> missing) {
        public Choice {
            Objects.requireNonNull(folder, "folder");
            Objects.requireNonNull(missing, "missing");
        }
    }

    private StartupProject() {
    }

    /**
     * @param recent the user's recent projects
     * @param demo   the demo project's folder
     */
    public static Choice choose(RecentProjects recent, Path demo) {
        var entries = recent.list();
        Optional<RecentProjects.Entry> last = entries.stream().filter(RecentProjects.Entry::exists).findFirst();
        if (last.isPresent()) {
            return new Choice(last.get().folder(), false, Optional.empty());
        }
        Optional<Path> missing = entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(0).folder());
        return new Choice(demo, true, missing);
    }
}

package org.geoprospect.service;

import java.nio.file.Path;
import java.util.Objects;
import org.geoprospect.model.ProgressMonitor;

/**
 * The project the desktop application works on: its folder (where imports write) and how to open it
 * the first time (which may create the demo project). Immutable and thread-safe.
 *
 * @param folder the project folder; never null
 * @param opener loads the map content on start-up (may create the project first); never null
 */
public record ProjectSession(Path folder, MapContentLoader opener) {
    public ProjectSession {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(opener, "opener");
    }

    /**
     * A session on the project in {@code folder}, first creating it from the demo files when
     * {@code createDemoIfMissing} and the folder holds no project yet.
     */
    public static ProjectSession of(Path folder, boolean createDemoIfMissing) {
        return new ProjectSession(folder, new ProjectService().loader(folder, createDemoIfMissing));
    }

    /** The map content as it is now in the project (after an import); call on a background thread. */
    public MapContent reload(ProgressMonitor monitor) {
        return new ProjectService().mapContent(folder, monitor);
    }
}

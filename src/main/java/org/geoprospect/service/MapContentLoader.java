package org.geoprospect.service;

import org.geoprospect.model.ProgressMonitor;

/**
 * Loads what the map shows for a project; the UI calls it on a background thread when it opens.
 */
@FunctionalInterface
public interface MapContentLoader {
    /**
     * Opens (creating it first if needed) the project and returns its map content.
     *
     * @param monitor receives progress; cancelling stops the load with a CancelledException
     * @throws Exception whose message is one clear sentence for the user
     */
    MapContent load(ProgressMonitor monitor) throws Exception;
}

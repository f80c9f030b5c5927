package org.geoprospect.service;

import java.nio.file.Path;
import java.time.Clock;
import org.geoprospect.analysis.criteria.ContactHistory;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.store.ProjectDatabase;

/**
 * Loads a project's {@link AnalysisSession} for the desktop, which must not touch the store: opens the
 * project, reads it into memory and closes it again (waiting while another task of the application
 * has it open, see {@link ProjectAccess}). The session uses the same objection source and contact
 * history as {@link TargetService}'s default constructor, so the live counts of the panels equal what
 * {@code target run} prints. Stateless and thread-safe; call it on a background thread.
 */
public final class AnalysisSessions {
    private AnalysisSessions() {
    }

    /**
     * The project's data for interactive targeting, today from the system clock.
     *
     * @throws org.geoprospect.model.CancelledException when cancelled while reading households
     */
    public static AnalysisSession open(Path project, ProgressMonitor monitor) {
        return open(project, Clock.systemDefaultZone(), monitor);
    }

    /** The same with a given clock (tests). */
    public static AnalysisSession open(Path project, Clock clock, ProgressMonitor monitor) {
        return ProjectAccess.whenFree(() -> {
            try (ProjectDatabase database = ProjectDatabase.open(project)) {
                return AnalysisSession.load(database, clock, ObjectionSource.register(clock).open(database), ContactHistory.NONE,
                        monitor);
            }
        });
    }
}

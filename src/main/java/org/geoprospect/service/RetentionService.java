package org.geoprospect.service;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.privacy.PurgePlan;
import org.geoprospect.privacy.PurgeResult;
import org.geoprospect.privacy.RetentionPurge;
import org.geoprospect.privacy.RetentionRule;
import org.geoprospect.store.ProjectDatabase;
import org.geoprospect.store.RetentionRepository;

/**
 * Retention use cases ({@code purge [--dry-run]}, the UI's "records due" count, the project's
 * retention period). Each call opens the project and closes it again. Thread-safe.
 */
public final class RetentionService {
    private final Clock clock;
    private final String osUser;

    /** The real clock and the OS user. */
    public RetentionService() {
        this(Clock.systemDefaultZone(), System.getProperty("user.name", "unknown"));
    }

    /** For tests: a fixed clock and user. */
    public RetentionService(Clock clock, String osUser) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.osUser = Objects.requireNonNull(osUser, "osUser");
    }

    /** The households past retention today; nothing changes (dry run). */
    public PurgePlan due(Path projectDir, ProgressMonitor monitor) {
        try (ProjectDatabase database = ProjectDatabase.open(projectDir)) {
            return purge(database).plan(monitor);
        }
    }

    /**
     * Deletes the households past retention and logs it, in one transaction; then, when households were
     * deleted, rewrites the project file compactly, so that their personal fields do not linger in the
     * file's superseded pages (H2 keeps them until it reuses the space).
     */
    public PurgeResult purge(Path projectDir, ProgressMonitor monitor) {
        try (ProjectDatabase database = ProjectDatabase.open(projectDir)) {
            PurgeResult result = purge(database).run(monitor);
            if (result.deleted() > 0) {
                database.compactAndClose();
                // The purged households' positions and interests leave the folder now, not at the next opening.
                HouseholdColumnsCache.delete(projectDir);
            }
            return result;
        }
    }

    /**
     * Sets the project's retention period.
     *
     * @param period a number of years ({@code 3}) or an ISO-8601 period ({@code P3Y})
     * @throws UserFacingException when the period cannot be read
     */
    public RetentionRule setRetentionPeriod(Path projectDir, String period) {
        RetentionRule rule;
        try {
            rule = RetentionRule.parse(period);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
        try (ProjectDatabase database = ProjectDatabase.open(projectDir)) {
            new RetentionRepository(database).setRetentionPeriod(rule.period().toString());
        }
        return rule;
    }

    private RetentionPurge purge(ProjectDatabase database) {
        return new RetentionPurge(database, ExportService.retentionRule(database), clock, osUser);
    }
}

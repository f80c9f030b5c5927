package org.geoprospect.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.store.ExportLogEntry;
import org.geoprospect.store.ExportLogRepository;
import org.geoprospect.store.HouseholdRepository;
import org.geoprospect.store.ProjectDatabase;
import org.geoprospect.store.RetentionRepository;

/**
 * Retention: finds the households past the {@link RetentionRule} and deletes them.
 *
 * <p><b>Delete, not anonymise</b>: a record reduced to its anonymous code, a commune-centre position
 * and interests is still pseudonymised personal data (the code links back to the company's files),
 * so blanking fields would not make it anonymous; deleting the household row (its contact row goes
 * with it by cascade) is irreversible and verifiable. Objections are kept, so a later import of the
 * same person is still suppressed. The deletion and its audit-log row (action {@code purge}, count,
 * cut-off and period — never the codes) are one transaction.
 *
 * <p>Thread-safe; do not run two purges of one project at once.
 */
public final class RetentionPurge {
    private final ProjectDatabase database;
    private final RetentionRule rule;
    private final Clock clock;
    private final String osUser;

    public RetentionPurge(ProjectDatabase database, RetentionRule rule, Clock clock, String osUser) {
        this.database = Objects.requireNonNull(database, "database");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.osUser = Objects.requireNonNull(osUser, "osUser");
    }

    /**
     * The households past retention today (a dry run: nothing changes).
     *
     * @param monitor progress while the households are read; may cancel
     */
    public PurgePlan plan(ProgressMonitor monitor) {
        LocalDate today = LocalDate.now(clock);
        List<String> due = new ArrayList<>();
        List<String> undated = new ArrayList<>();
        long scanned = new HouseholdRepository(database).forEach(household -> {
            LocalDate reference = RetentionRule.recordedReference(household);
            if (reference == null) {
                undated.add(household.anonCode());
            } else if (rule.isExpired(reference, today)) {
                due.add(household.anonCode());
            }
        }, monitor);
        if (!undated.isEmpty()) {
            new RetentionRepository(database).collectionDates(undated).forEach((code, collectedOn) -> {
                if (rule.isExpired(collectedOn, today)) {
                    due.add(code);
                }
            });
        }
        due.sort(null);
        return new PurgePlan(today, rule.period().toString(), rule.oldestKeptReference(today), scanned, due);
    }

    /**
     * Deletes the households past retention today and logs it, in one transaction.
     *
     * @return the plan that was carried out
     * @throws org.geoprospect.store.StoreException when the database fails (nothing deleted, nothing logged)
     */
    public PurgeResult run(ProgressMonitor monitor) {
        PurgePlan plan = plan(monitor);
        monitor.checkCancelled();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("retentionPeriod", plan.retentionPeriod());
        details.put("today", plan.today().toString());
        details.put("referenceBefore", plan.oldestKept().toString());
        details.put("scanned", plan.scanned());
        details.put("method", "delete household and contact rows; objections kept");
        ExportLogEntry audit = new ExportLogEntry(0, OffsetDateTime.now(clock), osUser, ExportLogEntry.PURGE, null,
                null, List.of(), plan.dueCount(), null, null, AuditJson.write(details));
        long deleted = 0;
        if (plan.due().isEmpty()) {
            // Nothing to delete, but the run itself is worth a line in the log (proof the purge was done).
            new ExportLogRepository(database).append(audit);
        } else {
            deleted = new RetentionRepository(database).deleteHouseholds(plan.due(), audit);
        }
        return new PurgeResult(plan, deleted);
    }
}

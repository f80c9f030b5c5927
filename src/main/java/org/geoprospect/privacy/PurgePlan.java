package org.geoprospect.privacy;

import java.time.LocalDate;
import java.util.List;

/**
 * The households a purge would delete (a dry run's answer).
 *
 * @param today          the policy's today
 * @param retentionPeriod the period applied, ISO-8601 (e.g. {@code P3Y})
 * @param oldestKept     households whose reference date is before this day are due
 * @param scanned        households examined
 * @param due            anonymous codes of the households past retention, sorted
 */
public record PurgePlan(LocalDate today, String retentionPeriod, LocalDate oldestKept, long scanned, List<String> due) {
    public PurgePlan {
        due = List.copyOf(due);
    }

    /** How many households are due. */
    public int dueCount() {
        return due.size();
    }
}

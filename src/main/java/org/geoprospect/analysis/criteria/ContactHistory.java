package org.geoprospect.analysis.criteria;

import org.geoprospect.index.HouseholdColumns;

/**
 * The phone contact history the French phone rules need: attempts per household and the date of the
 * last refusal. The project data has no attempt history yet (only {@code last_contact_date}), so the
 * default is {@link #NONE}, under which the phone rules let every household through; a future call
 * log (or a CRM import) implements this interface and the rules apply with no other change.
 *
 * <p>Days are epoch days (days since 1970-01-01). Implementations must be thread-safe.
 */
public interface ContactHistory {
    /** No history recorded: no attempt, no refusal. */
    ContactHistory NONE = new ContactHistory() {
        @Override
        public int phoneAttempts(int householdId, int fromDay, int toDay) {
            return 0;
        }

        @Override
        public int lastPhoneRefusalDay(int householdId) {
            return HouseholdColumns.NO_DATE;
        }

        @Override
        public boolean isEmpty() {
            return true;
        }
    };

    /** The number of phone attempts to the household on days fromDay..toDay (inclusive). */
    int phoneAttempts(int householdId, int fromDay, int toDay);

    /** The day of the household's last refusal on the phone, or {@link HouseholdColumns#NO_DATE}. */
    int lastPhoneRefusalDay(int householdId);

    /** True when nothing is recorded at all (lets the rules skip the per-household loop). */
    default boolean isEmpty() {
        return false;
    }
}

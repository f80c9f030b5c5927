package org.geoprospect.index;

import java.time.LocalDate;

/**
 * Dates packed into a {@code char} (2 bytes) as days since {@link #BASE}: 0 means "no date", so the
 * columns hold 1950-01-01 to 2129-06-05. Consent and contact dates fall well inside; the range
 * halves their memory compared with an {@code int} epoch day. Stateless, thread-safe.
 */
final class EpochDays {
    /** The day stored as 1. */
    static final LocalDate BASE = LocalDate.of(1950, 1, 1);
    private static final long BASE_DAY = BASE.toEpochDay();
    /** The last date that can be stored. */
    static final LocalDate LAST = LocalDate.ofEpochDay(BASE_DAY + Character.MAX_VALUE - 1);

    private EpochDays() {
    }

    /**
     * Packs a date; null gives 0.
     *
     * @throws IllegalArgumentException when the date lies outside {@link #BASE}..{@link #LAST}
     */
    static char pack(LocalDate date, String anonCode, String field) {
        if (date == null) {
            return 0;
        }
        long offset = date.toEpochDay() - BASE_DAY + 1;
        if (offset < 1 || offset > Character.MAX_VALUE) {
            throw new IllegalArgumentException("Household " + anonCode + " has a " + field + " of " + date
                    + ", outside " + BASE + " to " + LAST + "; correct the date in the source file.");
        }
        return (char) offset;
    }

    /** The epoch day (days since 1970-01-01) of a packed date, or -1 for "no date". */
    static int unpack(char packed) {
        return packed == 0 ? -1 : (int) (packed - 1 + BASE_DAY);
    }
}

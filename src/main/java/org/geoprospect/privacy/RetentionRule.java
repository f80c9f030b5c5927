package org.geoprospect.privacy;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.geoprospect.model.Channel;
import org.geoprospect.model.Household;

/**
 * How long prospect data is kept: by default 3 years from the household's reference date, then it
 * may no longer be exported for contact and {@link RetentionPurge} deletes it.
 *
 * <p><b>Reference date</b> — what "last contact, or collection when never contacted" means with the
 * data a project holds:
 * <ol>
 *   <li>the latest of {@code lastContactDate} and every recorded consent date (on any channel, given
 *       or refused): recording the person's answer is a contact with the person, and the latest
 *       such contact is when the data was last confirmed;</li>
 *   <li>when the household has none of those dates, its collection date: the day the record was
 *       first stored in this project ({@code household.collected_on}, set on first import and left
 *       unchanged by re-imports) — the earliest day the project can vouch for;</li>
 *   <li>when even that is unknown (a household not read from a project), none: it counts as within
 *       retention.</li>
 * </ol>
 * A household is past retention when {@code today} is after {@code reference + period}: with the
 * default 3 years, a reference of 2023-05-10 is kept through 2026-05-10 and past retention from
 * 2026-05-11. Immutable and thread-safe.
 *
 * @param period the retention period; positive
 */
public record RetentionRule(Period period) {
    /** The period of the rules of the trade: 3 years. */
    public static final Period DEFAULT_PERIOD = Period.ofYears(3);

    public RetentionRule {
        Objects.requireNonNull(period, "period");
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("The retention period must be positive, not " + period + ".");
        }
    }

    /** The default rule: 3 years. */
    public static RetentionRule standard() {
        return new RetentionRule(DEFAULT_PERIOD);
    }

    /**
     * Reads a period written in ISO-8601 ({@code P3Y}, {@code P30M}) or as a number of years ({@code 3}).
     *
     * @throws IllegalArgumentException with one sentence when the text is neither
     */
    public static RetentionRule parse(String text) {
        String t = Objects.requireNonNull(text, "text").strip();
        try {
            if (t.matches("\\d+")) {
                return new RetentionRule(Period.ofYears(Integer.parseInt(t)));
            }
            return new RetentionRule(Period.parse(t));
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("The retention period \"" + text
                    + "\" is not a number of years (3) or an ISO-8601 period (P3Y, P36M).", e);
        }
    }

    /** The latest of the last contact and the recorded consent dates, or null when none is recorded. */
    public static LocalDate recordedReference(Household household) {
        LocalDate latest = household.lastContactDate();
        for (Channel channel : Channel.values()) {
            LocalDate date = household.consent(channel).date();
            if (date != null && (latest == null || date.isAfter(latest))) {
                latest = date;
            }
        }
        return latest;
    }

    /**
     * The reference date (see the class comment).
     *
     * @param collectedOn the day the record entered the project, or null when unknown
     * @return the reference date, or null when nothing is known
     */
    public static LocalDate referenceDate(Household household, LocalDate collectedOn) {
        LocalDate recorded = recordedReference(household);
        return recorded != null ? recorded : collectedOn;
    }

    /** Whether a household with this reference date is past retention on {@code today}. */
    public boolean isExpired(LocalDate reference, LocalDate today) {
        return reference != null && today.isAfter(reference.plus(period));
    }

    /** The last reference date still within retention on {@code today}: older ones are past it. */
    public LocalDate oldestKeptReference(LocalDate today) {
        return today.minus(period);
    }
}

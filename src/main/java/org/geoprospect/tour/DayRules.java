package org.geoprospect.tour;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * How visits are spread over days. Every day starts at the start place at {@code dayStart} and must
 * be back at the end place by {@code dayEnd} (the "opening hours": one window for every stop, the
 * rep's working day; per-stop windows are not modelled); each stop takes {@code visit}; travel runs
 * at {@code speedKmh} over the travel cost in metres.
 *
 * @param dayStart  leaving the start place
 * @param dayEnd    latest return to the end place
 * @param visit     time spent at each stop
 * @param speedKmh  average travel speed, km/h
 * @param maxPerDay most stops a day, 0 for no limit
 * @param maxDays   most days, 0 for no limit; with no {@code maxPerDay}, stops are spread evenly
 *                  over this many days
 */
public record DayRules(LocalTime dayStart, LocalTime dayEnd, Duration visit, double speedKmh, int maxPerDay, int maxDays) {
    /** The default working day: 09:00 to 18:00, 30-minute visits, 40 km/h. */
    public static final DayRules DEFAULT = new DayRules(LocalTime.of(9, 0), LocalTime.of(18, 0), Duration.ofMinutes(30), 40, 0, 0);

    public DayRules {
        Objects.requireNonNull(dayStart, "dayStart");
        Objects.requireNonNull(dayEnd, "dayEnd");
        Objects.requireNonNull(visit, "visit");
        if (!dayEnd.isAfter(dayStart)) {
            throw new IllegalArgumentException("The working day must end after it starts, got " + dayStart + " to " + dayEnd + ".");
        }
        if (visit.isNegative()) {
            throw new IllegalArgumentException("The visit duration cannot be negative, got " + visit.toMinutes() + " minutes.");
        }
        if (!(speedKmh > 0) || Double.isInfinite(speedKmh)) {
            throw new IllegalArgumentException("The travel speed must be a positive number of km/h, got " + speedKmh + ".");
        }
        if (maxPerDay < 0 || maxDays < 0) {
            throw new IllegalArgumentException("The most visits a day and the number of days cannot be negative.");
        }
    }

    /** The same rules with another day limit and per-day limit. */
    public DayRules withLimits(int newMaxPerDay, int newMaxDays) {
        return new DayRules(dayStart, dayEnd, visit, speedKmh, newMaxPerDay, newMaxDays);
    }

    /** Seconds of travel over a cost in metres. */
    double travelSeconds(double metres) {
        return metres / (speedKmh * 1000.0 / 3600.0);
    }

    /** Length of the working day in seconds. */
    double daySeconds() {
        return Duration.between(dayStart, dayEnd).toSeconds();
    }
}

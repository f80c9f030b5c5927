package org.geoprospect.ui.tour;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.geoprospect.tour.DayRules;

/**
 * The day rules as the user types them (text properties the panel's fields bind to), read into a
 * {@link DayRules} with one clear sentence per mistake. Starts from {@link DayRules#DEFAULT} with no
 * limit on visits or days. FX-thread confined.
 */
public final class DayRulesForm {
    private final StringProperty maxPerDay = new SimpleStringProperty(this, "maxPerDay", "");
    private final StringProperty maxDays = new SimpleStringProperty(this, "maxDays", "");
    private final StringProperty dayStart = new SimpleStringProperty(this, "dayStart", "09:00");
    private final StringProperty dayEnd = new SimpleStringProperty(this, "dayEnd", "18:00");
    private final StringProperty visitMinutes = new SimpleStringProperty(this, "visitMinutes", "30");
    private final StringProperty speedKmh = new SimpleStringProperty(this, "speedKmh", "40");

    /**
     * The rules typed.
     *
     * @throws IllegalArgumentException with one sentence naming the field and what to type
     */
    public DayRules rules() {
        int perDay = count(maxPerDay.get(), "visits per day");
        int days = count(maxDays.get(), "number of days");
        LocalTime from = time(dayStart.get(), "day start");
        LocalTime to = time(dayEnd.get(), "day end");
        int visit = count(visitMinutes.get(), "visit duration");
        double speed = number(speedKmh.get(), "speed");
        return new DayRules(from, to, Duration.ofMinutes(visit), speed, perDay, days);
    }

    /** Shows rules in the fields (0 limits as empty fields). */
    public void show(DayRules rules) {
        maxPerDay.set(rules.maxPerDay() == 0 ? "" : Integer.toString(rules.maxPerDay()));
        maxDays.set(rules.maxDays() == 0 ? "" : Integer.toString(rules.maxDays()));
        dayStart.set(rules.dayStart().toString());
        dayEnd.set(rules.dayEnd().toString());
        visitMinutes.set(Long.toString(rules.visit().toMinutes()));
        speedKmh.set(rules.speedKmh() == Math.rint(rules.speedKmh()) ? Long.toString(Math.round(rules.speedKmh()))
                : Double.toString(rules.speedKmh()));
    }

    private static int count(String text, String field) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return 0;
        }
        try {
            int value = Integer.parseInt(t);
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // falls through to the sentence below
        }
        throw new IllegalArgumentException("The " + field + " '" + t + "' is not a whole number; type e.g. 8, or leave it empty for no limit.");
    }

    private static double number(String text, String field) {
        String t = text == null ? "" : text.strip().replace(',', '.');
        try {
            double value = Double.parseDouble(t);
            if (value > 0 && Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // falls through to the sentence below
        }
        throw new IllegalArgumentException("The " + field + " '" + t + "' is not a positive number of km/h; type e.g. 40.");
    }

    private static LocalTime time(String text, String field) {
        String t = text == null ? "" : text.strip().replace('h', ':');
        if (t.endsWith(":")) {
            t = t + "00";
        }
        if (t.length() == 4 && t.charAt(1) == ':') {
            t = "0" + t;
        }
        try {
            return LocalTime.parse(t);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("The " + field + " '" + text + "' is not a time; type it as HH:MM, e.g. 09:00.", e);
        }
    }

    /** Most visits a day; empty for no limit. */
    public StringProperty maxPerDayProperty() {
        return maxPerDay;
    }

    /** Most days; empty for no limit. */
    public StringProperty maxDaysProperty() {
        return maxDays;
    }

    public StringProperty dayStartProperty() {
        return dayStart;
    }

    public StringProperty dayEndProperty() {
        return dayEnd;
    }

    public StringProperty visitMinutesProperty() {
        return visitMinutes;
    }

    public StringProperty speedKmhProperty() {
        return speedKmh;
    }
}

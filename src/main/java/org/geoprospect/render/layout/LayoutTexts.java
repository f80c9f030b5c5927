package org.geoprospect.render.layout;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Objects;

/**
 * The words of a map layout, already in the user's language.
 *
 * @param title       the heading (e.g. "Demo — vtt-angers"); never blank
 * @param subtitle    the line under it (e.g. the date), may be empty
 * @param credits     the data credits at the foot of the page, may be empty
 * @param legendTitle the legend's heading (e.g. "Legend")
 * @param scaleWord   the word before a paper map's numeric scale (e.g. "Scale" for "Scale 1:250,000")
 * @param locale      formats the numeric scale's thousands
 */
public record LayoutTexts(String title, String subtitle, String credits, String legendTitle, String scaleWord, Locale locale) {
    public LayoutTexts {
        Objects.requireNonNull(title, "title");
        if (title.isBlank()) {
            throw new IllegalArgumentException("A map layout needs a title; type one (e.g. the project's name).");
        }
        subtitle = subtitle == null ? "" : subtitle;
        credits = credits == null ? "" : credits;
        Objects.requireNonNull(legendTitle, "legendTitle");
        Objects.requireNonNull(scaleWord, "scaleWord");
        Objects.requireNonNull(locale, "locale");
    }

    /** A date as printed under the title: "1 octobre 2026", "October 1, 2026". */
    public static String longDate(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }
}

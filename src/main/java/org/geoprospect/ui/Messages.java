package org.geoprospect.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-interface texts, from {@code org/geoprospect/ui/messages*.properties} for the default
 * locale (English by default, French for a French locale). Immutable and thread-safe.
 */
public final class Messages {
    private static final String BUNDLE = "org.geoprospect.ui.messages";
    private final ResourceBundle bundle;

    private Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** Texts for {@link Locale#getDefault()}. */
    public static Messages forDefaultLocale() {
        return new Messages(ResourceBundle.getBundle(BUNDLE, Locale.getDefault()));
    }

    /** Texts for a given locale (tests, previews). */
    public static Messages forLocale(Locale locale) {
        return new Messages(ResourceBundle.getBundle(BUNDLE, locale));
    }

    /** The locale numbers and dates are formatted for beside these texts (English for the root bundle). */
    public Locale formatLocale() {
        return bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : bundle.getLocale();
    }

    /** A whole number with the locale's grouping ("8,518", "8 518"). */
    public String integer(long value) {
        return java.text.NumberFormat.getIntegerInstance(formatLocale()).format(value);
    }

    /** An amount of euros rounded to the euro, with the locale's grouping and the sign ("197,947 €"). */
    public String euros(double value) {
        return java.text.NumberFormat.getIntegerInstance(formatLocale()).format(Math.round(value)) + "\u00a0€";
    }

    /** A date as this locale writes it ("4 déc. 2026", "Dec 4, 2026"). */
    public String date(java.time.LocalDate date) {
        return date == null ? "—" : java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(formatLocale()).format(date);
    }

    /**
     * A period in words ("3 years", "18 months", "1 year and 6 months"); an ISO-8601 text that cannot be
     * read is returned as it is.
     */
    public String period(String iso8601) {
        java.time.Period period;
        try {
            period = java.time.Period.parse(iso8601);
        } catch (RuntimeException e) {
            return iso8601;
        }
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (period.getYears() != 0) {
            parts.add(get("period.years", period.getYears()));
        }
        if (period.getMonths() != 0) {
            parts.add(get("period.months", period.getMonths()));
        }
        if (period.getDays() != 0 || parts.isEmpty()) {
            parts.add(get("period.days", period.getDays()));
        }
        return parts.size() == 1 ? parts.get(0) : get("period.and", String.join(", ", parts.subList(0, parts.size() - 1)),
                parts.get(parts.size() - 1));
    }

    /**
     * The language of these texts: the locale of the bundle found ({@code fr}, or the root bundle's
     * English), for the texts kept outside this bundle (e.g. {@code model.InterestLabels}).
     */
    public Locale locale() {
        return bundle.getLocale();
    }

    /**
     * The text of a key, with {@code {0}}-style arguments filled in.
     *
     * @throws MissingResourceException when the key is absent: a programming error caught by tests
     */
    public String get(String key, Object... args) {
        String text = bundle.getString(key);
        return args.length == 0 ? text : new MessageFormat(text.replace("'", "''"), bundle.getLocale()).format(args);
    }
}

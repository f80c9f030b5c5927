package org.geoprospect.model;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The words people read for the codes data files carry — sectors of activity ({@code retail} →
 * "Retail", "Commerce de détail"), ranking reasons, contact categories… — from one resource bundle per
 * vocabulary under {@code org/geoprospect/model/words/}: English, and French for a French locale. Kept
 * outside the user interface so that the app, the PDFs and the command line's text output print the
 * same words; data files (CSV, JSON) keep the codes. A code a bundle does not know (a value typed in a
 * customer file) reads as itself with its underscores as spaces, first letter capitalised. Immutable and
 * thread-safe.
 */
public final class CodeWords {
    private static final String FOLDER = "org.geoprospect.model.words.";
    private final ResourceBundle bundle;

    private CodeWords(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The sectors of activity of the customer file's clients. */
    public static CodeWords activities(Locale locale) {
        return of("activities", locale);
    }

    /** The reasons the best-client ranking gives for taking a client. */
    public static CodeWords rankingReasons(Locale locale) {
        return of("ranking", locale);
    }

    /** The contact categories of the customer file (client, former client, prospect…). */
    public static CodeWords categories(Locale locale) {
        return of("categories", locale);
    }

    /** The audit log's actions (export, purge, tour…) and the channels its lines name. */
    public static CodeWords audit(Locale locale) {
        return of("audit", locale);
    }

    /** The household profile's income and age bands, with what they mean. */
    public static CodeWords bands(Locale locale) {
        return of("bands", locale);
    }

    /** The RFM segments (champions, at risk, lost…). */
    public static CodeWords segments(Locale locale) {
        return of("segments", locale);
    }

    private static CodeWords of(String vocabulary, Locale locale) {
        return new CodeWords(ResourceBundle.getBundle(FOLDER + vocabulary, Objects.requireNonNull(locale, "locale")));
    }

    /** The word of a code. */
    public String word(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String key = code.strip().toLowerCase(Locale.ROOT);
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            String spaced = code.strip().replace('_', ' ');
            return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
        }
    }

    /** Whether the bundle has a word of its own for the code (tests check the vocabularies are complete). */
    public boolean knows(String code) {
        return code != null && bundle.containsKey(code.strip().toLowerCase(Locale.ROOT));
    }
}

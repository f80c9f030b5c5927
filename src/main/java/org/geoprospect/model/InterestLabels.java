package org.geoprospect.model;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The words of the {@link Interests#VOCABULARY} codes ({@code mountain_bike} → "Mountain bike (VTT)",
 * "VTT" in French), from {@code org/geoprospect/model/interests*.properties}: English, and French for a
 * French locale. Kept beside the vocabulary, outside the user interface, so that the app, the tour pack
 * and the command line's text output print the same words; data files (CSV, JSON) keep the codes.
 *
 * <p>The bundle is looked up as {@code ui.Messages} looks up its own (the locale asked for, then the
 * default locale, then English), so the interests read in the language of the rest of the screen.
 * Immutable and thread-safe.
 */
public final class InterestLabels {
    private static final String BUNDLE = "org.geoprospect.model.interests";
    private final ResourceBundle bundle;

    private InterestLabels(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The words for {@link Locale#getDefault()}, as the app and the command line choose their language. */
    public static InterestLabels forDefaultLocale() {
        return forLocale(Locale.getDefault());
    }

    /** The words for a locale (the app passes the locale of its message bundle). */
    public static InterestLabels forLocale(Locale locale) {
        return new InterestLabels(ResourceBundle.getBundle(BUNDLE, Objects.requireNonNull(locale, "locale")));
    }

    /** The language the words are in (the bundle found: {@code fr}, or the root bundle's English). */
    public Locale locale() {
        return bundle.getLocale();
    }

    /**
     * The word of one code; a code outside the vocabulary (a file imported by a newer version) reads
     * with its underscores as spaces rather than failing.
     */
    public String label(String code) {
        Objects.requireNonNull(code, "code");
        try {
            return bundle.getString(code);
        } catch (MissingResourceException e) {
            return code.replace('_', ' ');
        }
    }

    /** The words of several codes, in their order, separated by ", "; "" for none. */
    public String labels(List<String> codes) {
        return codes.stream().map(this::label).collect(Collectors.joining(", "));
    }
}

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

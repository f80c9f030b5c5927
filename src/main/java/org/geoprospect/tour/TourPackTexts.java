package org.geoprospect.tour;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import org.geoprospect.model.InterestLabels;

/**
 * The words of a tour pack's PDF (titles, legends, contact sheet), from
 * {@code org/geoprospect/tour/pack*.properties} (English; French for a French locale), and the words of
 * the stops' interests ({@link InterestLabels}). The pack is not part of the user interface, so its texts
 * live beside its writer, where the command line reaches them too. Patterns follow {@link MessageFormat}
 * (an apostrophe is written twice). Immutable and thread-safe.
 */
public final class TourPackTexts {
    private static final String BUNDLE = "org.geoprospect.tour.pack";
    private final ResourceBundle bundle;
    private final InterestLabels interests;

    private TourPackTexts(ResourceBundle bundle, InterestLabels interests) {
        this.bundle = bundle;
        this.interests = interests;
    }

    /** The texts for a locale (the app passes its own; the command line the default locale). */
    public static TourPackTexts forLocale(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return new TourPackTexts(ResourceBundle.getBundle(BUNDLE, locale), InterestLabels.forLocale(locale));
    }

    /** The text of a key with its arguments filled in, numbers written the way of the pack's language. */
    public String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(args);
    }

    /** The words of interest codes, e.g. "Picnic, Mountain bike (VTT)". */
    public String interests(List<String> codes) {
        return interests.labels(codes);
    }

    /**
     * The language the pack is written in: French for the French texts, English otherwise (the texts without a
     * language suffix are the English ones), so that dates and the numeric scale are written as the words are.
     */
    public Locale locale() {
        return bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : bundle.getLocale();
    }
}

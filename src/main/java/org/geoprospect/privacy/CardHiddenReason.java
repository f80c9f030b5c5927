package org.geoprospect.privacy;

/**
 * Why a household's detail card shows no name, address, phone or email. Each reason has a message key
 * for the UI's bundles and an English sentence to fall back on.
 */
public enum CardHiddenReason {
    NO_CONTACT_STORED("privacy.card.hidden.noContactStored",
            "The project holds no name or contact details for this household."),
    OBJECTION("privacy.card.hidden.objection",
            "Contact details are hidden: this household has objected to prospecting."),
    RETENTION_EXPIRED("privacy.card.hidden.retention",
            "Contact details are hidden: this record is past the retention period and due for deletion."),
    NO_CONSENT("privacy.card.hidden.noConsent",
            "Contact details are hidden: this household has given consent on no channel.");

    private final String textKey;
    private final String defaultText;

    CardHiddenReason(String textKey, String defaultText) {
        this.textKey = textKey;
        this.defaultText = defaultText;
    }

    /** The message key (e.g. {@code privacy.card.hidden.noConsent}). */
    public String textKey() {
        return textKey;
    }

    /** The English sentence, for bundles that lack the key. */
    public String defaultText() {
        return defaultText;
    }
}

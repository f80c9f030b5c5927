package org.geoprospect.privacy;

/**
 * Why a household may not be contacted on a channel (or left out of a list), in the order the policy
 * checks them: the first that applies is the reason given.
 */
public enum ContactRefusal {
    /** An objection covers the channel (or all channels); wins over everything. */
    OBJECTION("objection", "objected to prospecting"),
    /** The household is past the retention period. */
    RETENTION_EXPIRED("retention", "past the retention period"),
    /** No recorded prior consent where the channel needs one, or a recorded refusal. */
    NO_CONSENT("noConsent", "no consent for that channel"),
    /** Allowed, but the project stores no email / phone / postal address for the channel. */
    NO_CONTACT_DETAILS("noContactDetails", "no contact details for that channel");

    private final String key;
    private final String words;

    ContactRefusal(String key, String words) {
        this.key = key;
        this.words = words;
    }

    /** The key used in JSON summaries and the audit log ({@code noConsent}, {@code objection}...). */
    public String key() {
        return key;
    }

    /** The reason in English words, for the command line's text output (the app uses its message bundles). */
    public String words() {
        return words;
    }
}

package org.geoprospect.privacy;

/**
 * Why a household may not be contacted on a channel (or left out of a list), in the order the policy
 * checks them: the first that applies is the reason given.
 */
public enum ContactRefusal {
    /** An objection covers the channel (or all channels); wins over everything. */
    OBJECTION("objection"),
    /** The household is past the retention period. */
    RETENTION_EXPIRED("retention"),
    /** No recorded prior consent where the channel needs one, or a recorded refusal. */
    NO_CONSENT("noConsent"),
    /** Allowed, but the project stores no email / phone / postal address for the channel. */
    NO_CONTACT_DETAILS("noContactDetails");

    private final String key;

    ContactRefusal(String key) {
        this.key = key;
    }

    /** The key used in JSON summaries and the audit log ({@code noConsent}, {@code objection}...). */
    public String key() {
        return key;
    }
}

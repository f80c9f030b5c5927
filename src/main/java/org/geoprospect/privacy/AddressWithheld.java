package org.geoprospect.privacy;

/**
 * Why a household on a sales tour is visited without its name and address on the sheet (the rep
 * finds it by its commune, position and number on the map instead). The household is still listed:
 * what leaves it out of a tour is a {@link ContactRefusal} (objection on all channels, retention).
 */
public enum AddressWithheld {
    /** No express consent on any channel, or a recorded refusal of postal contact. */
    NO_VISIT_CONSENT("noVisitConsent", "no consent for a visit"),
    /** An objection to one channel (phone, email...): the household's fields stay hidden. */
    CHANNEL_OBJECTION("channelObjection", "objected to one contact channel"),
    /** Allowed, but the project stores no name and postal address for it. */
    NO_CONTACT_DETAILS("noContactDetails", "no name or address in the project");

    private final String key;
    private final String words;

    AddressWithheld(String key, String words) {
        this.key = key;
        this.words = words;
    }

    /** The key used in JSON summaries and message keys ({@code noVisitConsent}...). */
    public String key() {
        return key;
    }

    /** The reason in English words, for the command line's text output. */
    public String words() {
        return words;
    }
}

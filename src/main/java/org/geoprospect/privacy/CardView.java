package org.geoprospect.privacy;

/**
 * What a household's detail card may show of its personal fields. Either the fields are revealed
 * ({@code hiddenReason} null; a field is still null when not stored, or — phone and email — when its
 * channel is not allowed), or all are null and {@code hiddenReason} says why.
 */
public record CardView(String anonCode, String firstName, String lastName, String address, String postalCode,
                       String city, String phone, String email, CardHiddenReason hiddenReason) {
    static CardView hidden(String anonCode, CardHiddenReason reason) {
        return new CardView(anonCode, null, null, null, null, null, null, null, reason);
    }

    /** Whether personal fields are shown. */
    public boolean revealsContact() {
        return hiddenReason == null;
    }

    /** The message key of the sentence saying why fields are hidden, or null when they are shown. */
    public String reasonKey() {
        return hiddenReason == null ? null : hiddenReason.textKey();
    }

    /** {@inheritDoc} Personal fields are masked so that a stray log line leaks nothing. */
    @Override
    public String toString() {
        return "CardView[anonCode=" + anonCode + ", hiddenReason=" + hiddenReason + ", personal fields hidden]";
    }
}

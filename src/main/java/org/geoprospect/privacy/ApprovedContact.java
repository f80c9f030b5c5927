package org.geoprospect.privacy;

/**
 * Personal fields the {@link ContactPolicy} has approved for one household on one channel: what an
 * export, a tour sheet or a card may show. The phone is in {@link PhoneNumbers#forDisplay} form
 * ({@code 06 12 34 56 78}: never starts with {@code +}, stays text in a spreadsheet). Any field may be null when not stored. Never log these values.
 */
public record ApprovedContact(String anonCode, String firstName, String lastName, String address,
                              String postalCode, String city, String phone, String email) {
    /** {@inheritDoc} Personal fields are masked so that a stray log line leaks nothing. */
    @Override
    public String toString() {
        return "ApprovedContact[anonCode=" + anonCode + ", personal fields hidden]";
    }
}

package org.geoprospect.model;

/**
 * The personal fields of a household, kept apart from the pseudonymised record. Never log these;
 * they reach a screen or a file only through {@code privacy.ContactPolicy}.
 */
public record HouseholdContact(String anonCode, String firstName, String lastName, String address,
                               String postalCode, String city, String phone, String email) {
    /** {@inheritDoc} Personal fields are masked so that a stray log line leaks nothing. */
    @Override
    public String toString() {
        return "HouseholdContact[anonCode=" + anonCode + ", personal fields hidden]";
    }
}

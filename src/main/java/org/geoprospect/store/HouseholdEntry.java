package org.geoprospect.store;

import java.util.Objects;
import org.geoprospect.model.Household;
import org.geoprospect.model.HouseholdContact;

/**
 * One household as read from an import file: its pseudonymised record and, when the file carries
 * them, its personal fields.
 *
 * @param household the record; never null
 * @param contact   the personal fields, or null when the file has none for this household; when not
 *                  null its anonymous code must be the household's
 */
public record HouseholdEntry(Household household, HouseholdContact contact) {
    public HouseholdEntry {
        Objects.requireNonNull(household, "household");
        if (contact != null && !household.anonCode().equals(contact.anonCode())) {
            throw new IllegalArgumentException("The contact fields of household " + household.anonCode()
                    + " carry another anonymous code (" + contact.anonCode() + ").");
        }
    }

    /** An entry without personal fields. */
    public static HouseholdEntry withoutContact(Household household) {
        return new HouseholdEntry(household, null);
    }
}

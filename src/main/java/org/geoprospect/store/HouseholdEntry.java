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
 * @param precision how precisely the position is known: {@code "exact"} (coordinates in the file) or
 *                  {@code "commune"} (placed at the town centre from its INSEE or postal code)
 */
public record HouseholdEntry(Household household, HouseholdContact contact, String precision) {
    /** Precision of a position given by coordinates. */
    public static final String EXACT = "exact";
    /** Precision of a position placed at the commune's town centre. */
    public static final String COMMUNE = "commune";

    public HouseholdEntry {
        Objects.requireNonNull(household, "household");
        if (!EXACT.equals(precision) && !COMMUNE.equals(precision)) {
            throw new IllegalArgumentException("Position precision must be 'exact' or 'commune', not " + precision);
        }
        if (contact != null && !household.anonCode().equals(contact.anonCode())) {
            throw new IllegalArgumentException("The contact fields of household " + household.anonCode()
                    + " carry another anonymous code (" + contact.anonCode() + ").");
        }
    }

    /** An entry whose position is exact. */
    public HouseholdEntry(Household household, HouseholdContact contact) {
        this(household, contact, EXACT);
    }

    /** An entry without personal fields, with an exact position. */
    public static HouseholdEntry withoutContact(Household household) {
        return new HouseholdEntry(household, null);
    }
}

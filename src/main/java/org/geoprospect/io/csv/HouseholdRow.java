package org.geoprospect.io.csv;

import java.util.Objects;
import org.geoprospect.model.Household;
import org.geoprospect.model.HouseholdContact;

/**
 * One row of a households file: the pseudonymised record and, when the row has any personal field,
 * its contact part.
 *
 * @param household never null
 * @param contact   null when every personal cell of the row is empty
 */
public record HouseholdRow(Household household, HouseholdContact contact) {
    public HouseholdRow {
        Objects.requireNonNull(household, "household");
    }
}

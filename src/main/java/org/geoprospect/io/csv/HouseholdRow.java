package org.geoprospect.io.csv;

import java.util.Objects;
import org.geoprospect.model.Household;
import org.geoprospect.model.HouseholdContact;

/**
 * One row of a households file: the pseudonymised record, its contact part when the row has any
 * personal field, and how it was placed.
 *
 * @param household never null
 * @param contact   null when every personal cell of the row is empty
 * @param placement how the position was found (its precision is stored with the record); never null
 */
public record HouseholdRow(Household household, HouseholdContact contact, Placement placement) {
    public HouseholdRow {
        Objects.requireNonNull(household, "household");
        Objects.requireNonNull(placement, "placement");
    }

    /** A row placed by its own longitude/latitude (as the demo generator writes them). */
    public HouseholdRow(Household household, HouseholdContact contact) {
        this(household, contact, Placement.LON_LAT);
    }

    /** {@code exact} or {@code commune}. */
    public PositionPrecision precision() {
        return placement.precision();
    }
}

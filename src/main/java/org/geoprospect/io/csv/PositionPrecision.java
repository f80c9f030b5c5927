package org.geoprospect.io.csv;

import java.util.Locale;

/** How precisely a row's position is known; stored with the record and shown to the user. */
public enum PositionPrecision {
    /** The row gave coordinates (the address's or the shop's own position). */
    EXACT,
    /** The row was placed at its commune's town centre, from an INSEE code or a postal code. */
    COMMUNE;

    /** "exact" or "commune", as in the store's {@code position_precision} column. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}

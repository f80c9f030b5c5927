package org.geoprospect.io.csv;

import java.util.Objects;

/**
 * How a row was placed on the map. The shared constants are used for rows without a note, so most rows
 * allocate none.
 *
 * @param method never null
 * @param note   a remark for the user about this row (e.g. "postal code 49000 serves 2 communes; placed at
 *               the most populous, Angers"), or null
 */
public record Placement(PlacementMethod method, String note) {
    public static final Placement LON_LAT = new Placement(PlacementMethod.LON_LAT, null);
    public static final Placement PROJECTED_XY = new Placement(PlacementMethod.PROJECTED_XY, null);
    public static final Placement INSEE_CODE = new Placement(PlacementMethod.INSEE_CODE, null);
    public static final Placement POSTAL_CODE = new Placement(PlacementMethod.POSTAL_CODE, null);

    public Placement {
        Objects.requireNonNull(method, "method");
    }

    /** {@link PositionPrecision#EXACT} for coordinates, {@link PositionPrecision#COMMUNE} for a commune centre. */
    public PositionPrecision precision() {
        return method.precision();
    }
}

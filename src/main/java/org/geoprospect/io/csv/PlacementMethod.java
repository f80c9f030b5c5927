package org.geoprospect.io.csv;

/** Which cells of a row placed it on the map. */
public enum PlacementMethod {
    /** WGS84 longitude and latitude cells. */
    LON_LAT(PositionPrecision.EXACT),
    /** Projected x/y cells in a stated SRID. */
    PROJECTED_XY(PositionPrecision.EXACT),
    /** The commune's town centre, found by the INSEE code in the commune table. */
    INSEE_CODE(PositionPrecision.COMMUNE),
    /** The commune's town centre, found by the postal code (and the city when the code serves several communes). */
    POSTAL_CODE(PositionPrecision.COMMUNE);

    private final PositionPrecision precision;

    PlacementMethod(PositionPrecision precision) {
        this.precision = precision;
    }

    /** The precision a row placed this way has. */
    public PositionPrecision precision() {
        return precision;
    }
}

package org.geoprospect.geo.crs;

import java.util.List;
import java.util.Objects;

/**
 * A CRS this application recognises: EPSG code and name, datum, projection parameters (from the CTS
 * EPSG registry), other names it goes by (ESRI's), and its area of use.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code       the EPSG code
 * @param name       the EPSG name, e.g. "RGF93 / Lambert-93"
 * @param datum      the geodetic datum
 * @param parameters the projection parameters ({@link ProjectionMethod#NONE} for longitude/latitude)
 * @param aliases    other names writers use, e.g. ESRI's "RGF_1993_Lambert_93"
 * @param areaOfUse  EPSG's area of use
 */
public record CrsDefinition(int code, String name, GeodeticDatum datum, CrsParameters parameters,
                            List<String> aliases, AreaOfUse areaOfUse) {
    public CrsDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(datum, "datum");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(areaOfUse, "areaOfUse");
        aliases = List.copyOf(aliases);
    }

    /** Whether coordinates are longitude/latitude in degrees rather than projected metres. */
    public boolean isGeographic() {
        return parameters.method() == ProjectionMethod.NONE;
    }
}

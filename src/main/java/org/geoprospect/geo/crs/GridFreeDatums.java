package org.geoprospect.geo.crs;

import java.util.Optional;

/**
 * Rewrites the CTS definitions of NAD27 and NAD83 CRSs so that CTS can shift them to WGS84 without grids.
 *
 * <p>Why: CTS 1.7.2's registry writes these CRSs with {@code +datum=NAD27} / {@code +datum=NAD83}, datums
 * it knows only through NADCON grids it does not ship, so {@code CoordinateOperationFactory} finds no
 * operation between them and WGS84 (checked: EPSG:4326 → 4267, 4269, 267xx, 269xx all fail). The
 * rewrite uses the EPSG transformations GDAL/PROJ also pick when no grid is installed:
 * <ul>
 *   <li>NAD83 → WGS84: EPSG:1188 "NAD83 to WGS 84 (1)", a null shift (accuracy 4 m);</li>
 *   <li>NAD27 → WGS84: EPSG:1173 "NAD27 to WGS 84 (4)", the CONUS mean shift −8, 160, 176 m
 *       (accuracy 10 m; elsewhere in North America errors reach a few tens of metres).</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class GridFreeDatums {
    private static final String NAD83 = "+datum=NAD83";
    private static final String NAD27 = "+datum=NAD27";

    private GridFreeDatums() {
    }

    /**
     * The rewritten PROJ.4 definition of an EPSG code, when CTS's own needs grids.
     *
     * @return empty when CTS's definition is usable as it is, or the code is not in the CTS registry
     */
    public static Optional<String> definition(int code) {
        return CtsEpsgRegistry.entry(code).map(EpsgEntry::definition).flatMap(GridFreeDatums::rewrite);
    }

    static Optional<String> rewrite(String definition) {
        if (definition.contains(NAD83)) {
            return Optional.of(definition.replace(NAD83, "+ellps=GRS80 +towgs84=0,0,0,0,0,0,0"));
        }
        if (definition.contains(NAD27)) {
            return Optional.of(definition.replace("+ellps=clrk66 ", "")
                    .replace(NAD27, "+ellps=clrk66 +towgs84=-8,160,176,0,0,0,0"));
        }
        return Optional.empty();
    }
}

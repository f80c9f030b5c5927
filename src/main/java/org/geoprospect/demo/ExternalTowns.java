package org.geoprospect.demo;

import org.locationtech.jts.geom.Coordinate;

/**
 * Real towns beyond the demo territory that roads and railways head for (WGS84 town centres from
 * GeoNames), so that the synthetic network leaves the département in plausible directions.
 */
final class ExternalTowns {
    static final Coordinate NANTES = DemoTerritory.lambert(-1.55336, 47.21725);
    static final Coordinate TOURS = DemoTerritory.lambert(0.70398, 47.39484);
    static final Coordinate LE_MANS = DemoTerritory.lambert(0.20000, 48.00039);
    static final Coordinate LAVAL = DemoTerritory.lambert(-0.76667, 48.06667);

    /** INSEE codes of the demo's anchor towns in Maine-et-Loire. */
    static final String ANGERS = "49007";
    static final String CHOLET = "49099";
    static final String SAUMUR = "49328";
    static final String SEGRE = "49331";

    private ExternalTowns() {
    }
}

package org.geoprospect.service;

import java.util.Optional;
import org.geoprospect.geo.crs.CrsCatalogue;
import org.locationtech.jts.geom.Envelope;

/**
 * Flags data whose coordinates cannot belong to the CRS it was read with — the usual sign of a
 * wrong or missing .prj (e.g. Lambert-93 metres read as degrees, or data of another country).
 */
final class AreaOfUseCheck {
    private AreaOfUseCheck() {
    }

    /**
     * A warning sentence when the data's WGS84 extent leaves the globe, is not a number, or lies outside
     * the EPSG area of use of its CRS (when the catalogue knows it); empty otherwise.
     */
    static Optional<String> warning(int srid, Envelope extent4326) {
        if (!OnEarth.contains(extent4326) || CrsCatalogue.standard().isOutsideAreaOfUse(srid, extent4326)) {
            return Optional.of("Coordinates fall outside the area of use of EPSG:" + srid
                    + "; the file's coordinate system is probably wrong: check it and import again with --srid.");
        }
        return Optional.empty();
    }
}

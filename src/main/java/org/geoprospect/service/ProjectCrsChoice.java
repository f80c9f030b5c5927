package org.geoprospect.service;

import org.geoprospect.geo.Srids;
import org.locationtech.jts.geom.Envelope;

/**
 * The planar CRS a project takes from its first layer: Lambert-93 (EPSG:2154) for data within
 * metropolitan France, the WGS84 UTM zone of the data's centre for data that fits a few zones
 * (distances and areas stay within about 0.1 %), and Web Mercator (EPSG:3857) for world-wide data.
 */
final class ProjectCrsChoice {
    /** Lambert-93's area of use (EPSG), in WGS84 degrees. */
    private static final Envelope METROPOLITAN_FRANCE = new Envelope(-9.86, 10.38, 41.15, 51.56);
    /** Wider data than this (degrees of longitude) is too wide for one UTM zone to serve well. */
    private static final double MAX_UTM_WIDTH_DEGREES = 18;

    private ProjectCrsChoice() {
    }

    /** The EPSG code for data whose extent in WGS84 is {@code extent4326}. */
    static int forExtent(Envelope extent4326) {
        if (METROPOLITAN_FRANCE.contains(extent4326)) {
            return Srids.LAMBERT_93;
        }
        if (extent4326.getWidth() <= MAX_UTM_WIDTH_DEGREES && Math.abs(extent4326.centre().y) <= 84) {
            int zone = (int) Math.floor((extent4326.centre().x + 180) / 6) + 1;
            zone = Math.max(1, Math.min(60, zone));
            return (extent4326.centre().y >= 0 ? 32600 : 32700) + zone;
        }
        return 3857;
    }
}

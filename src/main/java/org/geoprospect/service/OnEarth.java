package org.geoprospect.service;

import org.locationtech.jts.geom.Envelope;

/**
 * Whether a WGS84 extent can be on the Earth: finite, longitudes within ±180° and latitudes within
 * ±90°. A damaged record (a coordinate of 5·10⁹ m, say) or data read with the wrong CRS fails it;
 * such features are skipped on import rather than stored, since they would only mislead (and the
 * database's spatial index refuses extents that large).
 */
final class OnEarth {
    private OnEarth() {
    }

    /** No planar CRS in metres puts a point on the Earth farther than this from its origin. */
    static final double MAX_PLANAR_METRES = 1e8;

    /** Whether a planar extent (metres) can hold points on the Earth: finite and within ±10⁸ m. */
    static boolean plausiblePlanar(Envelope planar) {
        return !planar.isNull() && Double.isFinite(planar.getMinX()) && Double.isFinite(planar.getMaxX())
                && Double.isFinite(planar.getMinY()) && Double.isFinite(planar.getMaxY())
                && Math.max(Math.abs(planar.getMinX()), Math.abs(planar.getMaxX())) <= MAX_PLANAR_METRES
                && Math.max(Math.abs(planar.getMinY()), Math.abs(planar.getMaxY())) <= MAX_PLANAR_METRES;
    }

    static boolean contains(Envelope wgs84) {
        return !wgs84.isNull()
                && Double.isFinite(wgs84.getMinX()) && Double.isFinite(wgs84.getMaxX())
                && Double.isFinite(wgs84.getMinY()) && Double.isFinite(wgs84.getMaxY())
                && wgs84.getMinX() >= -180 && wgs84.getMaxX() <= 180
                && wgs84.getMinY() >= -90 && wgs84.getMaxY() <= 90;
    }
}

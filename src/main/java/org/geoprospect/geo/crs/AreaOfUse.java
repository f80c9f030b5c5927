package org.geoprospect.geo.crs;

import org.locationtech.jts.geom.Envelope;

/**
 * Where a CRS is meant to be used, as a WGS84 longitude/latitude box (EPSG's "area of use" bounding box).
 *
 * <p>A box whose west bound is greater than its east bound crosses the antimeridian (NAD27's runs from
 * 167.65°E to 47.74°W). Immutable and thread-safe.
 *
 * @param minLon west bound, degrees
 * @param minLat south bound, degrees
 * @param maxLon east bound, degrees (less than {@code minLon} when the box crosses the antimeridian)
 * @param maxLat north bound, degrees
 */
public record AreaOfUse(double minLon, double minLat, double maxLon, double maxLat) {
    /**
     * The slack allowed by {@link #isOutside(Envelope)}, about 10 km. Why: EPSG boxes follow coasts and
     * borders, and real layers often reach a little past them (a coastal buffer, a neighbour's commune);
     * a wrong CRS puts coordinates hundreds of kilometres away, far beyond this margin.
     */
    public static final double DEFAULT_MARGIN_DEGREES = 0.1;

    public AreaOfUse {
        if (!(minLat <= maxLat) || Math.abs(minLon) > 180 || Math.abs(maxLon) > 180
                || Math.abs(minLat) > 90 || Math.abs(maxLat) > 90) {
            throw new IllegalArgumentException("Invalid area of use: " + minLon + ", " + minLat + ", " + maxLon
                    + ", " + maxLat);
        }
    }

    /** Whether the box crosses the antimeridian. */
    public boolean crossesAntimeridian() {
        return minLon > maxLon;
    }

    /** Whether the point lies in the box (bounds included). */
    public boolean contains(double lon, double lat) {
        return covers(lon, lat, lon, lat, 0);
    }

    /**
     * Whether the envelope lies wholly inside the box grown by {@code marginDegrees} on every side.
     *
     * @param minLon west of the envelope; must not exceed {@code maxLon} (envelopes do not cross the antimeridian)
     */
    public boolean covers(double minLon, double minLat, double maxLon, double maxLat, double marginDegrees) {
        if (minLat < this.minLat - marginDegrees || maxLat > this.maxLat + marginDegrees) {
            return false;
        }
        if (!crossesAntimeridian()) {
            return minLon >= this.minLon - marginDegrees && maxLon <= this.maxLon + marginDegrees;
        }
        boolean inEasternPart = minLon >= this.minLon - marginDegrees;
        boolean inWesternPart = maxLon <= this.maxLon + marginDegrees;
        return inEasternPart || inWesternPart;
    }

    /**
     * Whether some of the WGS84 envelope lies outside this area (beyond {@link #DEFAULT_MARGIN_DEGREES}),
     * the sign that a layer's coordinates do not belong to the CRS it claims.
     *
     * @param wgs84 the layer's extent in longitude (x) and latitude (y); null or empty gives false
     */
    public boolean isOutside(Envelope wgs84) {
        if (wgs84 == null || wgs84.isNull()) {
            return false;
        }
        return !covers(wgs84.getMinX(), wgs84.getMinY(), wgs84.getMaxX(), wgs84.getMaxY(), DEFAULT_MARGIN_DEGREES);
    }
}

package org.geoprospect.geo.crs;

import java.util.Objects;

/**
 * The defining parameters of a CRS's projection, in canonical units: degrees east of Greenwich for
 * longitudes (so a Paris-based central meridian of 0 grad becomes 2.33722917), degrees for latitudes,
 * metres for false easting and northing.
 *
 * <p>Lambert conic conformal is held in one form for both of its EPSG variants: a 1SP projection
 * (latitude of origin and scale factor) has both standard parallels equal to the latitude of origin;
 * a 2SP projection has scale factor 1; parallels are stored lowest first, since their order in a
 * WKT does not matter. Immutable and thread-safe.
 *
 * @param method            the projection family
 * @param latitudeOfOrigin  degrees
 * @param centralMeridian   degrees east of Greenwich
 * @param standardParallel1 degrees, the lower one (Lambert only, else equal to the latitude of origin)
 * @param standardParallel2 degrees, the higher one (Lambert only, else equal to the latitude of origin)
 * @param scaleFactor       scale factor at the origin (1 for 2SP Lambert and web Mercator)
 * @param falseEasting      metres
 * @param falseNorthing     metres
 */
public record CrsParameters(ProjectionMethod method, double latitudeOfOrigin, double centralMeridian,
                            double standardParallel1, double standardParallel2, double scaleFactor,
                            double falseEasting, double falseNorthing) {
    /** 1e-6 degree is about 0.1 m on the ground; writers print these angles to 8+ decimals. */
    static final double ANGLE_TOLERANCE_DEGREES = 1e-6;
    /** A millimetre: false origins are given to the millimetre (NTF zone IV: 234.358 m). */
    static final double LENGTH_TOLERANCE_METRES = 1e-3;
    /** 1e-8 is 6 cm over 6,000 km of northing; scale factors are printed with 8-9 decimals. */
    static final double SCALE_TOLERANCE = 1e-8;

    public CrsParameters {
        Objects.requireNonNull(method, "method");
    }

    /** The parameters of a longitude/latitude CRS (all zero). */
    public static CrsParameters geographic() {
        return new CrsParameters(ProjectionMethod.NONE, 0, 0, 0, 0, 1, 0, 0);
    }

    /**
     * Lambert conic conformal; pass NaN for what the source does not give.
     *
     * @param standardParallel1 NaN for the 1SP variant
     * @param standardParallel2 NaN when only one parallel is given (then the cone is tangent there)
     * @param scaleFactor       NaN for 1 (2SP variant)
     */
    public static CrsParameters lambert(double latitudeOfOrigin, double centralMeridian, double standardParallel1,
                                        double standardParallel2, double scaleFactor, double falseEasting,
                                        double falseNorthing) {
        double p1 = Double.isNaN(standardParallel1) ? latitudeOfOrigin : standardParallel1;
        double p2 = Double.isNaN(standardParallel2) ? p1 : standardParallel2;
        double k = Double.isNaN(scaleFactor) ? 1 : scaleFactor;
        return new CrsParameters(ProjectionMethod.LAMBERT_CONIC_CONFORMAL, latitudeOfOrigin, centralMeridian,
                Math.min(p1, p2), Math.max(p1, p2), k, falseEasting, falseNorthing);
    }

    /** Transverse Mercator (UTM zones included). */
    public static CrsParameters transverseMercator(double latitudeOfOrigin, double centralMeridian, double scaleFactor,
                                                   double falseEasting, double falseNorthing) {
        return new CrsParameters(ProjectionMethod.TRANSVERSE_MERCATOR, latitudeOfOrigin, centralMeridian,
                latitudeOfOrigin, latitudeOfOrigin, scaleFactor, falseEasting, falseNorthing);
    }

    /** The web (pseudo) Mercator of EPSG:3857. */
    public static CrsParameters webMercator(double centralMeridian, double falseEasting, double falseNorthing) {
        return new CrsParameters(ProjectionMethod.WEB_MERCATOR, 0, centralMeridian, 0, 0, 1, falseEasting,
                falseNorthing);
    }

    /** The UTM zone's transverse Mercator parameters. */
    public static CrsParameters utm(int zone, boolean south) {
        return transverseMercator(0, zone * 6 - 183, 0.9996, 500_000, south ? 10_000_000 : 0);
    }

    /**
     * Whether both describe the same projection within print rounding (see the tolerance constants);
     * longitudes are compared modulo 360.
     */
    public boolean matches(CrsParameters other) {
        return method == other.method
                && closeAngle(latitudeOfOrigin, other.latitudeOfOrigin)
                && closeLongitude(centralMeridian, other.centralMeridian)
                && closeAngle(standardParallel1, other.standardParallel1)
                && closeAngle(standardParallel2, other.standardParallel2)
                && Math.abs(scaleFactor - other.scaleFactor) <= SCALE_TOLERANCE
                && Math.abs(falseEasting - other.falseEasting) <= LENGTH_TOLERANCE_METRES
                && Math.abs(falseNorthing - other.falseNorthing) <= LENGTH_TOLERANCE_METRES;
    }

    private static boolean closeAngle(double a, double b) {
        return Math.abs(a - b) <= ANGLE_TOLERANCE_DEGREES;
    }

    private static boolean closeLongitude(double a, double b) {
        double d = Math.abs(a - b) % 360;
        return Math.min(d, 360 - d) <= ANGLE_TOLERANCE_DEGREES;
    }
}

package org.geoprospect.geo.crs;

/**
 * A reference ellipsoid given by its semi-major axis and inverse flattening, as WKT writes it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param semiMajorMetres    the semi-major axis in metres
 * @param inverseFlattening  1/f; 0 (or infinity) for a sphere
 */
public record Ellipsoid(double semiMajorMetres, double inverseFlattening) {
    public static final Ellipsoid WGS84 = new Ellipsoid(6378137.0, 298.257223563);
    public static final Ellipsoid GRS80 = new Ellipsoid(6378137.0, 298.257222101);
    public static final Ellipsoid CLARKE_1866 = new Ellipsoid(6378206.4, 294.978698213898);
    /** Clarke 1880 (IGN), the ellipsoid of the French NTF datum; CTS gives it as a=6378249.2, b=6356515. */
    public static final Ellipsoid CLARKE_1880_IGN = new Ellipsoid(6378249.2, 293.466021293627);

    /** Half a millimetre on the axis: writers print these axes exactly, so this only absorbs float noise. */
    private static final double AXIS_TOLERANCE_METRES = 5e-4;
    /**
     * WGS84 and GRS80 differ by 1.46e-6 in 1/f (0.1 mm on the polar axis), so the tolerance must be
     * smaller than that to tell them apart, yet larger than the rounding of a 12-digit print.
     */
    private static final double INVERSE_FLATTENING_TOLERANCE = 1e-7;

    /** Builds an ellipsoid from its two axes, as PROJ strings give Clarke 1880 (IGN). */
    public static Ellipsoid fromAxes(double semiMajorMetres, double semiMinorMetres) {
        if (semiMajorMetres == semiMinorMetres) {
            return new Ellipsoid(semiMajorMetres, 0);
        }
        return new Ellipsoid(semiMajorMetres, semiMajorMetres / (semiMajorMetres - semiMinorMetres));
    }

    /** Whether this is a sphere (no flattening). */
    public boolean isSphere() {
        return inverseFlattening == 0 || Double.isInfinite(inverseFlattening);
    }

    /** Whether both ellipsoids have the same shape, within print rounding. */
    public boolean sameShapeAs(Ellipsoid other) {
        if (Math.abs(semiMajorMetres - other.semiMajorMetres) > AXIS_TOLERANCE_METRES) {
            return false;
        }
        if (isSphere() || other.isSphere()) {
            return isSphere() && other.isSphere();
        }
        return Math.abs(inverseFlattening - other.inverseFlattening) <= INVERSE_FLATTENING_TOLERANCE;
    }
}

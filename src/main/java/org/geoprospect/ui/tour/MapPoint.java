package org.geoprospect.ui.tour;

/**
 * A place in the project CRS (metres): the office a tour starts from or ends at. Immutable.
 *
 * @param x easting
 * @param y northing
 */
public record MapPoint(double x, double y) {
    public MapPoint {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("A tour's start or end needs finite coordinates, got " + x + ", " + y + ".");
        }
    }
}

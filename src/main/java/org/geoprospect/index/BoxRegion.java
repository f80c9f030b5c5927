package org.geoprospect.index;

/**
 * A closed axis-aligned rectangle: a point on an edge or a corner is inside. Immutable.
 */
public record BoxRegion(double minX, double minY, double maxX, double maxY) implements PointRegion {
    @Override
    public boolean mayIntersect(double bMinX, double bMinY, double bMaxX, double bMaxY) {
        return bMinX <= maxX && bMaxX >= minX && bMinY <= maxY && bMaxY >= minY;
    }

    @Override
    public boolean containsBox(double bMinX, double bMinY, double bMaxX, double bMaxY) {
        return bMinX >= minX && bMaxX <= maxX && bMinY >= minY && bMaxY <= maxY;
    }

    @Override
    public boolean contains(double x, double y) {
        return x >= minX && x <= maxX && y >= minY && y <= maxY;
    }
}

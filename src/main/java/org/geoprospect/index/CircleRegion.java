package org.geoprospect.index;

/**
 * A closed disc: a point at exactly {@code radius} from the centre is inside (compared on squared
 * distances, so exact for coordinates and radii that are whole metres). Immutable.
 */
public record CircleRegion(double centerX, double centerY, double radius) implements PointRegion {
    public CircleRegion {
        if (!(radius >= 0) || Double.isInfinite(radius)) {
            throw new IllegalArgumentException("A selection radius must be 0 or more metres, got " + radius + ".");
        }
    }

    @Override
    public boolean mayIntersect(double minX, double minY, double maxX, double maxY) {
        double dx = Math.max(0, Math.max(minX - centerX, centerX - maxX));
        double dy = Math.max(0, Math.max(minY - centerY, centerY - maxY));
        return dx * dx + dy * dy <= radius * radius;
    }

    @Override
    public boolean containsBox(double minX, double minY, double maxX, double maxY) {
        double dx = Math.max(centerX - minX, maxX - centerX);
        double dy = Math.max(centerY - minY, maxY - centerY);
        return dx * dx + dy * dy <= radius * radius;
    }

    @Override
    public boolean contains(double x, double y) {
        double dx = x - centerX;
        double dy = y - centerY;
        return dx * dx + dy * dy <= radius * radius;
    }
}

package org.geoprospect.render.labels;

/**
 * An axis-aligned rectangle in screen pixels (x to the right, y down), closed; two boxes that only share
 * an edge do not intersect. Immutable.
 */
public record ScreenBox(double minX, double minY, double maxX, double maxY) {
    public ScreenBox {
        if (!(minX <= maxX) || !(minY <= maxY)) {
            throw new IllegalArgumentException("A box needs min <= max, got x " + minX + ".." + maxX + ", y " + minY
                    + ".." + maxY + ".");
        }
    }

    /** The square of half side {@code half} around (x, y). */
    public static ScreenBox around(double x, double y, double half) {
        return new ScreenBox(x - half, y - half, x + half, y + half);
    }

    /** Whether the interiors of the two boxes overlap. */
    public boolean intersects(ScreenBox other) {
        return minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY;
    }

    /** The area the two boxes share (0 when they do not intersect). */
    public double overlapArea(ScreenBox other) {
        double w = Math.min(maxX, other.maxX) - Math.max(minX, other.minX);
        double h = Math.min(maxY, other.maxY) - Math.max(minY, other.minY);
        return w > 0 && h > 0 ? w * h : 0;
    }

    /** Whether the box lies within [0, width] × [0, height]. */
    public boolean within(double width, double height) {
        return minX >= 0 && minY >= 0 && maxX <= width && maxY <= height;
    }

    public double width() {
        return maxX - minX;
    }

    public double height() {
        return maxY - minY;
    }
}

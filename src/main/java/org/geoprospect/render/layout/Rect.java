package org.geoprospect.render.layout;

/**
 * A rectangle on a page, in points (1/72 inch) from the page's top-left corner, x to the right and y
 * downwards. Immutable.
 *
 * @param x      left edge
 * @param y      top edge
 * @param width  not negative
 * @param height not negative
 */
public record Rect(double x, double y, double width, double height) {
    public Rect {
        if (!(width >= 0) || !(height >= 0)) {
            throw new IllegalArgumentException("A rectangle needs a size of zero or more, got " + width + " x " + height + ".");
        }
    }

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    public double area() {
        return width * height;
    }

    /** The area both rectangles cover (0 when they only touch or are apart). */
    public double intersectionArea(Rect other) {
        double w = Math.min(right(), other.right()) - Math.max(x, other.x);
        double h = Math.min(bottom(), other.bottom()) - Math.max(y, other.y);
        return w > 0 && h > 0 ? w * h : 0;
    }

    /** Whether {@code other} lies inside this rectangle (edges included, within a thousandth of a point). */
    public boolean contains(Rect other) {
        double e = 1e-3;
        return other.x >= x - e && other.y >= y - e && other.right() <= right() + e && other.bottom() <= bottom() + e;
    }
}

package org.geoprospect.index;

/**
 * A closed region of the plane as a query of {@link PackedPointIndex} sees it: a primary filter on
 * boxes, a shortcut for boxes wholly inside, and the exact test per point. Points on the boundary
 * belong to the region.
 *
 * <p>Implementations must be immutable (a query may run on any thread).
 */
public interface PointRegion {
    /** False only when no point of the box can lie in the region (conservative). */
    boolean mayIntersect(double minX, double minY, double maxX, double maxY);

    /** True only when every point of the box lies in the region (conservative: false is always safe). */
    boolean containsBox(double minX, double minY, double maxX, double maxY);

    /** Whether the point lies in the region or on its boundary. */
    boolean contains(double x, double y);
}

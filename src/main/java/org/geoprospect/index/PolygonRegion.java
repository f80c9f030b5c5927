package org.geoprospect.index;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.PolygonExtracter;

/**
 * A (multi)polygon prepared for millions of point tests: its edges are bucketed into horizontal
 * strips, so that a point is tested by ray crossing against the few edges of its strip only
 * (a 64-vertex polygon: about 2 edges per test instead of 64; a commune with thousands of vertices
 * stays fast as well). JTS's {@code IndexedPointInAreaLocator} does the same job but needs a
 * {@code Coordinate} per test and returns through a tree of intervals; this stays on primitive arrays.
 *
 * <p>Boundary rule: a point exactly on an edge or a vertex is inside (closed polygon, as JTS
 * {@code covers}); the on-edge test is exact when coordinates are exactly representable (e.g. whole
 * metres) and otherwise within rounding. Holes are honoured; the rings of all polygons are combined
 * by the even-odd rule, which equals their union for a valid MultiPolygon. Immutable, thread-safe.
 */
public final class PolygonRegion implements PointRegion {
    private final double minX;
    private final double minY;
    private final double maxX;
    private final double maxY;
    private final double[] x1;
    private final double[] y1;
    private final double[] x2;
    private final double[] y2;
    private final int strips;
    private final double stripHeight;
    private final int[] stripStart;
    private final int[] stripEdges;

    /**
     * Prepares the areal parts of a geometry (Polygon, MultiPolygon, or a collection holding them).
     *
     * @throws IllegalArgumentException when the geometry holds no polygon
     */
    public static PolygonRegion of(Geometry geometry) {
        @SuppressWarnings("unchecked")
        List<Polygon> polygons = PolygonExtracter.getPolygons(geometry);
        List<Coordinate[]> rings = new ArrayList<>();
        for (Polygon polygon : polygons) {
            if (polygon.isEmpty()) {
                continue;
            }
            rings.add(polygon.getExteriorRing().getCoordinates());
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                LinearRing hole = polygon.getInteriorRingN(h);
                rings.add(hole.getCoordinates());
            }
        }
        if (rings.isEmpty()) {
            throw new IllegalArgumentException("A polygon selection needs a polygon with an area, got "
                    + (geometry == null ? "nothing" : "a " + geometry.getGeometryType()) + ".");
        }
        return new PolygonRegion(rings);
    }

    private PolygonRegion(List<Coordinate[]> rings) {
        int edgeCount = 0;
        for (Coordinate[] ring : rings) {
            edgeCount += Math.max(0, ring.length - 1);
        }
        x1 = new double[edgeCount];
        y1 = new double[edgeCount];
        x2 = new double[edgeCount];
        y2 = new double[edgeCount];
        double bMinX = Double.POSITIVE_INFINITY, bMinY = Double.POSITIVE_INFINITY;
        double bMaxX = Double.NEGATIVE_INFINITY, bMaxY = Double.NEGATIVE_INFINITY;
        int e = 0;
        for (Coordinate[] ring : rings) {
            for (int i = 0; i + 1 < ring.length; i++) {
                x1[e] = ring[i].x;
                y1[e] = ring[i].y;
                x2[e] = ring[i + 1].x;
                y2[e] = ring[i + 1].y;
                bMinX = Math.min(bMinX, x1[e]);
                bMaxX = Math.max(bMaxX, x1[e]);
                bMinY = Math.min(bMinY, y1[e]);
                bMaxY = Math.max(bMaxY, y1[e]);
                e++;
            }
        }
        minX = bMinX;
        minY = bMinY;
        maxX = bMaxX;
        maxY = bMaxY;
        strips = Math.max(1, Math.min(edgeCount, 4096));
        double height = (maxY - minY) / strips;
        stripHeight = height > 0 ? height : 1;
        int[] counts = new int[strips + 1];
        for (int k = 0; k < edgeCount; k++) {
            int from = strip(Math.min(y1[k], y2[k]));
            int to = strip(Math.max(y1[k], y2[k]));
            for (int s = from; s <= to; s++) {
                counts[s + 1]++;
            }
        }
        for (int s = 0; s < strips; s++) {
            counts[s + 1] += counts[s];
        }
        stripStart = counts.clone();
        stripEdges = new int[counts[strips]];
        for (int k = 0; k < edgeCount; k++) {
            int from = strip(Math.min(y1[k], y2[k]));
            int to = strip(Math.max(y1[k], y2[k]));
            for (int s = from; s <= to; s++) {
                stripEdges[counts[s]++] = k;
            }
        }
    }

    private int strip(double y) {
        int s = (int) ((y - minY) / stripHeight);
        return s < 0 ? 0 : Math.min(s, strips - 1);
    }

    @Override
    public boolean mayIntersect(double bMinX, double bMinY, double bMaxX, double bMaxY) {
        return bMinX <= maxX && bMaxX >= minX && bMinY <= maxY && bMaxY >= minY;
    }

    /** Inside when one corner is inside and no edge's bounding box touches the box (then no edge crosses it). */
    @Override
    public boolean containsBox(double bMinX, double bMinY, double bMaxX, double bMaxY) {
        if (bMinX < minX || bMaxX > maxX || bMinY < minY || bMaxY > maxY) {
            return false;
        }
        int from = strip(bMinY);
        int to = strip(bMaxY);
        for (int s = from; s <= to; s++) {
            for (int j = stripStart[s]; j < stripStart[s + 1]; j++) {
                int k = stripEdges[j];
                if (Math.min(x1[k], x2[k]) <= bMaxX && Math.max(x1[k], x2[k]) >= bMinX
                        && Math.min(y1[k], y2[k]) <= bMaxY && Math.max(y1[k], y2[k]) >= bMinY) {
                    return false;
                }
            }
        }
        return contains(bMinX, bMinY);
    }

    @Override
    public boolean contains(double px, double py) {
        if (px < minX || px > maxX || py < minY || py > maxY) {
            return false;
        }
        int s = strip(py);
        boolean inside = false;
        for (int j = stripStart[s], end = stripStart[s + 1]; j < end; j++) {
            int k = stripEdges[j];
            double ax = x1[k], ay = y1[k], bx = x2[k], by = y2[k];
            if ((ay > py) != (by > py)) {
                double cross = (bx - ax) * (py - ay) - (by - ay) * (px - ax);
                if (cross == 0) {
                    return true; // on the edge
                }
                // The edge crosses the horizontal line through the point; count it when it passes on the right.
                if ((cross > 0) == (by > ay)) {
                    inside = !inside;
                }
            } else if (ay == py && by == py && px >= Math.min(ax, bx) && px <= Math.max(ax, bx)) {
                return true; // on a horizontal edge
            } else if ((ay == py && ax == px) || (by == py && bx == px)) {
                return true; // on a vertex
            }
        }
        return inside;
    }
}

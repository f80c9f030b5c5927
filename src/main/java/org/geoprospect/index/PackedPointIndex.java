package org.geoprospect.index;

import java.util.Arrays;
import org.locationtech.jts.geom.Geometry;

/**
 * A static, packed R-tree over points (the flatbush layout): points sorted along a Hilbert curve,
 * grouped 16 by 16 into leaves, leaves 16 by 16 into parents, up to one root; every level is a flat
 * array of boxes, children of node i are nodes 16i..16i+15 of the level below. Built once in
 * O(n log n) (one sort of 64-bit keys: about 0.1 s per million points here), never modified.
 *
 * <p>Why this structure: households are clustered (towns, villages, empty countryside), which a
 * uniform grid handles badly (a city cell holds thousands of points, rural cells none), while a
 * packed R-tree adapts to density with no tuning; it answers boxes, discs, polygons and nearest
 * neighbours with the same tree; whole subtrees inside the query region are reported without
 * testing their points, so a selection costs in proportion to its boundary; and the sorted
 * copies of x/y make the points of a node contiguous in memory. Memory: 20 bytes per point
 * (x, y, id) plus about 2.2 bytes for the boxes.
 *
 * <p>Ids are the positions in the arrays given to {@link #build}. Queries are closed: points on the
 * boundary of a box, disc or polygon are found. Results come through a {@link PointVisitor} (no
 * boxing; order is Hilbert order, not id order) or as a {@link Selection}.
 *
 * <p>Immutable and thread-safe: any number of threads may query at once.
 */
public final class PackedPointIndex {
    /** Children per node. */
    public static final int NODE_SIZE = 16;
    private static final int LOG_NODE_SIZE = 4;

    private final int size;
    private final double[] xs;
    private final double[] ys;
    private final int[] ids;
    /** levelStart[l] = offset of level l's nodes in the box arrays; level 0 nodes are leaves. */
    private final int[] levelStart;
    private final double[] nodeMinX;
    private final double[] nodeMinY;
    private final double[] nodeMaxX;
    private final double[] nodeMaxY;

    /** Indexes the points of households. */
    public static PackedPointIndex of(HouseholdColumns households) {
        return build(households.x, households.y, households.size);
    }

    /**
     * Indexes points; point i gets id i. The arrays are copied (in Hilbert order), not kept.
     *
     * @throws IllegalArgumentException when the arrays differ in length or hold NaN or infinity
     */
    public static PackedPointIndex build(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("An index needs as many x as y values, got " + x.length + " and " + y.length + ".");
        }
        return build(x, y, x.length);
    }

    private static PackedPointIndex build(double[] x, double[] y, int n) {
        return new PackedPointIndex(x, y, n);
    }

    private PackedPointIndex(double[] x, double[] y, int n) {
        size = n;
        double minX = Double.POSITIVE_INFINITY, minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                throw new IllegalArgumentException("Point " + i + " has no valid position (" + x[i] + ", " + y[i]
                        + "); every household needs projected coordinates before it can be indexed.");
            }
            minX = Math.min(minX, x[i]);
            minY = Math.min(minY, y[i]);
            maxX = Math.max(maxX, x[i]);
            maxY = Math.max(maxY, y[i]);
        }
        long[] keys = new long[n];
        double scaleX = maxX > minX ? 65535 / (maxX - minX) : 0;
        double scaleY = maxY > minY ? 65535 / (maxY - minY) : 0;
        for (int i = 0; i < n; i++) {
            int hx = (int) ((x[i] - minX) * scaleX);
            int hy = (int) ((y[i] - minY) * scaleY);
            keys[i] = ((HilbertCurve.index(hx, hy) & 0xFFFFFFFFL) << 32) | i;
        }
        // Both cores (the keys are distinct, so the order is the same as a one-thread sort's).
        Arrays.parallelSort(keys);
        xs = new double[n];
        ys = new double[n];
        ids = new int[n];
        for (int k = 0; k < n; k++) {
            int i = (int) keys[k];
            ids[k] = i;
            xs[k] = x[i];
            ys[k] = y[i];
        }
        // Level sizes: ceil(n / 16), ceil(that / 16)... down to 1.
        int levels = 0;
        int total = 0;
        int[] starts = new int[32];
        for (int count = Math.max(1, ceilDiv(n)); ; count = ceilDiv(count)) {
            starts[levels++] = total;
            total += count;
            if (count == 1) {
                break;
            }
        }
        starts[levels] = total;
        levelStart = Arrays.copyOf(starts, levels + 1);
        nodeMinX = new double[total];
        nodeMinY = new double[total];
        nodeMaxX = new double[total];
        nodeMaxY = new double[total];
        Arrays.fill(nodeMinX, Double.POSITIVE_INFINITY);
        Arrays.fill(nodeMinY, Double.POSITIVE_INFINITY);
        Arrays.fill(nodeMaxX, Double.NEGATIVE_INFINITY);
        Arrays.fill(nodeMaxY, Double.NEGATIVE_INFINITY);
        for (int k = 0; k < n; k++) {
            int node = k >>> LOG_NODE_SIZE;
            nodeMinX[node] = Math.min(nodeMinX[node], xs[k]);
            nodeMinY[node] = Math.min(nodeMinY[node], ys[k]);
            nodeMaxX[node] = Math.max(nodeMaxX[node], xs[k]);
            nodeMaxY[node] = Math.max(nodeMaxY[node], ys[k]);
        }
        for (int level = 1; level < levels; level++) {
            int childStart = levelStart[level - 1];
            int childCount = levelStart[level] - childStart;
            for (int c = 0; c < childCount; c++) {
                int parent = levelStart[level] + (c >>> LOG_NODE_SIZE);
                int child = childStart + c;
                nodeMinX[parent] = Math.min(nodeMinX[parent], nodeMinX[child]);
                nodeMinY[parent] = Math.min(nodeMinY[parent], nodeMinY[child]);
                nodeMaxX[parent] = Math.max(nodeMaxX[parent], nodeMaxX[child]);
                nodeMaxY[parent] = Math.max(nodeMaxY[parent], nodeMaxY[child]);
            }
        }
    }

    private static int ceilDiv(int count) {
        return (count + NODE_SIZE - 1) >>> LOG_NODE_SIZE;
    }

    /** The number of points. */
    public int size() {
        return size;
    }

    /** Levels of the tree, leaves included. */
    int levels() {
        return levelStart.length - 1;
    }

    /** Bytes held by the index's arrays. */
    public long memoryBytes() {
        return 20L * size + 32L * nodeMinX.length + 4L * levelStart.length;
    }

    /** Visits every point in the closed box. */
    public void visitEnvelope(double minX, double minY, double maxX, double maxY, PointVisitor visitor) {
        visit(new BoxRegion(minX, minY, maxX, maxY), visitor);
    }

    /** Visits every point within {@code radius} of the centre (distance ≤ radius). */
    public void visitRadius(double centerX, double centerY, double radius, PointVisitor visitor) {
        visit(new CircleRegion(centerX, centerY, radius), visitor);
    }

    /** Visits every point inside or on the boundary of the polygon(s); see {@link PolygonRegion}. */
    public void visitPolygon(Geometry polygon, PointVisitor visitor) {
        visit(PolygonRegion.of(polygon), visitor);
    }

    /** The points in the closed box. */
    public Selection selectEnvelope(double minX, double minY, double maxX, double maxY) {
        return select(new BoxRegion(minX, minY, maxX, maxY));
    }

    /** The points within {@code radius} of the centre (distance ≤ radius). */
    public Selection selectRadius(double centerX, double centerY, double radius) {
        return select(new CircleRegion(centerX, centerY, radius));
    }

    /** The points inside or on the boundary of the polygon(s); see {@link PolygonRegion}. */
    public Selection selectPolygon(Geometry polygon) {
        return select(PolygonRegion.of(polygon));
    }

    /** The points of a region. */
    public Selection select(PointRegion region) {
        SelectionBuilder builder = new SelectionBuilder(size);
        visit(region, (id, x, y) -> builder.add(id));
        return builder.build();
    }

    /** Counts the points of a region without collecting them. */
    public int count(PointRegion region) {
        int[] count = {0};
        visit(region, (id, x, y) -> count[0]++);
        return count[0];
    }

    /**
     * Visits every point of the region: depth-first over the tree, skipping nodes the region cannot
     * meet, reporting nodes wholly inside without testing their points.
     */
    public void visit(PointRegion region, PointVisitor visitor) {
        if (size == 0) {
            return;
        }
        int top = levels() - 1;
        int[] stackLevel = new int[(top + 1) * NODE_SIZE + 1];
        int[] stackNode = new int[stackLevel.length];
        int depth = 0;
        stackLevel[depth] = top;
        stackNode[depth++] = 0;
        while (depth > 0) {
            depth--;
            int level = stackLevel[depth];
            int node = stackNode[depth];
            int g = levelStart[level] + node;
            if (!region.mayIntersect(nodeMinX[g], nodeMinY[g], nodeMaxX[g], nodeMaxY[g])) {
                continue;
            }
            int shift = LOG_NODE_SIZE * (level + 1);
            int first = node << shift;
            int last = (int) Math.min(size, ((long) node + 1) << shift);
            if (region.containsBox(nodeMinX[g], nodeMinY[g], nodeMaxX[g], nodeMaxY[g])) {
                for (int k = first; k < last; k++) {
                    visitor.visit(ids[k], xs[k], ys[k]);
                }
            } else if (level == 0) {
                for (int k = first; k < last; k++) {
                    if (region.contains(xs[k], ys[k])) {
                        visitor.visit(ids[k], xs[k], ys[k]);
                    }
                }
            } else {
                int childFirst = node << LOG_NODE_SIZE;
                int childEnd = Math.min(levelStart[level] - levelStart[level - 1], childFirst + NODE_SIZE);
                for (int c = childEnd - 1; c >= childFirst; c--) {
                    stackLevel[depth] = level - 1;
                    stackNode[depth++] = c;
                }
            }
        }
    }

    /** The id of the point nearest to (x, y), or -1 when the index is empty. Ties go to any of them. */
    public int nearest(double x, double y) {
        return nearest(x, y, Double.POSITIVE_INFINITY);
    }

    /**
     * The id of the point nearest to (x, y) within {@code maxDistance} (inclusive), or -1 when none.
     * Best-first search: nodes and points in one priority queue ordered by their distance.
     */
    public int nearest(double x, double y, double maxDistance) {
        if (size == 0) {
            return -1;
        }
        double maxSquared = maxDistance * maxDistance;
        DistanceQueue queue = new DistanceQueue();
        int top = levels() - 1;
        queue.push(0, top, 0);
        while (!queue.isEmpty()) {
            double distance = queue.topKey();
            if (distance > maxSquared) {
                return -1;
            }
            int level = queue.topLevel();
            int index = queue.topIndex();
            queue.pop();
            if (level < 0) {
                return ids[index];
            }
            if (level == 0) {
                int first = index << LOG_NODE_SIZE;
                int last = Math.min(size, first + NODE_SIZE);
                for (int k = first; k < last; k++) {
                    double dx = xs[k] - x;
                    double dy = ys[k] - y;
                    queue.push(dx * dx + dy * dy, -1, k);
                }
            } else {
                int childFirst = index << LOG_NODE_SIZE;
                int childEnd = Math.min(levelStart[level] - levelStart[level - 1], childFirst + NODE_SIZE);
                for (int c = childFirst; c < childEnd; c++) {
                    int g = levelStart[level - 1] + c;
                    double dx = Math.max(0, Math.max(nodeMinX[g] - x, x - nodeMaxX[g]));
                    double dy = Math.max(0, Math.max(nodeMinY[g] - y, y - nodeMaxY[g]));
                    queue.push(dx * dx + dy * dy, level - 1, c);
                }
            }
        }
        return -1;
    }
}

package org.geoprospect.tour;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import org.geoprospect.model.ProgressMonitor;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;

/**
 * An undirected graph built in memory from a line layer (roads), for shortest road distances
 * between stops (Dijkstra). Simplifications, on purpose: lines meet only where they share a vertex
 * (to the decimetre; crossings without a shared vertex are bridges); every road is two-way and
 * costs its length (no speed per road class, no turn restrictions); a place joins the network at
 * its nearest vertex (vertices are added every {@value #SNAP_SPACING} m along long segments, so that
 * is within 50 m of the nearest road point), the straight access leg being added to the distance; places whose vertices
 * are not connected fall back to the straight line times the detour factor.
 *
 * <p>Immutable after construction; {@link #costs} is thread-safe.
 */
public final class RoadNetwork {
    private final double[] nodeX;
    private final double[] nodeY;
    private final int[] firstEdge;
    private final int[] edgeTarget;
    private final double[] edgeLength;

    private RoadNetwork(double[] nodeX, double[] nodeY, int[] firstEdge, int[] edgeTarget, double[] edgeLength) {
        this.nodeX = nodeX;
        this.nodeY = nodeY;
        this.firstEdge = firstEdge;
        this.edgeTarget = edgeTarget;
        this.edgeLength = edgeLength;
    }

    /** Builds the graph of the lines in a list of geometries (non-line parts are ignored). */
    public static RoadNetwork of(List<Geometry> lines) {
        Map<Long, Integer> ids = new HashMap<>();
        double[] xs = new double[1024];
        double[] ys = new double[1024];
        Edges edgeList = new Edges();
        int nodes = 0;
        for (Geometry geometry : lines) {
            for (int g = 0; g < geometry.getNumGeometries(); g++) {
                if (!(geometry.getGeometryN(g) instanceof LineString line)) {
                    continue;
                }
                int previous = -1;
                Coordinate before = null;
                for (Coordinate c : line.getCoordinates()) {
                    // Interior vertices every SNAP_SPACING metres, so that a place snaps close to its road
                    // even where a line has few vertices; they join nothing (only shared vertices do).
                    int pieces = before == null ? 1 : (int) Math.ceil(before.distance(c) / SNAP_SPACING);
                    for (int k = 1; k <= pieces; k++) {
                        boolean vertex = k == pieces;
                        double px = vertex ? c.x : before.x + (c.x - before.x) * k / pieces;
                        double py = vertex ? c.y : before.y + (c.y - before.y) * k / pieces;
                        Integer id = null;
                        long key = (Math.round(px * 10) << 32) ^ (Math.round(py * 10) & 0xffffffffL);
                        if (vertex) {
                            id = ids.get(key);
                        }
                        if (id == null) {
                            if (nodes == xs.length) {
                                xs = Arrays.copyOf(xs, nodes * 2);
                                ys = Arrays.copyOf(ys, nodes * 2);
                            }
                            xs[nodes] = px;
                            ys[nodes] = py;
                            id = nodes++;
                            if (vertex) {
                                ids.put(key, id);
                            }
                        }
                        previous = link(previous, id, edgeList);
                    }
                    before = c;
                }
            }
        }
        int edges = edgeList.size;
        int[] from = edgeList.from;
        int[] to = edgeList.to;
        // Compressed adjacency, both directions.
        int[] first = new int[nodes + 1];
        for (int e = 0; e < edges; e++) {
            first[from[e] + 1]++;
            first[to[e] + 1]++;
        }
        for (int i = 0; i < nodes; i++) {
            first[i + 1] += first[i];
        }
        int[] fill = Arrays.copyOf(first, nodes);
        int[] target = new int[2 * edges];
        double[] length = new double[2 * edges];
        for (int e = 0; e < edges; e++) {
            double d = Math.hypot(xs[from[e]] - xs[to[e]], ys[from[e]] - ys[to[e]]);
            target[fill[from[e]]] = to[e];
            length[fill[from[e]]++] = d;
            target[fill[to[e]]] = from[e];
            length[fill[to[e]]++] = d;
        }
        return new RoadNetwork(Arrays.copyOf(xs, nodes), Arrays.copyOf(ys, nodes), first, target, length);
    }

    /** Spacing of the interior vertices added along long segments, metres. */
    static final double SNAP_SPACING = 100;

    private static final class Edges {
        int[] from = new int[1024];
        int[] to = new int[1024];
        int size;
    }

    private static int link(int previous, int id, Edges edges) {
        if (previous >= 0 && previous != id) {
            if (edges.size == edges.from.length) {
                edges.from = Arrays.copyOf(edges.from, edges.size * 2);
                edges.to = Arrays.copyOf(edges.to, edges.size * 2);
            }
            edges.from[edges.size] = previous;
            edges.to[edges.size] = id;
            edges.size++;
        }
        return id;
    }

    /** Number of vertices (including the interior ones added every {@value #SNAP_SPACING} m). */
    public int nodeCount() {
        return nodeX.length;
    }

    /**
     * Road distances in metres between the places (one Dijkstra per place).
     *
     * @param detourFactor used for the straight-line fallback between unconnected places
     * @throws org.geoprospect.model.CancelledException when the monitor is cancelled
     */
    public MatrixCost costs(double[] x, double[] y, double detourFactor, ProgressMonitor monitor) {
        Objects.requireNonNull(monitor, "monitor");
        int k = x.length;
        if (nodeX.length == 0) {
            return straight(x, y, detourFactor);
        }
        int[] snapped = new int[k];
        double[] access = new double[k];
        for (int i = 0; i < k; i++) {
            snapped[i] = nearestNode(x[i], y[i]);
            access[i] = Math.hypot(x[i] - nodeX[snapped[i]], y[i] - nodeY[snapped[i]]);
        }
        double[][] matrix = new double[k][k];
        for (int i = 0; i < k; i++) {
            monitor.checkCancelled();
            double[] dist = dijkstra(snapped[i]);
            for (int j = 0; j < k; j++) {
                double road = dist[snapped[j]];
                matrix[i][j] = i == j ? 0 : Double.isInfinite(road)
                        ? Math.hypot(x[i] - x[j], y[i] - y[j]) * detourFactor
                        : access[i] + road + access[j];
            }
            monitor.progress(i + 1, k);
        }
        return MatrixCost.of(matrix);
    }

    private static MatrixCost straight(double[] x, double[] y, double detourFactor) {
        EuclideanCost c = EuclideanCost.withDetour(x, y, detourFactor);
        double[][] m = new double[x.length][x.length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x.length; j++) {
                m[i][j] = c.cost(i, j);
            }
        }
        return MatrixCost.of(m);
    }

    int nearestNode(double x, double y) {
        int best = 0;
        double bestD = Double.POSITIVE_INFINITY;
        for (int i = 0; i < nodeX.length; i++) {
            double dx = nodeX[i] - x;
            double dy = nodeY[i] - y;
            double d = dx * dx + dy * dy;
            if (d < bestD) {
                bestD = d;
                best = i;
            }
        }
        return best;
    }

    double[] dijkstra(int source) {
        double[] dist = new double[nodeX.length];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        dist[source] = 0;
        PriorityQueue<double[]> heap = new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));
        heap.add(new double[] {0, source});
        while (!heap.isEmpty()) {
            double[] top = heap.poll();
            int u = (int) top[1];
            if (top[0] > dist[u]) {
                continue; // a stale entry: u was settled through a shorter path
            }
            for (int e = firstEdge[u]; e < firstEdge[u + 1]; e++) {
                int v = edgeTarget[e];
                double d = dist[u] + edgeLength[e];
                if (d < dist[v]) {
                    dist[v] = d;
                    heap.add(new double[] {d, v});
                }
            }
        }
        return dist;
    }
}

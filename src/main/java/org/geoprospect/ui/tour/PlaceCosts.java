package org.geoprospect.ui.tour;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.geoprospect.tour.EuclideanCost;
import org.geoprospect.tour.MatrixCost;
import org.geoprospect.tour.TravelCost;

/**
 * The travel costs (metres) a {@link TourPlan} is measured with: either the straight line times a
 * detour factor between any two places, or road distances computed once for a set of places (a matrix
 * keyed by position). Moving or removing stops only ever needs a subset of the places already
 * measured, so a plan's edits reuse its costs without measuring again; a new place (an added stop, a
 * new start or end) needs costs measured for it first ({@link TravelModel#costs}).
 *
 * <p>Places are identified by their position (two stops at the same address share one row, which is
 * right: their costs are the same). Immutable and thread-safe.
 */
public final class PlaceCosts {
    private final double detour;
    /** Row of each measured position; null for the straight line, which measures anything. */
    private final Map<MapPoint, Integer> rows;
    private final MatrixCost matrix;
    private final boolean roadsSetAside;

    private PlaceCosts(double detour, Map<MapPoint, Integer> rows, MatrixCost matrix) {
        this(detour, rows, matrix, false);
    }

    private PlaceCosts(double detour, Map<MapPoint, Integer> rows, MatrixCost matrix, boolean roadsSetAside) {
        if (!(detour > 0) || Double.isInfinite(detour)) {
            throw new IllegalArgumentException("The detour factor must be a positive number, got " + detour + ".");
        }
        this.detour = detour;
        this.rows = rows;
        this.matrix = matrix;
        this.roadsSetAside = roadsSetAside;
    }

    /**
     * Straight-line distance times {@code detour} between any two places.
     *
     * @throws IllegalArgumentException when the detour is not a positive finite number
     */
    public static PlaceCosts straightLine(double detour) {
        return new PlaceCosts(detour, null, null);
    }

    /**
     * The straight line times {@code detour}, because the project's roads layer does not describe the
     * roads between the places (see {@link org.geoprospect.tour.RoadCircuity}); the panel says so.
     */
    public static PlaceCosts straightLineRoadsSetAside(double detour) {
        return new PlaceCosts(detour, null, null, true);
    }

    /** Whether the roads layer was measured and set aside for these places (straight line used instead). */
    public boolean roadsSetAside() {
        return roadsSetAside;
    }

    /**
     * Road distances measured for these places.
     *
     * @param places distinct positions, row {@code i} of the matrix being {@code places.get(i)}
     * @param matrix the costs among them (e.g. {@link org.geoprospect.tour.RoadNetwork#costs})
     * @param detour the factor the matrix used for places the roads do not connect (kept for the pack)
     * @throws IllegalArgumentException when the sizes differ or a place is listed twice
     */
    public static PlaceCosts byRoad(List<MapPoint> places, MatrixCost matrix, double detour) {
        Objects.requireNonNull(matrix, "matrix");
        if (places.size() != matrix.size()) {
            throw new IllegalArgumentException("The road cost matrix has " + matrix.size() + " places for "
                    + places.size() + " positions.");
        }
        Map<MapPoint, Integer> rows = new HashMap<>();
        for (int i = 0; i < places.size(); i++) {
            if (rows.put(places.get(i), i) != null) {
                throw new IllegalArgumentException("The place " + places.get(i) + " is twice in the road cost matrix.");
            }
        }
        return new PlaceCosts(detour, Map.copyOf(rows), matrix);
    }

    /** Whether these are road distances (false: the straight line times the detour factor). */
    public boolean byRoad() {
        return rows != null;
    }

    /** The detour factor (of the straight line, or of the fallback between places the roads do not connect). */
    public double detour() {
        return detour;
    }

    /** Whether the cost from or to this position is known without measuring again. */
    public boolean covers(MapPoint place) {
        return rows == null || rows.containsKey(place);
    }

    /** Whether every one of these places is covered (the end may be null). */
    public boolean coversAll(MapPoint start, MapPoint end, List<PlannedStop> stops) {
        if (!covers(start) || (end != null && !covers(end))) {
            return false;
        }
        return stops.stream().allMatch(s -> covers(at(s)));
    }

    /** Number of places measured by road; 0 for the straight line. */
    public int measuredPlaces() {
        return rows == null ? 0 : rows.size();
    }

    /**
     * The costs among a tour's places: place 0 is the start, place 1 the end when there is one, then
     * the stops in the given order.
     *
     * @param end null when the days come back to the start
     * @throws IllegalArgumentException when a place was not measured (see {@link #coversAll})
     */
    public TravelCost among(MapPoint start, MapPoint end, List<PlannedStop> stops) {
        int first = end == null ? 1 : 2;
        int count = first + stops.size();
        if (rows == null) {
            double[] xs = new double[count];
            double[] ys = new double[count];
            xs[0] = start.x();
            ys[0] = start.y();
            if (end != null) {
                xs[1] = end.x();
                ys[1] = end.y();
            }
            for (int i = 0; i < stops.size(); i++) {
                xs[first + i] = stops.get(i).x();
                ys[first + i] = stops.get(i).y();
            }
            return EuclideanCost.withDetour(xs, ys, detour);
        }
        int[] row = new int[count];
        row[0] = row(start);
        if (end != null) {
            row[1] = row(end);
        }
        for (int i = 0; i < stops.size(); i++) {
            row[first + i] = row(at(stops.get(i)));
        }
        return new Rows(matrix, row);
    }

    private int row(MapPoint place) {
        Integer row = rows.get(place);
        if (row == null) {
            throw new IllegalArgumentException("The road distances of the place " + place.x() + ", " + place.y()
                    + " are not measured yet; plan the tour again.");
        }
        return row;
    }

    /** The position of a stop. */
    static MapPoint at(PlannedStop stop) {
        return new MapPoint(stop.x(), stop.y());
    }

    /** Some rows of the matrix, re-indexed from 0 (a look-up per cost: cheap enough for the solver). */
    private record Rows(MatrixCost matrix, int[] row) implements TravelCost {
        @Override
        public int size() {
            return row.length;
        }

        @Override
        public double cost(int a, int b) {
            return matrix.cost(row[a], row[b]);
        }
    }

    @Override
    public String toString() {
        return rows == null ? "PlaceCosts[straight line × " + detour + "]" : "PlaceCosts[roads, " + rows.size() + " places]";
    }
}

package org.geoprospect.ui.tour;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.geoprospect.model.GeometryKind;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.model.VectorFeature;
import org.geoprospect.model.VectorLayer;
import org.geoprospect.service.MapContent;
import org.geoprospect.service.TourService;
import org.geoprospect.tour.RoadNetwork;

/**
 * How the Tour panel measures travel, the same way as the tour pack ({@link TourService}): by road
 * when the map content holds a line layer named {@value TourService#ROADS_LAYER} (the graph is built
 * once per loaded content, on a background thread, as soon as the content arrives), otherwise by the
 * straight line times the detour factor.
 *
 * <p>Immutable and thread-safe; {@link #costs} blocks (one shortest-path search per place) and is
 * called off the FX thread.
 */
public final class TravelModel {
    private static final Executor BUILDER = task -> {
        Thread thread = new Thread(task, "geoprospect-road-network");
        thread.setDaemon(true);
        thread.start();
    };
    private static final TravelModel STRAIGHT_LINE = new TravelModel(null);

    /** The road graph (being built), or null for the straight line. */
    private final CompletableFuture<RoadNetwork> network;

    private TravelModel(CompletableFuture<RoadNetwork> network) {
        this.network = network;
    }

    /** Straight line times the detour factor. */
    public static TravelModel straightLine() {
        return STRAIGHT_LINE;
    }

    /** Roads over a graph already built (tests, tools). */
    public static TravelModel roads(RoadNetwork network) {
        return new TravelModel(CompletableFuture.completedFuture(Objects.requireNonNull(network, "network")));
    }

    /**
     * The model for a project's map content: roads when it holds a {@value TourService#ROADS_LAYER} line
     * layer (the graph starts building now, in the background), otherwise the straight line.
     *
     * @param content the loaded content, or null for none (straight line)
     */
    public static TravelModel forContent(MapContent content) {
        Optional<VectorLayer> roads = content == null ? Optional.empty() : roadsLayer(content);
        if (roads.isEmpty()) {
            return STRAIGHT_LINE;
        }
        List<org.locationtech.jts.geom.Geometry> lines = roads.get().features().stream()
                .map(VectorFeature::geometry).toList();
        return new TravelModel(CompletableFuture.supplyAsync(() -> RoadNetwork.of(lines), BUILDER));
    }

    /** The content's roads layer, chosen as the tour service chooses it (a line layer named "roads", any case). */
    static Optional<VectorLayer> roadsLayer(MapContent content) {
        return content.layers().stream()
                .filter(l -> l.info().name().equalsIgnoreCase(TourService.ROADS_LAYER)
                        && l.info().kind() == GeometryKind.LINE)
                .findFirst();
    }

    /** Whether travel is measured on roads (the costs then need a background computation for new places). */
    public boolean usesRoads() {
        return network != null;
    }

    /**
     * The costs among a tour's places, measured now: for roads, one shortest-path search from each
     * distinct place (a {@code k × k} matrix); for the straight line, nothing to compute.
     *
     * @param end    null when the days come back to the start
     * @param detour the straight-line factor (also used by roads between places they do not connect)
     * @throws org.geoprospect.model.CancelledException when the monitor is cancelled (also while the graph is built)
     * @throws IllegalStateException with one sentence when the roads layer could not be made into a graph
     */
    public PlaceCosts costs(MapPoint start, MapPoint end, Collection<PlannedStop> stops, double detour,
                            ProgressMonitor monitor) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(monitor, "monitor");
        if (network == null) {
            return PlaceCosts.straightLine(detour);
        }
        Set<MapPoint> distinct = new LinkedHashSet<>();
        distinct.add(start);
        if (end != null) {
            distinct.add(end);
        }
        stops.forEach(s -> distinct.add(PlaceCosts.at(s)));
        List<MapPoint> places = new ArrayList<>(distinct);
        double[] xs = new double[places.size()];
        double[] ys = new double[places.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = places.get(i).x();
            ys[i] = places.get(i).y();
        }
        org.geoprospect.tour.MatrixCost roads = graph(monitor).costs(xs, ys, detour, monitor);
        // A layer of main roads only would make the order zig-zag: the pack sets it aside the same way.
        return org.geoprospect.tour.RoadCircuity.plausible(roads, xs, ys)
                ? PlaceCosts.byRoad(places, roads, detour) : PlaceCosts.straightLineRoadsSetAside(detour);
    }

    /** The graph, waiting for its construction if needed (checking for cancellation meanwhile). */
    private RoadNetwork graph(ProgressMonitor monitor) {
        while (true) {
            monitor.checkCancelled();
            try {
                return network.get(100, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // still building: check for cancellation and wait again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Measuring road distances was interrupted; plan the tour again.", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                throw new IllegalStateException("The '" + TourService.ROADS_LAYER + "' layer could not be made into a "
                        + "road network (" + cause.getMessage() + "); check that layer or rename it to plan by straight "
                        + "line.", cause);
            }
        }
    }
}

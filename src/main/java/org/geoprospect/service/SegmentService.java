package org.geoprospect.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.geoprospect.analysis.rfm.ClientActivity;
import org.geoprospect.analysis.rfm.RfmOptions;
import org.geoprospect.analysis.rfm.RfmScorer;
import org.geoprospect.analysis.rfm.RfmScores;
import org.geoprospect.analysis.rfm.RfmSegment;
import org.geoprospect.store.OrderRepository;
import org.geoprospect.store.ProjectDatabase;

/**
 * The RFM segmentation of a project's clients from their orders (the method is {@link RfmScorer}'s): the
 * orders of the period are summed per client by the store in one SQL pass, then scored in memory. Clients
 * without an order in the period have no scores. Opens the project for the call (waiting while another task of the
 * application holds it, see {@link ProjectAccess}). Thread-safe.
 */
public final class SegmentService {
    /** Each client's scores, by code, and per segment its clients and their monetary total. */
    public record Segmentation(List<RfmScores> clients, List<SegmentTotal> segments) {
        public Segmentation {
            clients = List.copyOf(clients);
            segments = List.copyOf(segments);
        }

        /** The segment of each scored client, by code. */
        public Map<String, RfmSegment> segmentByCode() {
            Map<String, RfmSegment> byCode = new java.util.HashMap<>();
            for (RfmScores s : clients) {
                byCode.put(s.clientCode(), s.segment());
            }
            return byCode;
        }
    }

    /**
     * One segment's size.
     *
     * @param segment the segment
     * @param clients how many clients it holds
     * @param margin  their margin (or revenue, when RFM is by revenue) over the period, in euros
     */
    public record SegmentTotal(RfmSegment segment, int clients, double margin) {
    }

    /** The project has no orders, so its clients cannot be segmented. */
    public static final class NoOrdersException extends UserFacingException {
        private static final long serialVersionUID = 1L;

        NoOrdersException() {
            super("The project has no orders, so its clients have no RFM segment; import the orders first with:"
                    + " import orders FILE.csv --project DIR.");
        }
    }

    /**
     * Scores the project's clients.
     *
     * @throws NoOrdersException when the project has no orders (RFM needs them)
     */
    public Segmentation segments(Path projectDir, RfmOptions options) {
        // in the app, another task (the map's loading) may hold the project for a moment: wait for it
        return ProjectAccess.whenFree(() -> {
            try (ProjectDatabase database = ProjectDatabase.open(projectDir)) {
                return segments(database, options);
            }
        });
    }

    /** The same on an open project (the ranking, the criteria). */
    public static Segmentation segments(ProjectDatabase database, RfmOptions options) {
        OrderRepository orders = new OrderRepository(database);
        if (!orders.hasOrders()) {
            throw new NoOrdersException();
        }
        List<ClientActivity> activities = new ArrayList<>();
        orders.activities(options.periodStart(), options.today(), (code, first, last, count, revenue, margin) ->
                activities.add(new ClientActivity(code, first, last, count, revenue, margin)));
        List<RfmScores> scores = RfmScorer.score(activities, options);
        return new Segmentation(scores, totals(scores));
    }

    /** Per segment, in the segments' order, only those holding clients. */
    static List<SegmentTotal> totals(List<RfmScores> scores) {
        Map<RfmSegment, int[]> counts = new EnumMap<>(RfmSegment.class);
        Map<RfmSegment, double[]> sums = new EnumMap<>(RfmSegment.class);
        for (RfmScores s : scores) {
            counts.computeIfAbsent(s.segment(), k -> new int[1])[0]++;
            sums.computeIfAbsent(s.segment(), k -> new double[1])[0] += s.monetary();
        }
        List<SegmentTotal> totals = new ArrayList<>();
        for (Map.Entry<RfmSegment, int[]> e : counts.entrySet()) {
            totals.add(new SegmentTotal(e.getKey(), e.getValue()[0], sums.get(e.getKey())[0]));
        }
        return totals;
    }
}

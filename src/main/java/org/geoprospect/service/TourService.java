package org.geoprospect.service;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.geoprospect.geo.CoordinateTransform;
import org.geoprospect.geo.Srids;
import org.geoprospect.model.Client;
import org.geoprospect.model.GeometryKind;
import org.geoprospect.model.Household;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.model.VectorFeature;
import org.geoprospect.model.VectorLayer;
import org.geoprospect.privacy.ContactPolicy;
import org.geoprospect.privacy.FieldVisitContacts;
import org.geoprospect.store.ClientRepository;
import org.geoprospect.store.ExportLogEntry;
import org.geoprospect.store.ExportLogRepository;
import org.geoprospect.store.HouseholdRepository;
import org.geoprospect.store.ProjectDatabase;
import org.geoprospect.tour.DayPlan;
import org.geoprospect.tour.DayPlanner;
import org.geoprospect.tour.DayRules;
import org.geoprospect.tour.EuclideanCost;
import org.geoprospect.tour.RoadCircuity;
import org.geoprospect.tour.RoadNetwork;
import org.geoprospect.tour.SolverOptions;
import org.geoprospect.tour.TourPackWriter;
import org.geoprospect.tour.TourPlanningException;
import org.geoprospect.tour.TourStop;
import org.geoprospect.tour.TravelCost;

/**
 * Sales tour use cases shared by the UI and the command line: plan the visit order and days of a
 * list of households and clients, and write the tour pack (stops CSV, PDF map pages and contact
 * sheet, overview PNG). Personal fields reach the pack only through {@link FieldVisitContacts};
 * households refused even a pseudonymised listing (objection on all channels, past retention) are
 * left out; every pack is recorded in the audit log (counts and columns, never rows). Thread-safe.
 */
public final class TourService {
    /** The name of the line layer used as road network when present. */
    public static final String ROADS_LAYER = "roads";
    private final Clock clock;
    private final String osUser;

    public TourService() {
        this(Clock.systemDefaultZone(), System.getProperty("user.name", "unknown"));
    }

    /** For tests: a fixed clock (the consent rules depend on today) and user. */
    public TourService(Clock clock, String osUser) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.osUser = Objects.requireNonNull(osUser, "osUser");
    }

    /**
     * What to plan.
     *
     * @param codes        household anonymous codes and/or client codes, in any order
     * @param start        start longitude, latitude (WGS84)
     * @param end          end longitude, latitude, or null to come back to the start
     * @param rules        working day, visit duration, speed, limits
     * @param useRoads     use the project's {@value #ROADS_LAYER} layer for distances when present
     * @param detourFactor straight-line distance multiplier when roads are not used
     * @param timeBudget   search time for the visit order
     */
    public record TourRequest(List<String> codes, double[] start, double[] end, DayRules rules, boolean useRoads,
                              double detourFactor, Duration timeBudget) {
        public TourRequest {
            codes = List.copyOf(codes);
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(rules, "rules");
        }
    }

    /**
     * What was written.
     *
     * @param excluded households left out (objection on all channels or past retention)
     * @param revealed households shown with name or phone on the sheet
     * @param roadDistances  whether travel was measured on the project's roads layer
     * @param roadsSetAside  the project has a roads layer, but it does not describe the roads between these
     *                       places (see {@link RoadCircuity}): the straight line times the detour was used
     */
    public record TourPackResult(Path folder, int stops, int excluded, int revealed, List<DayPlan> days, double metres,
                                 boolean roadDistances, boolean roadsSetAside, TourPackWriter.Written files) {
    }

    /**
     * Plans the tour and writes its pack into {@code outDir}.
     *
     * @throws UserFacingException when a code is unknown, the tour cannot be planned, or a file cannot be written
     */
    public TourPackResult writePack(Path projectDir, TourRequest request, Path outDir, ProgressMonitor monitor) {
        return writePack(projectDir, request, null, outDir, monitor);
    }

    /**
     * Writes the pack of a tour whose days and visit order the user fixed (edited by hand in the app):
     * no planning, only the arrival times of each day in the given order. Households the contact policy
     * leaves out of any listing are dropped from their day; a day left empty is dropped.
     *
     * @param codesByDay the codes of each day in visit order; together they must be {@code request.codes()}
     * @throws UserFacingException when a code is unknown, the days do not match the request's codes, or a
     *                             file cannot be written
     */
    public TourPackResult writePackInOrder(Path projectDir, TourRequest request, List<List<String>> codesByDay,
                                           Path outDir, ProgressMonitor monitor) {
        Objects.requireNonNull(codesByDay, "codesByDay");
        List<String> flat = codesByDay.stream().flatMap(List::stream).toList();
        if (!new LinkedHashSet<>(flat).equals(new LinkedHashSet<>(request.codes())) || flat.size() != new LinkedHashSet<>(flat).size()) {
            throw new UserFacingException("The tour's days do not list each of its " + request.codes().size()
                    + " stops exactly once; plan the tour again.");
        }
        return writePack(projectDir, request, codesByDay, outDir, monitor);
    }

    private TourPackResult writePack(Path projectDir, TourRequest request, List<List<String>> codesByDay, Path outDir,
                                     ProgressMonitor monitor) {
        if (request.codes().isEmpty()) {
            throw new UserFacingException("The tour has no stops; give at least one household or client code.");
        }
        MapContent content = new ProjectService().mapContent(projectDir, monitor);
        try (ProjectDatabase database = ProjectDatabase.open(projectDir)) {
            ContactPolicy policy = ExportService.policy(database, clock);
            Stops stops = loadStops(database, policy, request.codes());
            int srid = database.projectSrid();
            CoordinateTransform toProject = CoordinateTransform.between(Srids.WGS84, srid);
            double[] start = toProject.transform(request.start()[0], request.start()[1]);
            double[] end = request.end() == null ? start : toProject.transform(request.end()[0], request.end()[1]);
            int n = stops.list.size();
            boolean open = request.end() != null;
            int places = n + (open ? 2 : 1);
            double[] xs = new double[places];
            double[] ys = new double[places];
            List<TourStop> byPlace = new ArrayList<>();
            xs[0] = start[0];
            ys[0] = start[1];
            byPlace.add(null);
            int endPlace = 0;
            if (open) {
                xs[1] = end[0];
                ys[1] = end[1];
                byPlace.add(null);
                endPlace = 1;
            }
            int[] stopPlaces = new int[n];
            for (int i = 0; i < n; i++) {
                int p = byPlace.size();
                TourStop s = stops.list.get(i);
                xs[p] = s.x();
                ys[p] = s.y();
                byPlace.add(s);
                stopPlaces[i] = p;
            }
            Optional<VectorLayer> roads = request.useRoads() ? roadsLayer(content) : Optional.empty();
            TravelCost cost = EuclideanCost.withDetour(xs, ys, request.detourFactor());
            boolean byRoad = false;
            boolean roadsSetAside = false;
            if (roads.isPresent()) {
                TravelCost roadCost = RoadNetwork.of(roads.get().features().stream().map(VectorFeature::geometry).toList())
                        .costs(xs, ys, request.detourFactor(), monitor);
                // A layer of main roads only would make the order zig-zag (see RoadCircuity).
                byRoad = RoadCircuity.plausible(roadCost, xs, ys);
                roadsSetAside = !byRoad;
                cost = byRoad ? roadCost : cost;
            }
            List<DayPlan> days = codesByDay == null
                    ? DayPlanner.plan(cost, 0, endPlace, stopPlaces, request.rules(),
                            SolverOptions.timeBudget(request.timeBudget()), monitor)
                    : scheduleInOrder(codesByDay, byPlace, cost, endPlace, request.rules());
            double metres = days.stream().mapToDouble(DayPlan::metres).sum();
            String title = "Tour of " + n + (n == 1 ? " stop" : " stops");
            // Staged, logged, then moved in: the audit row names the files' SHA-256, and a kill before the moves
            // is finished the next time the log is read (InterruptedExports) — never a logged pack without its files.
            TourPackWriter.Staged staged = new TourPackWriter().stage(outDir,
                    new TourPackWriter.Pack(title, xs, ys, 0, endPlace, byPlace, days, content.layers()), monitor);
            TourPackWriter.Written written = staged.written();
            try {
                audit(database, written, n, stops, outDir, staged.sha256());
            } catch (RuntimeException e) {
                staged.discard();
                throw e;
            }
            staged.publish();
            return new TourPackResult(outDir.toAbsolutePath(), n, stops.excluded, stops.revealed, days, metres,
                    byRoad, roadsSetAside, written);
        } catch (TourPlanningException e) {
            throw new UserFacingException(e.getMessage(), e);
        } catch (IOException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
    }

    /** The days in the user's order, each scheduled; stops absent from {@code byPlace} (left out by the policy) are skipped. */
    private static List<DayPlan> scheduleInOrder(List<List<String>> codesByDay, List<TourStop> byPlace, TravelCost cost,
                                                 int endPlace, DayRules rules) {
        Map<String, Integer> placeOf = new HashMap<>();
        for (int p = 0; p < byPlace.size(); p++) {
            if (byPlace.get(p) != null) {
                placeOf.put(byPlace.get(p).code(), p);
            }
        }
        List<DayPlan> days = new ArrayList<>();
        for (List<String> day : codesByDay) {
            int[] ordered = day.stream().filter(placeOf::containsKey).mapToInt(placeOf::get).toArray();
            if (ordered.length > 0) {
                days.add(DayPlanner.schedule(days.size() + 1, cost, 0, endPlace, ordered, rules));
            }
        }
        return days;
    }

    private record Stops(List<TourStop> list, int excluded, int revealed) {
    }

    private static Stops loadStops(ProjectDatabase database, ContactPolicy policy, List<String> codes) {
        HouseholdRepository households = new HouseholdRepository(database);
        Map<String, Client> clients = new HashMap<>();
        for (Client c : new ClientRepository(database).findAll()) {
            clients.put(c.code(), c);
        }
        List<Household> visited = new ArrayList<>();
        List<Object> inOrder = new ArrayList<>();
        int excluded = 0;
        for (String code : new LinkedHashSet<>(codes)) {
            Optional<Household> h = households.find(code);
            if (h.isPresent()) {
                if (policy.pseudonymisedRefusal(h.get(), Optional.empty()).isPresent()) {
                    excluded++; // an objection or expired retention: the household is not listed at all
                    continue;
                }
                visited.add(h.get());
                inOrder.add(h.get());
            } else if (clients.containsKey(code)) {
                inOrder.add(clients.get(code));
            } else {
                throw new UserFacingException("The code '" + code + "' is neither a household's anonymous code nor a "
                        + "client's code in this project; check the list of stops.");
            }
        }
        Map<String, FieldVisitContacts.VisitContact> contacts = new FieldVisitContacts(policy).forVisit(database, visited);
        List<TourStop> list = new ArrayList<>();
        int revealed = 0;
        for (Object o : inOrder) {
            if (o instanceof Household h) {
                FieldVisitContacts.VisitContact c = contacts.get(h.anonCode());
                revealed += c.revealed() ? 1 : 0;
                list.add(new TourStop(h.anonCode(), TourStop.Kind.HOUSEHOLD, h.x(), h.y(), c.name(), c.address(), c.phone(),
                        String.join(", ", h.interests()), null));
            } else {
                Client c = (Client) o;
                list.add(new TourStop(c.code(), TourStop.Kind.CLIENT, c.x(), c.y(), c.name(), null, null, "",
                        new TourStop.ClientMetrics(c.category().name().toLowerCase(Locale.ROOT), c.revenue(),
                                c.grossMargin(), c.invoiceCount(),
                                c.lastOrderDate() == null ? null : c.lastOrderDate().toString())));
            }
        }
        if (list.isEmpty()) {
            throw new UserFacingException("None of the " + codes.size() + " stops may be listed (objections or expired "
                    + "retention); there is no tour to prepare.");
        }
        return new Stops(list, excluded, revealed);
    }

    private static Optional<VectorLayer> roadsLayer(MapContent content) {
        return content.layers().stream()
                .filter(l -> l.info().name().equalsIgnoreCase(ROADS_LAYER) && l.info().kind() == GeometryKind.LINE)
                .findFirst();
    }

    /**
     * Finishes the tour packs a kill interrupted after their audit row was committed: moves their staged
     * files into place when the bytes match the logged SHA-256 (see {@link TourPackWriter#publishLeftover}).
     *
     * @return how many files were moved
     */
    static int completeInterruptedPacks(ProjectDatabase database) throws IOException {
        int moved = 0;
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        for (ExportLogEntry entry : new ExportLogRepository(database).all()) {
            if (!"tour".equals(entry.action()) || entry.detailsJson() == null) {
                continue;
            }
            com.fasterxml.jackson.databind.JsonNode details = json.readTree(entry.detailsJson());
            if (!details.hasNonNull("folder") || !details.path("sha256").isObject()) {
                continue; // logged before packs were staged
            }
            Map<String, String> sha256 = new HashMap<>();
            details.get("sha256").fields().forEachRemaining(f -> sha256.put(f.getKey(), f.getValue().asText()));
            moved += TourPackWriter.publishLeftover(Path.of(details.get("folder").asText()), sha256);
        }
        return moved;
    }

    private void audit(ProjectDatabase database, TourPackWriter.Written written, int count, Stops stops, Path outDir,
                       Map<String, String> sha256) {
        String excluded = "{\"objection_or_retention\":" + stops.excluded + "}";
        com.fasterxml.jackson.databind.node.ObjectNode node = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        node.put("revealed", stops.revealed);
        node.putArray("files").add(TourPackWriter.CSV).add(TourPackWriter.PDF).add(TourPackWriter.PNG);
        node.put("folder", outDir.toAbsolutePath().normalize().toString());
        com.fasterxml.jackson.databind.node.ObjectNode hashes = node.putObject("sha256");
        sha256.forEach(hashes::put);
        String details = node.toString();
        new ExportLogRepository(database).append(new ExportLogEntry(0, OffsetDateTime.now(clock), osUser, "tour", null,
                "field_visit", TourPackWriter.CSV_COLUMNS, count, excluded, written.csv().getFileName().toString(), details));
    }
}

package org.geoprospect.service;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.geoprospect.geo.Commune;
import org.geoprospect.geo.CommuneTable;
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
import org.geoprospect.tour.TourPackTexts;
import org.geoprospect.tour.TourPackWriter;
import org.geoprospect.tour.TourPlanningException;
import org.geoprospect.tour.TourStop;
import org.geoprospect.tour.TravelCost;

/**
 * Sales tour use cases shared by the UI and the command line: screen a list of households and clients
 * through the contact policy ({@link #screen}: who is left out and why, who is visited without an
 * address), plan their visit order and days, and write the tour pack (stops CSV, PDF map pages, detail
 * maps and contact sheet, overview PNG).
 *
 * <p>The policy is applied before planning, so that the tour printed is the tour planned: the command
 * line plans only the listed stops ({@link #writePack}); the app plans the stops it screened and hands
 * its plan over as it is shown ({@link #writePlannedPack}: days, order and arrival times), which is
 * refused — never silently re-sequenced — if the policy has since left one of its stops out. Personal
 * fields reach the pack only through {@link FieldVisitContacts}; every pack is recorded in the audit log
 * (counts and columns, never rows). The pack's words are in the service's locale. Thread-safe.
 */
public final class TourService {
    /** The name of the line layer used as road network when present. */
    public static final String ROADS_LAYER = "roads";
    private final Clock clock;
    private final String osUser;
    private final Locale locale;

    /** Today from the system clock, the system's user, the pack in the default locale's language. */
    public TourService() {
        this(Locale.getDefault());
    }

    /** The pack in this locale's language (the app passes its own). */
    public TourService(Locale locale) {
        this(Clock.systemDefaultZone(), System.getProperty("user.name", "unknown"), locale);
    }

    /** For tests: a fixed clock (the consent rules depend on today) and user; the default locale. */
    public TourService(Clock clock, String osUser) {
        this(clock, osUser, Locale.getDefault());
    }

    /** For tests: a fixed clock, user and language. */
    public TourService(Clock clock, String osUser, Locale locale) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.osUser = Objects.requireNonNull(osUser, "osUser");
        this.locale = Objects.requireNonNull(locale, "locale");
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
     * A tour planned and shown in the app, to be written as it is.
     *
     * @param start         where every day starts, project CRS (x, y)
     * @param end           where every day ends, project CRS, or null for back to the start
     * @param days          the days in order
     * @param roadDistances whether the times were measured on the project's roads
     * @param roadsSetAside whether a roads layer was set aside for these places (straight line used)
     */
    public record PlannedTour(double[] start, double[] end, List<PlannedDay> days, boolean roadDistances,
                              boolean roadsSetAside) {
        public PlannedTour {
            Objects.requireNonNull(start, "start");
            start = start.clone();
            end = end == null ? null : end.clone();
            days = List.copyOf(days);
        }
    }

    /**
     * One day of a planned tour, as shown.
     *
     * @param codes      the stops' codes in visiting order
     * @param arrivals   the arrival at each stop
     * @param metres     the day's travel
     * @param returnTime the arrival at the end
     */
    public record PlannedDay(List<String> codes, List<LocalTime> arrivals, double metres, LocalTime returnTime) {
        public PlannedDay {
            codes = List.copyOf(codes);
            arrivals = List.copyOf(arrivals);
            Objects.requireNonNull(returnTime, "returnTime");
        }
    }

    /**
     * What was written.
     *
     * @param screening      what the contact policy made of the stops asked (who was left out and why)
     * @param revealed       households shown with name or phone on the sheet
     * @param visits         the stops in visiting order, day after day (approved fields only)
     * @param roadDistances  whether travel was measured on the project's roads layer
     * @param roadsSetAside  the project has a roads layer, but it does not describe the roads between these
     *                       places (see {@link RoadCircuity}): the straight line times the detour was used
     */
    public record TourPackResult(Path folder, int stops, TourScreening screening, int revealed, List<DayPlan> days,
                                 List<TourStop> visits, double metres, boolean roadDistances, boolean roadsSetAside,
                                 TourPackWriter.Written files) {
        public TourPackResult {
            days = List.copyOf(days);
            visits = List.copyOf(visits);
        }

        /** Households left out by the contact policy. */
        public int excluded() {
            return screening.leftOut().size();
        }
    }

    /**
     * Applies the contact policy to a tour's candidate stops, before planning.
     *
     * @throws UserFacingException when a code is neither a household's nor a client's, or the project cannot be read
     */
    public TourScreening screen(Path projectDir, List<String> codes) {
        try (ProjectDatabase database = ProjectDatabase.open(projectDir)) {
            return load(database, ExportService.policy(database, clock), codes).screening;
        }
    }

    /**
     * Screens the stops, plans the tour of those listed and writes its pack into {@code outDir}.
     *
     * @throws UserFacingException when a code is unknown, no stop may be listed, the tour cannot be planned, or
     *                             a file cannot be written
     */
    public TourPackResult writePack(Path projectDir, TourRequest request, Path outDir, ProgressMonitor monitor) {
        if (request.codes().isEmpty()) {
            throw new UserFacingException("The tour has no stops; give at least one household or client code.");
        }
        MapContent content = new ProjectService().mapContent(projectDir, monitor);
        String credits = mapCredits(projectDir);
        try (ProjectDatabase database = ProjectDatabase.open(projectDir)) {
            Loaded stops = load(database, ExportService.policy(database, clock), request.codes());
            requireListed(stops, request.codes().size());
            CoordinateTransform toProject = CoordinateTransform.between(Srids.WGS84, database.projectSrid());
            double[] start = toProject.transform(request.start()[0], request.start()[1]);
            double[] end = request.end() == null ? null : toProject.transform(request.end()[0], request.end()[1]);
            Places places = Places.of(start, end, stops.list);
            Optional<VectorLayer> roads = request.useRoads() ? roadsLayer(content) : Optional.empty();
            TravelCost cost = EuclideanCost.withDetour(places.xs, places.ys, request.detourFactor());
            boolean byRoad = false;
            boolean roadsSetAside = false;
            if (roads.isPresent()) {
                TravelCost roadCost = RoadNetwork.of(roads.get().features().stream().map(VectorFeature::geometry).toList())
                        .costs(places.xs, places.ys, request.detourFactor(), monitor);
                // A layer of main roads only would make the order zig-zag (see RoadCircuity).
                byRoad = RoadCircuity.plausible(roadCost, places.xs, places.ys);
                roadsSetAside = !byRoad;
                cost = byRoad ? roadCost : cost;
            }
            List<DayPlan> days = DayPlanner.plan(cost, 0, places.endPlace, places.stopPlaces(), request.rules(),
                    SolverOptions.timeBudget(request.timeBudget()), monitor);
            return write(database, content, credits, places, stops, days, byRoad, roadsSetAside, outDir, monitor);
        } catch (TourPlanningException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
    }

    /**
     * Writes the pack of a tour planned in the app exactly as it is shown: its days, visit order and
     * arrival times; nothing is planned or scheduled again.
     *
     * @throws UserFacingException when a code is unknown or twice in the tour, a day is empty or its times do
     *                             not match its stops, the contact policy now leaves one of its stops out
     *                             (plan it again to see who and why), or a file cannot be written
     */
    public TourPackResult writePlannedPack(Path projectDir, PlannedTour tour, Path outDir, ProgressMonitor monitor) {
        List<String> codes = new ArrayList<>();
        for (PlannedDay day : tour.days()) {
            if (day.codes().isEmpty() || day.codes().size() != day.arrivals().size()) {
                throw new UserFacingException("A day of the tour has " + day.codes().size() + " stops and "
                        + day.arrivals().size() + " arrival times; plan the tour again.");
            }
            codes.addAll(day.codes());
        }
        if (codes.isEmpty()) {
            throw new UserFacingException("The tour has no stops; plan a tour first.");
        }
        if (new LinkedHashSet<>(codes).size() != codes.size()) {
            throw new UserFacingException("A stop is twice in the tour; plan the tour again.");
        }
        MapContent content = new ProjectService().mapContent(projectDir, monitor);
        String credits = mapCredits(projectDir);
        try (ProjectDatabase database = ProjectDatabase.open(projectDir)) {
            Loaded stops = load(database, ExportService.policy(database, clock), codes);
            if (!stops.screening.leftOut().isEmpty()) {
                throw new UserFacingException("Since this tour was planned, the contact policy leaves out "
                        + stops.screening.leftOut().size() + " of its stops (" + reasons(stops.screening)
                        + "); plan the tour again to see who and why, so that the pack is the tour shown.");
            }
            Places places = Places.of(tour.start(), tour.end(), stops.list);
            List<DayPlan> days = new ArrayList<>();
            int place = places.firstStopPlace;
            for (PlannedDay day : tour.days()) {
                int[] ordered = new int[day.codes().size()];
                for (int i = 0; i < ordered.length; i++) {
                    ordered[i] = place++;
                }
                days.add(new DayPlan(days.size() + 1, ordered, day.arrivals(), day.metres(), day.returnTime()));
            }
            return write(database, content, credits, places, stops, days, tour.roadDistances(), tour.roadsSetAside(),
                    outDir, monitor);
        }
    }

    /** The data credits of the project's printed maps, in the pack's language (as {@code render --layout} prints them). */
    private String mapCredits(Path projectDir) {
        return new MapCreditsService().credits(projectDir, MapExportService.legendTexts(locale)::getString);
    }

    /** Stages the pack, logs it, then moves it in: the audit row names the files' SHA-256. */
    private TourPackResult write(ProjectDatabase database, MapContent content, String credits, Places places, Loaded stops,
                                 List<DayPlan> days, boolean byRoad, boolean roadsSetAside, Path outDir,
                                 ProgressMonitor monitor) {
        double metres = days.stream().mapToDouble(DayPlan::metres).sum();
        CoordinateTransform toWgs84 = CoordinateTransform.between(database.projectSrid(), Srids.WGS84);
        try {
            // A kill before the moves is finished the next time the log is read (InterruptedExports):
            // never a logged pack without its files.
            TourPackWriter.Staged staged = new TourPackWriter(TourPackTexts.forLocale(locale)).stage(outDir,
                    new TourPackWriter.Pack(places.xs, places.ys, 0, places.endPlace, places.byPlace, days,
                            content.layers(), LocalDate.now(clock), credits, toWgs84.transform(places.xs[0], places.ys[0]),
                            toWgs84.transform(places.xs[places.endPlace], places.ys[places.endPlace])), monitor);
            TourPackWriter.Written written = staged.written();
            try {
                audit(database, written, stops.list.size(), stops, outDir, staged.sha256());
            } catch (RuntimeException e) {
                staged.discard();
                throw e;
            }
            staged.publish();
            List<TourStop> visits = new ArrayList<>();
            days.forEach(d -> java.util.Arrays.stream(d.stops()).forEach(p -> visits.add(places.byPlace.get(p))));
            return new TourPackResult(outDir.toAbsolutePath(), stops.list.size(), stops.screening, stops.revealed, days,
                    visits, metres, byRoad, roadsSetAside, written);
        } catch (IOException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
    }

    private static void requireListed(Loaded stops, int asked) {
        if (stops.list.isEmpty()) {
            throw new UserFacingException("None of the " + asked + " stops may be listed (" + reasons(stops.screening)
                    + "); there is no tour to prepare.");
        }
    }

    /** "3 objected to prospecting, 1 past the retention period". */
    private static String reasons(TourScreening screening) {
        List<String> parts = new ArrayList<>();
        screening.leftOutByReason().forEach((reason, count) -> parts.add(count + " " + reason.words()));
        return String.join(", ", parts);
    }

    /**
     * The places of a pack: 0 the start, 1 the end when there is one, then the stops in the given order.
     *
     * @param byPlace the stop of each place, null for the start and end
     */
    private record Places(double[] xs, double[] ys, int endPlace, int firstStopPlace, List<TourStop> byPlace) {
        static Places of(double[] start, double[] end, List<TourStop> stops) {
            int first = end == null ? 1 : 2;
            double[] xs = new double[first + stops.size()];
            double[] ys = new double[xs.length];
            List<TourStop> byPlace = new ArrayList<>();
            xs[0] = start[0];
            ys[0] = start[1];
            byPlace.add(null);
            if (end != null) {
                xs[1] = end[0];
                ys[1] = end[1];
                byPlace.add(null);
            }
            for (int i = 0; i < stops.size(); i++) {
                xs[first + i] = stops.get(i).x();
                ys[first + i] = stops.get(i).y();
                byPlace.add(stops.get(i));
            }
            return new Places(xs, ys, end == null ? 0 : 1, first, byPlace);
        }

        int[] stopPlaces() {
            int[] places = new int[byPlace.size() - firstStopPlace];
            for (int i = 0; i < places.length; i++) {
                places[i] = firstStopPlace + i;
            }
            return places;
        }
    }

    /** The listed stops in the order asked, with what the policy made of every code asked. */
    private record Loaded(List<TourStop> list, TourScreening screening, int revealed) {
    }

    private static Loaded load(ProjectDatabase database, ContactPolicy policy, List<String> codes) {
        HouseholdRepository households = new HouseholdRepository(database);
        Map<String, Client> clients = new HashMap<>();
        for (Client c : new ClientRepository(database).findAll()) {
            clients.put(c.code(), c);
        }
        List<Household> visited = new ArrayList<>();
        List<Object> inOrder = new ArrayList<>();
        for (String code : new LinkedHashSet<>(codes)) {
            Optional<Household> h = households.find(code);
            if (h.isPresent()) {
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
        List<String> listed = new ArrayList<>();
        List<TourScreening.LeftOut> leftOut = new ArrayList<>();
        List<TourScreening.WithoutAddress> withoutAddress = new ArrayList<>();
        int revealed = 0;
        CommuneTable communes = CommuneTable.shipped();
        for (Object o : inOrder) {
            if (o instanceof Household h) {
                FieldVisitContacts.VisitContact c = contacts.get(h.anonCode());
                if (!c.listed()) {
                    leftOut.add(new TourScreening.LeftOut(h.anonCode(), c.leftOut()));
                    continue;
                }
                if (c.withheld() != null) {
                    withoutAddress.add(new TourScreening.WithoutAddress(h.anonCode(), c.withheld()));
                }
                revealed += c.revealed() ? 1 : 0;
                String commune = h.communeInsee() == null ? "" : communes.byInsee(h.communeInsee()).map(Commune::name)
                        .orElse(h.communeInsee());
                list.add(new TourStop(h.anonCode(), TourStop.Kind.HOUSEHOLD, h.x(), h.y(), h.lon(), h.lat(), commune,
                        c.name(), c.address(), c.phone(), h.interests(), null));
                listed.add(h.anonCode());
            } else {
                Client c = (Client) o;
                list.add(new TourStop(c.code(), TourStop.Kind.CLIENT, c.x(), c.y(), c.lon(), c.lat(), "", c.name(), null,
                        null, List.of(), new TourStop.ClientMetrics(c.category().code(), c.revenue(), c.grossMargin(),
                                c.invoiceCount(), c.lastOrderDate() == null ? null : c.lastOrderDate().toString())));
                listed.add(c.code());
            }
        }
        return new Loaded(list, new TourScreening(listed, leftOut, withoutAddress), revealed);
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

    private void audit(ProjectDatabase database, TourPackWriter.Written written, int count, Loaded stops, Path outDir,
                       Map<String, String> sha256) {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode excluded = json.createObjectNode();
        stops.screening.leftOutByReason().forEach((reason, n) -> excluded.put(reason.key(), n));
        com.fasterxml.jackson.databind.node.ObjectNode node = json.createObjectNode();
        node.put("revealed", stops.revealed);
        node.put("without_address", stops.screening.withoutAddress().size());
        com.fasterxml.jackson.databind.node.ArrayNode files = node.putArray("files");
        written.files().forEach(f -> files.add(f.getFileName().toString()));
        node.put("folder", outDir.toAbsolutePath().normalize().toString());
        com.fasterxml.jackson.databind.node.ObjectNode hashes = node.putObject("sha256");
        sha256.forEach(hashes::put);
        new ExportLogRepository(database).append(new ExportLogEntry(0, OffsetDateTime.now(clock), osUser, "tour", null,
                "field_visit", TourPackWriter.CSV_COLUMNS, count, excluded.toString(),
                written.csv().getFileName().toString(), node.toString()));
    }
}

package org.geoprospect.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.geoprospect.io.export.CsvOptions;
import org.geoprospect.io.export.SafeCsvWriter;
import org.geoprospect.io.export.StagedFile;
import org.geoprospect.model.InterestLabels;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.service.TourScreening;
import org.geoprospect.service.TourService;
import org.geoprospect.tour.DayPlan;
import org.geoprospect.tour.DayRules;
import org.geoprospect.tour.EuclideanCost;
import org.geoprospect.tour.PlanarPoints;
import org.geoprospect.tour.SolverOptions;
import org.geoprospect.tour.TourSolver;
import org.geoprospect.tour.TourStop;
import org.geoprospect.tour.TravelCost;
import org.geoprospect.tour.VisitOrder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code tour}: the visit order of planar points ({@code --points}), or a sales tour pack for a
 * project's households and clients ({@code --project}).
 */
@Command(name = "tour", mixinStandardHelpOptions = true,
        description = {"Plan a sales tour and write its pack (stops CSV, PDF map pages and contact sheet, PNG map),",
                "or order planar points: tour --points FILE.csv --planar --out ORDER.csv --json"})
final class TourCommand implements Callable<Integer> {
    @Mixin
    JsonOption jsonOption;
    @Option(names = "--points", paramLabel = "FILE", description = "Points to order: CSV id,x,y or a TSPLIB EUC_2D .tsp file.")
    Path points;
    @Option(names = "--planar", description = "The points are planar coordinates (Euclidean distances); required with --points.")
    boolean planar;
    @Option(names = "--tsplib-rounding", description = "Round each distance to the nearest integer (TSPLIB EUC_2D).")
    boolean tsplibRounding;
    @Option(names = "--project", paramLabel = "DIR", description = "Project folder (for a tour pack).")
    Path project;
    @Option(names = "--codes", paramLabel = "FILE", description = "Stops: one household anonymous code or client code per line.")
    Path codes;
    @Option(names = "--target", paramLabel = "NAME", description = "Stops: the households and clients a saved target selects now.")
    String target;
    @Option(names = "--start", paramLabel = "LON,LAT", description = "Where every day starts (WGS84).")
    String start;
    @Option(names = "--end", paramLabel = "LON,LAT", description = "Where every day ends (default: back to the start).")
    String end;
    @Option(names = "--days", paramLabel = "N", defaultValue = "0", description = "Spread the stops over at most N days.")
    int days;
    @Option(names = "--max-per-day", paramLabel = "N", defaultValue = "0", description = "At most N visits a day.")
    int maxPerDay;
    @Option(names = "--visit-minutes", paramLabel = "M", defaultValue = "30", description = "Minutes at each stop (default: ${DEFAULT-VALUE}).")
    int visitMinutes;
    @Option(names = "--day-start", paramLabel = "HH:MM", defaultValue = "09:00", description = "Start of the working day (default: ${DEFAULT-VALUE}).")
    String dayStart;
    @Option(names = "--day-end", paramLabel = "HH:MM", defaultValue = "18:00", description = "Latest return (default: ${DEFAULT-VALUE}).")
    String dayEnd;
    @Option(names = "--speed-kmh", paramLabel = "KMH", defaultValue = "40", description = "Average travel speed (default: ${DEFAULT-VALUE}).")
    double speedKmh;
    @Option(names = "--detour", paramLabel = "F", defaultValue = "1.3", description = "Road distance / straight line when no road network is used (default: ${DEFAULT-VALUE}).")
    double detour;
    @Option(names = "--straight", description = "Ignore the project's roads layer: straight line times --detour.")
    boolean straight;
    @Option(names = "--time-ms", paramLabel = "MS", description = "Search time (default: 1000, or 5000 above 300 points).")
    Long timeMs;
    @Option(names = "--iterations", paramLabel = "N", description = "Deterministic: this many search rounds and no clock (--points only).")
    Long iterations;
    @Option(names = "--seed", paramLabel = "S", defaultValue = "20261125", description = "Random seed of the search (default: ${DEFAULT-VALUE}).")
    long seed;
    @Option(names = "--out", paramLabel = "FILE|DIR", required = true,
            description = "With --points: the ordered points CSV; with --project: the tour pack folder.")
    Path out;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if ((points == null) == (project == null)) {
            throw new ParameterException(spec.commandLine(), "Give either --points FILE (order points) or --project DIR (tour pack).");
        }
        return points != null ? orderPoints() : tourPack();
    }

    private int orderPoints() throws IOException {
        if (!planar) {
            throw new ParameterException(spec.commandLine(), "--points needs --planar: only planar x,y coordinates are supported.");
        }
        PlanarPoints p = PlanarPoints.read(points);
        TravelCost cost = tsplibRounding ? EuclideanCost.tsplib(p.x(), p.y()) : EuclideanCost.plain(p.x(), p.y());
        SolverOptions options = iterations != null ? SolverOptions.iterations(seed, iterations)
                : new SolverOptions(seed, Long.MAX_VALUE, budget(p.ids().size()), SolverOptions.INTERACTIVE_STALL_ROUNDS);
        long t0 = System.nanoTime();
        TourSolver.Tour tour = TourSolver.solve(cost, options);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        int[] order = tour.order();
        List<String> ids = new ArrayList<>();
        try (StagedFile staged = StagedFile.create(out)) {
            try (OutputStream stream = staged.stream(); SafeCsvWriter csv = new SafeCsvWriter(stream, new CsvOptions(',', false))) {
                csv.writeRow("position", "id", "x", "y");
                for (int i = 0; i < order.length; i++) {
                    ids.add(p.ids().get(order[i]));
                    csv.writeRow(Integer.toString(i + 1), p.ids().get(order[i]), Double.toString(p.x()[order[i]]),
                            Double.toString(p.y()[order[i]]));
                }
            }
            staged.publish();
        }
        PrintWriter printer = spec.commandLine().getOut();
        double length = VisitOrder.closedLength(cost, order);
        if (jsonOption.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("order", ids);
            json.put("length", length);
            json.put("time_ms", ms);
            JsonOutput.print(printer, json);
        } else {
            printer.println(String.format(Locale.ROOT, "Closed tour of %d points, length %.3f (%d ms); order written to %s",
                    ids.size(), length, ms, out.toAbsolutePath()));
        }
        return 0;
    }

    private int tourPack() throws IOException {
        if ((codes == null) == (target == null)) {
            throw new ParameterException(spec.commandLine(), "--project needs the stops: --target NAME or --codes FILE (one of them).");
        }
        if (start == null) {
            throw new ParameterException(spec.commandLine(), "--project needs --start LON,LAT (where the days start).");
        }
        if (days > 0 && maxPerDay > 0) {
            throw new ParameterException(spec.commandLine(), "Give --days or --max-per-day, not both.");
        }
        DayRules rules;
        try {
            rules = new DayRules(time("--day-start", dayStart), time("--day-end", dayEnd), Duration.ofMinutes(visitMinutes),
                    speedKmh, maxPerDay, days);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        List<String> stopCodes = codes != null ? readCodes(codes) : targetCodes();
        TourService.TourRequest request = new TourService.TourRequest(stopCodes, lonLat("--start", start),
                end == null ? null : lonLat("--end", end), rules, !straight, detour, budget(stopCodes.size()));
        TourService.TourPackResult result = new TourService().writePack(project, request, out, ProgressMonitor.NONE);
        PrintWriter printer = spec.commandLine().getOut();
        if (jsonOption.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("folder", result.folder().toString());
            json.put("stops", result.stops());
            json.put("excluded", result.excluded());
            Map<String, Integer> leftOut = new LinkedHashMap<>();
            result.screening().leftOutByReason().forEach((reason, n) -> leftOut.put(reason.key(), n));
            json.put("left_out", leftOut);
            Map<String, Integer> withoutAddress = new LinkedHashMap<>();
            result.screening().withoutAddressByReason().forEach((reason, n) -> withoutAddress.put(reason.key(), n));
            json.put("without_address", withoutAddress);
            json.put("revealed", result.revealed());
            json.put("days", result.days().stream().map(d -> Map.of("day", d.day(), "stops", d.stops().length,
                    "km", Math.round(d.metres() / 100.0) / 10.0, "back", hhmm(d.returnTime()))).toList());
            json.put("km", Math.round(result.metres() / 100.0) / 10.0);
            json.put("road_distances", result.roadDistances());
            json.put("roads_set_aside", result.roadsSetAside());
            json.put("pdf_pages", result.files().pdfPages());
            JsonOutput.print(printer, json);
        } else {
            printText(printer, result);
        }
        return 0;
    }

    /**
     * The human-readable summary: totals, who the contact policy left out and why, then each day with its
     * stops (number, arrival, code, commune, interests in words of the default locale's language).
     */
    private void printText(PrintWriter printer, TourService.TourPackResult result) {
        printer.println(String.format(Locale.ROOT, "Tour of %d stops over %d day(s), %.1f km (%s); pack written to %s",
                result.stops(), result.days().size(), result.metres() / 1000, result.roadDistances() ? "road distances"
                        : "straight line x " + detour + (result.roadsSetAside()
                        ? ": the roads layer does not reach these stops closely enough" : ""), result.folder()));
        TourScreening screening = result.screening();
        if (screening.leftOut().isEmpty()) {
            printer.println("Left out by the contact policy: none");
        } else {
            printer.println("Left out by the contact policy (" + screening.leftOut().size() + "):");
            screening.leftOut().forEach(l -> printer.println("  " + l.code() + "  " + l.reason().words()));
        }
        if (!screening.withoutAddress().isEmpty()) {
            List<String> reasons = new ArrayList<>();
            screening.withoutAddressByReason().forEach((reason, count) -> reasons.add(count + " " + reason.words()));
            printer.println("Without name or address on the sheet, found by commune and position ("
                    + screening.withoutAddress().size() + "): " + String.join(", ", reasons));
        }
        InterestLabels interests = InterestLabels.forDefaultLocale();
        int number = 0;
        int visit = 0;
        for (DayPlan d : result.days()) {
            printer.println(String.format(Locale.ROOT, "  day %d: %d stops, %.1f km, back at %s", d.day(),
                    d.stops().length, d.metres() / 1000, hhmm(d.returnTime())));
            for (int i = 0; i < d.stops().length; i++) {
                TourStop stop = result.visits().get(visit++);
                String about = stop.clientMetrics() != null ? "client" : interests.labels(stop.interests());
                printer.println(String.format(Locale.ROOT, "    %3d  %s  %-10s %-24s %s", ++number,
                        hhmm(d.arrivals().get(i)), stop.code(), stop.commune(), about).stripTrailing());
            }
        }
    }

    private static String hhmm(LocalTime time) {
        return time.format(java.time.format.DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT));
    }

    private Duration budget(int size) {
        return Duration.ofMillis(timeMs != null ? timeMs : size > 300 ? 5000 : 1000);
    }

    private LocalTime time(String option, String text) {
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), option + " '" + text + "' is not a time; write it as HH:MM, e.g. 09:00.");
        }
    }

    private double[] lonLat(String option, String text) {
        String[] parts = text.split(",");
        try {
            if (parts.length == 2) {
                double lon = Double.parseDouble(parts[0].strip());
                double lat = Double.parseDouble(parts[1].strip());
                if (lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90) {
                    return new double[] {lon, lat};
                }
            }
        } catch (NumberFormatException e) {
            // falls through to the sentence below
        }
        throw new ParameterException(spec.commandLine(), option + " '" + text
                + "' must be a WGS84 longitude,latitude, e.g. -0.5536,47.4736 for Angers.");
    }

    /** The households, then the clients, that the saved target selects on the current data. */
    private List<String> targetCodes() {
        org.geoprospect.service.TargetService.SelectedCodes selected =
                new org.geoprospect.service.TargetService().selectedCodes(project, target, ProgressMonitor.NONE);
        List<String> stops = new java.util.ArrayList<>(selected.households());
        stops.addAll(selected.clients());
        if (stops.isEmpty()) {
            throw new org.geoprospect.service.UserFacingException("The target '" + target
                    + "' selects no household or client today; widen it or choose another target.");
        }
        return stops;
    }

    private static List<String> readCodes(Path file) throws IOException {
        List<String> result = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String code = line.replace("\uFEFF", "").strip();
            String[] cells = code.split("[;,]");
            code = cells.length == 0 ? "" : cells[0].strip();
            if (code.isEmpty() || code.startsWith("#") || code.equalsIgnoreCase("code") || code.equalsIgnoreCase("anon_code")) {
                continue;
            }
            result.add(code);
        }
        return result;
    }
}

package org.geoprospect.tour;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.geoprospect.io.export.CsvOptions;
import org.geoprospect.io.export.SafeCsvWriter;
import org.geoprospect.io.export.StagedFile;
import org.geoprospect.io.image.PngWriter;
import org.geoprospect.io.pdf.PdfMapPage;
import org.geoprospect.io.pdf.PdfReportWriter;
import org.geoprospect.io.pdf.PdfTable;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.model.VectorLayer;
import org.geoprospect.render.LayerDrawing;
import org.geoprospect.render.MapOverlay;
import org.geoprospect.render.MapRenderer;
import org.geoprospect.render.RasterCanvas;
import org.geoprospect.render.Viewport;
import org.locationtech.jts.geom.Envelope;

/**
 * Writes a tour pack folder: {@value #CSV} (the ordered stops), {@value #PDF} (one map page per day,
 * then the contact sheet) and {@value #PNG} (every day's route on one map). Each file is written
 * atomically. Personal fields come in already approved ({@link TourStop}). Not thread-safe (one
 * renderer per instance).
 */
public final class TourPackWriter {
    public static final String CSV = "tour-stops.csv";
    public static final String PDF = "tour.pdf";
    public static final String PNG = "tour-map.png";
    /** Columns of the stops CSV. */
    public static final List<String> CSV_COLUMNS = List.of("stop", "day", "arrival", "kind", "code", "name", "address",
            "phone", "interests", "client_category", "revenue", "gross_margin", "invoices", "last_order");
    static final int MAP_WIDTH = 1640;
    static final int MAP_HEIGHT = 1000;
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private final MapRenderer renderer = new MapRenderer();

    /**
     * Everything a pack shows.
     *
     * @param title  e.g. "Tour of 25 stops"
     * @param xs     project x of every place (start, end and stops are indices into these)
     * @param ys     project y of every place
     * @param start  the start place
     * @param end    the end place
     * @param stops  the stop of each place index, null for start and end
     * @param days   the day plans (indices into the places)
     * @param layers the background map layers, bottom first
     */
    public record Pack(String title, double[] xs, double[] ys, int start, int end, List<TourStop> stops,
                       List<DayPlan> days, List<VectorLayer> layers) {
        public Pack {
            Objects.requireNonNull(title, "title");
            stops = java.util.Collections.unmodifiableList(new ArrayList<>(stops));
            days = List.copyOf(days);
            layers = List.copyOf(layers);
        }
    }

    /** What was written. */
    public record Written(Path csv, Path pdf, Path png, int pdfPages) {
    }

    /**
     * A pack written in full in a staging folder beside its place ({@code FOLDER/.tour-pack.partial}),
     * waiting to be moved in by {@link #publish()}: the caller commits its audit row in between, naming
     * {@link #sha256()} of each file, so that an interrupted publication can be finished later.
     *
     * @param written the files' final paths (in the pack's folder) and the PDF's page count
     * @param staging the staging folder
     * @param sha256  SHA-256 of each file, by file name
     */
    public record Staged(Written written, Path staging, java.util.Map<String, String> sha256) {
        /** Moves the three files into the pack's folder (each atomically) and removes the staging folder. */
        public void publish() throws IOException {
            for (Path target : List.of(written.csv(), written.pdf(), written.png())) {
                StagedFile.moveIntoPlace(staging.resolve(target.getFileName().toString()), target);
            }
            Files.deleteIfExists(staging);
        }

        /** Removes the staging folder and what it holds (the pack was not published). */
        public void discard() throws IOException {
            deleteStaging(staging);
        }
    }

    /** The staging folder of a pack's folder. */
    public static Path stagingOf(Path folder) {
        return folder.toAbsolutePath().normalize().resolve(".tour-pack.partial");
    }

    /**
     * Writes the pack into a folder (created if missing): staged, then published.
     *
     * @throws IOException with one sentence when a file cannot be written
     */
    public Written write(Path folder, Pack pack, ProgressMonitor monitor) throws IOException {
        Staged staged = stage(folder, pack, monitor);
        staged.publish();
        return staged.written();
    }

    /**
     * Writes the pack into the staging folder of {@code folder} (both created if missing); nothing
     * appears in {@code folder} itself until {@link Staged#publish()}. A failure or a cancel removes
     * the staging folder.
     *
     * @throws IOException with one sentence when a file cannot be written
     */
    public Staged stage(Path folder, Pack pack, ProgressMonitor monitor) throws IOException {
        Path staging = stagingOf(folder);
        deleteStaging(staging);
        Files.createDirectories(staging);
        try {
            Written inStaging = writeFiles(staging, pack, monitor);
            java.util.Map<String, String> sha = new java.util.LinkedHashMap<>();
            for (Path file : List.of(inStaging.csv(), inStaging.pdf(), inStaging.png())) {
                sha.put(file.getFileName().toString(), StagedFile.sha256Of(file));
            }
            Path target = folder.toAbsolutePath().normalize();
            Written written = new Written(target.resolve(CSV), target.resolve(PDF), target.resolve(PNG), inStaging.pdfPages());
            return new Staged(written, staging, java.util.Map.copyOf(sha));
        } catch (IOException | RuntimeException e) {
            deleteStaging(staging);
            throw e;
        }
    }

    /**
     * Finishes a publication a kill interrupted: moves each staged file whose bytes match into the pack's
     * folder when it is not there yet, then removes the staging folder when empty.
     *
     * @return how many files were moved
     */
    public static int publishLeftover(Path folder, java.util.Map<String, String> sha256) throws IOException {
        Path staging = stagingOf(folder);
        if (!Files.isDirectory(staging)) {
            return 0;
        }
        int moved = 0;
        for (java.util.Map.Entry<String, String> file : sha256.entrySet()) {
            if (StagedFile.publishLeftover(staging.resolve(file.getKey()),
                    folder.toAbsolutePath().normalize().resolve(file.getKey()), file.getValue())) {
                moved++;
            }
        }
        try (java.util.stream.Stream<Path> left = Files.list(staging)) {
            if (left.findAny().isEmpty()) {
                Files.delete(staging);
            }
        }
        return moved;
    }

    private static void deleteStaging(Path staging) throws IOException {
        if (!Files.isDirectory(staging)) {
            return;
        }
        try (java.util.stream.Stream<Path> files = Files.list(staging)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(staging);
    }

    private Written writeFiles(Path folder, Pack pack, ProgressMonitor monitor) throws IOException {
        List<List<String>> rows = rows(pack);
        Path csv = folder.resolve(CSV);
        writeCsv(csv, rows);
        List<PdfMapPage> pages = new ArrayList<>();
        for (DayPlan day : pack.days()) {
            monitor.checkCancelled();
            pages.add(new PdfMapPage(dayTitle(day), daySubtitle(day), render(pack, List.of(day)).image(), legend(List.of(day))));
        }
        Path pdf = folder.resolve(PDF);
        PdfReportWriter.write(pdf, pack.title(), pages, sheet(pack.title(), rows));
        Path png = folder.resolve(PNG);
        PngWriter.write(render(pack, pack.days()), png);
        return new Written(csv, pdf, png, pages.size() + PdfReportWriter.tablePages(rows.size()));
    }

    /** The CSV rows (without header), in visiting order, numbered across days. */
    static List<List<String>> rows(Pack pack) {
        List<List<String>> rows = new ArrayList<>();
        int number = 0;
        for (DayPlan day : pack.days()) {
            int[] stops = day.stops();
            for (int i = 0; i < stops.length; i++) {
                TourStop s = pack.stops().get(stops[i]);
                TourStop.ClientMetrics m = s.clientMetrics();
                List<String> row = new ArrayList<>(List.of(Integer.toString(++number), Integer.toString(day.day()),
                        day.arrivals().get(i).format(HH_MM), s.kind().name().toLowerCase(Locale.ROOT), s.code()));
                row.add(s.name());
                row.add(s.address());
                row.add(s.phone());
                row.add(s.interests());
                row.add(m == null ? null : m.category());
                row.add(m == null ? null : money(m.revenue()));
                row.add(m == null ? null : money(m.grossMargin()));
                row.add(m == null ? null : Integer.toString(m.invoices()));
                row.add(m == null ? null : m.lastOrder());
                rows.add(row);
            }
        }
        return rows;
    }

    private static void writeCsv(Path target, List<List<String>> rows) throws IOException {
        try (StagedFile staged = StagedFile.create(target)) {
            try (OutputStream out = staged.stream(); SafeCsvWriter writer = new SafeCsvWriter(out, CsvOptions.frenchExcel())) {
                writer.writeRow(CSV_COLUMNS);
                for (List<String> row : rows) {
                    writer.writeRow(row);
                }
            }
            staged.publish();
        }
    }

    private static PdfTable sheet(String title, List<List<String>> rows) {
        List<List<String>> cells = new ArrayList<>();
        for (List<String> r : rows) {
            // stop, day, arrival, code or name, address, phone, interests (client figures for clients)
            String label = r.get(5) != null ? r.get(5) + " (" + r.get(4) + ")" : r.get(4);
            String interests = r.get(9) != null ? r.get(9) + ", CA " + r.get(10) + " €, marge " + r.get(11) + " €" : r.get(8);
            cells.add(java.util.Arrays.asList(r.get(0), r.get(1), r.get(2), label, r.get(6), r.get(7), interests));
        }
        return new PdfTable("Contact sheet — " + title, List.of("Stop", "Day", "Arrival", "Code / name", "Address", "Phone",
                "Interests / client"), new double[] {4, 3, 5, 22, 28, 11, 20}, cells);
    }

    private RasterCanvas render(Pack pack, List<DayPlan> days) {
        List<TourMapOverlay.Route> routes = new ArrayList<>();
        Envelope area = new Envelope();
        int number = 0;
        for (DayPlan day : pack.days()) {
            int[] stops = day.stops();
            boolean shown = days.contains(day);
            double[] xs = new double[stops.length + 2];
            double[] ys = new double[stops.length + 2];
            int[] numbers = new int[stops.length];
            xs[0] = pack.xs()[pack.start()];
            ys[0] = pack.ys()[pack.start()];
            for (int i = 0; i < stops.length; i++) {
                xs[i + 1] = pack.xs()[stops[i]];
                ys[i + 1] = pack.ys()[stops[i]];
                numbers[i] = ++number;
            }
            xs[stops.length + 1] = pack.xs()[pack.end()];
            ys[stops.length + 1] = pack.ys()[pack.end()];
            if (shown) {
                routes.add(new TourMapOverlay.Route(xs, ys, numbers, TourMapOverlay.dayColour(day.day())));
                for (int i = 0; i < xs.length; i++) {
                    area.expandToInclude(xs[i], ys[i]);
                }
            }
        }
        // A margin so that the circles at the edge are whole, and at least 2 km across.
        double margin = Math.max(Math.max(area.getWidth(), area.getHeight()) * 0.08, 300);
        area.expandBy(margin);
        if (area.getWidth() < 2000) {
            area.expandBy((2000 - area.getWidth()) / 2, 0);
        }
        Viewport viewport = Viewport.fitting(area, MAP_WIDTH, MAP_HEIGHT);
        RasterCanvas canvas = new RasterCanvas(MAP_WIDTH, MAP_HEIGHT);
        List<LayerDrawing> drawings = pack.layers().stream().map(LayerDrawing::withDefaultStyle).toList();
        List<MapOverlay> overlays = List.of(new TourMapOverlay(routes));
        renderer.render(drawings, overlays, viewport, canvas, ProgressMonitor.NONE);
        return canvas;
    }

    private static List<PdfMapPage.LegendItem> legend(List<DayPlan> days) {
        int rgb = TourMapOverlay.dayColour(days.get(0).day());
        return List.of(new PdfMapPage.LegendItem(PdfMapPage.Symbol.SQUARE, TourMapOverlay.OFFICE_COLOUR, "Start / end"),
                new PdfMapPage.LegendItem(PdfMapPage.Symbol.CIRCLE, rgb, "Stop (number = visiting order)"),
                new PdfMapPage.LegendItem(PdfMapPage.Symbol.LINE, rgb, "Route (straight legs between stops)"));
    }

    private static String dayTitle(DayPlan day) {
        return "Day " + day.day() + " — " + day.stops().length + (day.stops().length == 1 ? " visit" : " visits");
    }

    private static String daySubtitle(DayPlan day) {
        String first = day.arrivals().isEmpty() ? "" : ", first arrival " + day.arrivals().get(0).format(HH_MM);
        return String.format(Locale.ROOT, "%.1f km of travel%s, back at %s", day.metres() / 1000.0, first,
                day.returnTime().format(HH_MM));
    }

    private static String money(double value) {
        return String.format(Locale.ROOT, "%.0f", value);
    }
}

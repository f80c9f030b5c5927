package org.geoprospect.tour;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.geoprospect.io.export.CsvOptions;
import org.geoprospect.io.export.SafeCsvWriter;
import org.geoprospect.io.export.StagedFile;
import org.geoprospect.io.image.PngWriter;
import org.geoprospect.io.layout.LayoutPdfWriter;
import org.geoprospect.io.pdf.PdfMapPage;
import org.geoprospect.io.pdf.PdfReportWriter;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.model.VectorLayer;
import org.geoprospect.render.layout.LayoutTexts;
import org.geoprospect.render.layout.MapComposer;
import org.geoprospect.render.layout.PageFormat;

/**
 * Writes a tour pack folder: {@value #CSV} (the ordered stops), {@value #PDF} (for each day its map,
 * then its detail maps; then the contact sheet), {@value #PNG} (every day's route on one map), and the tour
 * for phone map apps and Google Earth as {@value TourFieldFiles#KML} and {@value TourFieldFiles#GEOJSON}
 * ({@link TourFieldFiles}). A day's
 * map is a map layout as every printed map of the application ({@link MapComposer}, A4 landscape at
 * {@value PageFormat#DEFAULT_PAPER_DPI} dpi, symbols and names at their screen size): the day and its visits as
 * title, the date and the day's distance and times under it, the map, a legend of what it draws, scale bar,
 * north arrow and the data credits. The
 * pack shows exactly the days, order and arrival times it is given. Every stop can be found: its
 * number is on its day's map and on one detail map ({@link StopExtracts}, at street scale), the sheet
 * names that page and map, and where no address may be printed it gives the commune and the WGS84
 * position. Texts are in the pack's language ({@link TourPackTexts}); the CSV keeps codes. Each file is
 * written atomically. Personal fields come in already approved ({@link TourStop}). Not thread-safe.
 */
public final class TourPackWriter {
    public static final String CSV = "tour-stops.csv";
    public static final String PDF = "tour.pdf";
    public static final String PNG = "tour-map.png";
    /** Columns of the stops CSV (positions in WGS84 degrees; {@code map_extract} and {@code pdf_page}: where the stop's detail map is). */
    public static final List<String> CSV_COLUMNS = List.of("stop", "day", "arrival", "kind", "code", "name", "address",
            "phone", "interests", "client_category", "revenue", "gross_margin", "invoices", "last_order", "commune",
            "latitude", "longitude", "map_extract", "pdf_page");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private final TourPackTexts texts;

    /** A writer whose PDF speaks the language of {@code texts}. */
    public TourPackWriter(TourPackTexts texts) {
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    /**
     * Everything a pack shows.
     *
     * @param xs     project x of every place (start, end and stops are indices into these)
     * @param ys     project y of every place
     * @param start  the start place
     * @param end    the end place
     * @param stops  the stop of each place index, null for start and end
     * @param days    the day plans (indices into the places), written as they are
     * @param layers  the background map layers, bottom first
     * @param date    the date printed under each day map's title
     * @param credits the data credits at the foot of each day map (may be empty)
     * @param startLonLat the start in WGS84 {longitude, latitude} (the field files' routes begin there)
     * @param endLonLat   the end in WGS84 {longitude, latitude}
     */
    public record Pack(double[] xs, double[] ys, int start, int end, List<TourStop> stops,
                       List<DayPlan> days, List<VectorLayer> layers, LocalDate date, String credits,
                       double[] startLonLat, double[] endLonLat) {
        public Pack {
            Objects.requireNonNull(startLonLat, "startLonLat");
            Objects.requireNonNull(endLonLat, "endLonLat");
            stops = java.util.Collections.unmodifiableList(new ArrayList<>(stops));
            days = List.copyOf(days);
            layers = List.copyOf(layers);
            Objects.requireNonNull(date, "date");
            credits = credits == null ? "" : credits;
        }

        /** The number of stops over all days. */
        public int stopCount() {
            return days.stream().mapToInt(d -> d.stops().length).sum();
        }
    }

    /** What was written. */
    public record Written(Path csv, Path pdf, Path png, Path kml, Path geoJson, int pdfPages) {
        /** Every file of the pack. */
        public List<Path> files() {
            return List.of(csv, pdf, png, kml, geoJson);
        }
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
        /** Moves the pack's files into its folder (each atomically) and removes the staging folder. */
        public void publish() throws IOException {
            for (Path target : written.files()) {
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
            for (Path file : inStaging.files()) {
                sha.put(file.getFileName().toString(), StagedFile.sha256Of(file));
            }
            Path target = folder.toAbsolutePath().normalize();
            Written written = new Written(target.resolve(CSV), target.resolve(PDF), target.resolve(PNG),
                    target.resolve(TourFieldFiles.KML), target.resolve(TourFieldFiles.GEOJSON), inStaging.pdfPages());
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
        TourPackLayout layout = TourPackLayout.of(pack);
        List<TourPackRows.Visit> visits = TourPackRows.visits(pack, layout);
        Path csv = folder.resolve(CSV);
        writeCsv(csv, TourPackRows.csv(visits));
        TourPackMaps maps = new TourPackMaps(pack);
        String title = texts.get("title", pack.stopCount());
        Path pdf = folder.resolve(PDF);
        int[] mapPages = {0};
        PdfReportWriter.write(pdf, title, document -> {
            LayoutPdfWriter dayPages = new LayoutPdfWriter(document);
            PdfReportWriter report = new PdfReportWriter(document);
            for (TourPackLayout.DayLayout day : layout.days()) {
                monitor.checkCancelled();
                dayPages.addPage(maps.dayPage(day, PageFormat.a4(true), texts, dayWords(pack, day.day()), monitor));
                mapPages[0]++;
                for (int page = 0; page < day.extractPages(); page++) {
                    report.addMapPage(new PdfMapPage(extractsTitle(day, page),
                            texts.get("extracts.subtitle", StopExtracts.SPAN_METRES),
                            maps.extractPage(day, page, texts, monitor).image(), legend(day.day())));
                    mapPages[0]++;
                }
            }
            report.addTable(TourPackRows.sheet(title, visits, texts));
        });
        Path png = folder.resolve(PNG);
        PngWriter.write(maps.overview(monitor), png);
        Path kml = folder.resolve(TourFieldFiles.KML);
        TourFieldFiles.writeKml(kml, pack, visits, texts);
        Path geoJson = folder.resolve(TourFieldFiles.GEOJSON);
        TourFieldFiles.writeGeoJson(geoJson, pack, visits, texts);
        return new Written(csv, pdf, png, kml, geoJson, mapPages[0] + PdfReportWriter.tablePages(visits.size()));
    }

    /** The words of a day's map page: the day as title, the date and the day's distance and times under it. */
    private LayoutTexts dayWords(Pack pack, DayPlan day) {
        String subtitle = LayoutTexts.longDate(pack.date(), texts.locale()) + " · " + daySubtitle(day);
        return new LayoutTexts(dayTitle(day), subtitle, pack.credits(), texts.get("layout.legend"),
                texts.get("layout.scale"), texts.locale());
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

    private List<PdfMapPage.LegendItem> legend(DayPlan day) {
        int rgb = TourMapOverlay.dayColour(day.day());
        return List.of(new PdfMapPage.LegendItem(PdfMapPage.Symbol.SQUARE, TourMapOverlay.OFFICE_COLOUR,
                        texts.get("legend.startEnd")),
                new PdfMapPage.LegendItem(PdfMapPage.Symbol.CIRCLE, rgb, texts.get("legend.stop")),
                new PdfMapPage.LegendItem(PdfMapPage.Symbol.LINE, rgb, texts.get("legend.route")),
                new PdfMapPage.LegendItem(PdfMapPage.Symbol.LINE, 0x333333, texts.get("legend.moved")));
    }

    private String dayTitle(DayPlan day) {
        return texts.get("day.title", day.day(), day.stops().length);
    }

    private String daySubtitle(DayPlan day) {
        return texts.get("day.subtitle", day.metres() / 1000.0, day.arrivals().get(0).format(HH_MM),
                day.returnTime().format(HH_MM));
    }

    private String extractsTitle(TourPackLayout.DayLayout day, int page) {
        int from = page * TourPackLayout.EXTRACTS_PER_PAGE;
        int to = Math.min(day.extracts().size(), from + TourPackLayout.EXTRACTS_PER_PAGE) - 1;
        String labels = day.extracts().get(from).label() + (to > from ? "–" + day.extracts().get(to).label() : "");
        return texts.get("extracts.title", day.day().day(), labels);
    }
}

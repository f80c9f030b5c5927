package org.geoprospect.tour;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.geoprospect.io.pdf.PdfTable;

/**
 * The rows of a tour pack, one per stop in visiting order and numbered across days: the stops CSV
 * (data: codes, ISO figures, WGS84 degrees) and the contact sheet of the PDF (words: interests and client
 * categories in the pack's language). Where no address may be printed, the sheet gives the commune and
 * the position (latitude, longitude with five decimals, about a metre, which any phone's map app opens);
 * every row names the page and detail map where the stop's number is. Stateless.
 */
final class TourPackRows {
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    /** A commune name longer than this is cut on the sheet, so that the position after it is never cut. */
    private static final int COMMUNE_MAX = 22;

    private TourPackRows() {
    }

    /** One stop where it is visited. */
    record Visit(int number, DayPlan day, int position, TourStop stop, String extract, int page) {
        String arrival() {
            return day.arrivals().get(position).format(HH_MM);
        }
    }

    /** Every stop of the pack in visiting order, with its detail map and page. */
    static List<Visit> visits(TourPackWriter.Pack pack, TourPackLayout layout) {
        List<Visit> visits = new ArrayList<>();
        int number = 0;
        for (TourPackLayout.DayLayout day : layout.days()) {
            int[] stops = day.day().stops();
            for (int i = 0; i < stops.length; i++) {
                int extract = day.extractOfStop(i);
                visits.add(new Visit(++number, day.day(), i, pack.stops().get(stops[i]), day.extracts().get(extract).label(),
                        day.pageOfExtract(extract)));
            }
        }
        return visits;
    }

    /** The CSV rows (without header), columns as {@link TourPackWriter#CSV_COLUMNS}. */
    static List<List<String>> csv(List<Visit> visits) {
        List<List<String>> rows = new ArrayList<>();
        for (Visit v : visits) {
            TourStop s = v.stop();
            TourStop.ClientMetrics m = s.clientMetrics();
            List<String> row = new ArrayList<>(List.of(Integer.toString(v.number()), Integer.toString(v.day().day()),
                    v.arrival(), s.kind().name().toLowerCase(Locale.ROOT), s.code()));
            row.add(s.name());
            row.add(s.address());
            row.add(s.phone());
            row.add(String.join(", ", s.interests()));
            row.add(m == null ? null : m.category());
            row.add(m == null ? null : money(m.revenue()));
            row.add(m == null ? null : money(m.grossMargin()));
            row.add(m == null ? null : Integer.toString(m.invoices()));
            row.add(m == null ? null : m.lastOrder());
            row.add(s.commune().isEmpty() ? null : s.commune());
            row.add(degrees(s.lat()));
            row.add(degrees(s.lon()));
            row.add(v.extract());
            row.add(Integer.toString(v.page()));
            rows.add(row);
        }
        return rows;
    }

    /** The contact sheet. */
    static PdfTable sheet(String title, List<Visit> visits, TourPackTexts texts) {
        List<List<String>> cells = new ArrayList<>();
        for (Visit v : visits) {
            TourStop s = v.stop();
            // The code first: a long name is cut on the sheet, the code never.
            String label = s.name() != null ? s.code() + " · " + s.name() : s.code();
            cells.add(Arrays.asList(Integer.toString(v.number()), Integer.toString(v.day().day()), v.arrival(), label,
                    s.address() != null ? s.address() : position(s, texts), s.phone(), about(s, texts),
                    texts.get("sheet.mapRef", v.page(), v.extract())));
        }
        return new PdfTable(texts.get("sheet.title", title), List.of(texts.get("sheet.stop"), texts.get("sheet.day"),
                texts.get("sheet.arrival"), texts.get("sheet.label"), texts.get("sheet.address"), texts.get("sheet.phone"),
                texts.get("sheet.interests"), texts.get("sheet.map")), new double[] {4, 4, 5, 16, 27, 10, 25, 7}, cells);
    }

    /** "Avrillé · 47.50612, -0.58833": where to go when there is no address. */
    static String position(TourStop s, TourPackTexts texts) {
        String where = degrees(s.lat()) + ", " + degrees(s.lon());
        if (s.commune().isEmpty()) {
            return texts.get("sheet.positionNoCommune", where);
        }
        String commune = s.commune().length() > COMMUNE_MAX ? s.commune().substring(0, COMMUNE_MAX - 1) + "…" : s.commune();
        return texts.get("sheet.position", commune, where);
    }

    /** The interests in words (a household) or the category and figures (a client). */
    static String about(TourStop s, TourPackTexts texts) {
        TourStop.ClientMetrics m = s.clientMetrics();
        if (m == null) {
            return texts.interests(s.interests());
        }
        String category;
        try {
            category = texts.get("category." + m.category());
        } catch (java.util.MissingResourceException e) {
            category = m.category().replace('_', ' ');
        }
        return texts.get("sheet.client", category, money(m.revenue()), money(m.grossMargin()));
    }

    /** Five decimals (about a metre), with a point whatever the language: what map apps read. */
    static String degrees(double value) {
        return String.format(Locale.ROOT, "%.5f", value);
    }

    private static String money(double value) {
        return String.format(Locale.ROOT, "%.0f", value);
    }
}

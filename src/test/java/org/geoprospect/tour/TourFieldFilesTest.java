package org.geoprospect.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.geoprospect.model.ProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Issue 19 §3: the tour pack's KML and GeoJSON. Two days: day 1 visits B then A, day 2 visits C; only A's
 * name, address and phone were approved by the policy. Each file holds one numbered point per stop in visiting
 * order and one line per day start → stops → end; nothing unapproved appears. Checked by parsing and, when
 * GDAL is installed, by {@code ogrinfo}.
 */
class TourFieldFilesTest {
    private static final double[] OFFICE = {-0.55, 47.47};
    private static final double[] HOME = {-0.60, 47.50};

    @TempDir
    Path dir;

    @Test
    void kmlAndGeoJsonHoldTheStopsInVisitingOrderAndEachDaysRoute() throws Exception {
        TourPackWriter.Written written = new TourPackWriter(TourPackTexts.forLocale(Locale.ENGLISH))
                .write(dir.resolve("pack"), pack(), ProgressMonitor.NONE);
        assertEquals(List.of("tour-stops.csv", "tour.pdf", "tour-map.png", "tour.kml", "tour.geojson"),
                written.files().stream().map(p -> p.getFileName().toString()).toList());

        Document kml = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().parse(written.kml().toFile());
        NodeList folders = kml.getElementsByTagName("Folder");
        assertEquals(2, folders.getLength(), "a folder per day");
        List<String> names = placemarkNames(kml);
        assertEquals(List.of("1. B", "2. A · Maison Dupont", "Route of day 1, in visiting order (straight legs)", "3. C",
                "Route of day 2, in visiting order (straight legs)"), names);
        NodeList lines = kml.getElementsByTagName("LineString");
        assertEquals("-0.550000,47.470000 -0.520000,47.460000 -0.500000,47.450000 -0.600000,47.500000",
                ((Element) lines.item(0)).getElementsByTagName("coordinates").item(0).getTextContent());
        String kmlText = Files.readString(written.kml(), StandardCharsets.UTF_8);
        assertTrue(kmlText.contains("12 rue des Lices, Angers") && kmlText.contains("02 41 00 00 00"), "A's approved fields");
        assertTrue(kmlText.contains("Mountain bike"), "interests in words");
        assertFalse(kmlText.contains("mountain_bike"), "no interest codes in the KML's words");
        assertTrue(kmlText.contains("Angers · 47.46000, -0.52000"), "B without address: commune and position");

        JsonNode geo = new ObjectMapper().readTree(written.geoJson().toFile());
        assertEquals("FeatureCollection", geo.get("type").asText());
        JsonNode features = geo.get("features");
        assertEquals(5, features.size());
        assertEquals(List.of("B", "A", "C"), List.of(features.get(0).get("properties").get("code").asText(),
                features.get(1).get("properties").get("code").asText(), features.get(2).get("properties").get("code").asText()));
        assertEquals(-0.52, features.get(0).get("geometry").get("coordinates").get(0).asDouble(), 1e-9, "longitude first");
        assertTrue(features.get(0).get("properties").get("name").isNull(), "B's name was not approved");
        assertEquals("mountain_bike", features.get(1).get("properties").get("interests").get(0).asText(), "data keeps codes");
        assertEquals("LineString", features.get(4).get("geometry").get("type").asText());
        assertEquals(3, features.get(4).get("geometry").get("coordinates").size(), "day 2: start, C, end");

        if (onPath("ogrinfo")) {
            assertTrue(ogrinfo(written.geoJson()).contains("Feature Count: 5"), "GDAL reads the GeoJSON");
            assertTrue(ogrinfo(written.kml()).contains("Feature Count: 3"), "GDAL reads day 1's folder as a layer of 3");
        }
    }

    private static List<String> placemarkNames(Document kml) {
        NodeList placemarks = kml.getElementsByTagName("Placemark");
        String[] names = new String[placemarks.getLength()];
        for (int i = 0; i < names.length; i++) {
            names[i] = ((Element) placemarks.item(i)).getElementsByTagName("name").item(0).getTextContent();
        }
        return Arrays.asList(names);
    }

    private static TourPackWriter.Pack pack() {
        TourStop a = new TourStop("A", TourStop.Kind.HOUSEHOLD, 410_000, 6_710_000, -0.50, 47.45, "Angers", "Maison Dupont",
                "12 rue des Lices, Angers", "02 41 00 00 00", List.of("mountain_bike"), null);
        TourStop b = new TourStop("B", TourStop.Kind.HOUSEHOLD, 408_000, 6_711_000, -0.52, 47.46, "Angers", null, null, null,
                List.of("picnic"), null);
        TourStop c = new TourStop("C", TourStop.Kind.HOUSEHOLD, 405_000, 6_715_000, -0.56, 47.49, "Avrillé", null, null, null,
                List.of(), null);
        double[] xs = {407_000, 404_000, 410_000, 408_000, 405_000};
        double[] ys = {6_712_000, 6_716_000, 6_710_000, 6_711_000, 6_715_000};
        DayPlan day1 = new DayPlan(1, new int[] {3, 2}, List.of(LocalTime.of(9, 10), LocalTime.of(9, 40)), 6_000,
                LocalTime.of(10, 20));
        DayPlan day2 = new DayPlan(2, new int[] {4}, List.of(LocalTime.of(9, 15)), 4_000, LocalTime.of(9, 50));
        return new TourPackWriter.Pack(xs, ys, 0, 1, Arrays.asList(null, null, a, b, c), List.of(day1, day2), List.of(),
                LocalDate.of(2026, 12, 7), "", OFFICE, HOME);
    }

    private static String ogrinfo(Path file) throws Exception {
        Process p = new ProcessBuilder("ogrinfo", "-so", "-al", file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        assertFalse(out.contains("Warning") || out.contains("ERROR"), out);
        return out;
    }

    private static boolean onPath(String program) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(d -> Files.isExecutable(Path.of(d, program)));
    }
}

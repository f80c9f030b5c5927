package org.geoprospect.ui.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javafx.stage.Stage;
import org.geoprospect.geo.CommuneTable;
import org.geoprospect.geo.CoordinateTransform;
import org.geoprospect.geo.Srids;
import org.geoprospect.model.Interests;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.service.ProjectService;
import org.geoprospect.service.ProjectSession;
import org.geoprospect.ui.MainWindow;
import org.geoprospect.ui.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 13, point 4, walked through the Tour tab on the demo project: a rectangle around central
 * Angers, Plan, Export. Most of these households have no name or address the policy lets out; for each
 * such stop the PDF's contact sheet gives its commune, its position (latitude, longitude with five
 * decimals, as in {@code sample-data/households.csv}, which the demo is made of), its interests in
 * words, and the page and detail map where its number is; that page is the detail maps of its day and
 * holds that map. No interest code appears on the sheet. Before the fix such rows held only the code.
 */
@ExtendWith(ApplicationExtension.class)
class TourStopsCanBeFoundTest {
    /** The English words of the interests, as a rep reads them. */
    private static final Map<String, String> WORDS = Map.ofEntries(Map.entry("picnic", "Picnic"),
            Map.entry("mountain_bike", "Mountain bike (VTT)"), Map.entry("hiking", "Hiking"), Map.entry("camping", "Camping"),
            Map.entry("fishing", "Fishing"), Map.entry("gardening", "Gardening"), Map.entry("diy", "DIY"),
            Map.entry("cooking", "Cooking"), Map.entry("wine", "Wine"), Map.entry("running", "Running"),
            Map.entry("swimming", "Swimming"), Map.entry("photography", "Photography"), Map.entry("reading", "Reading"),
            Map.entry("music", "Music"), Map.entry("travel", "Travel"), Map.entry("pets", "Pets"));
    private static final Pattern DETAIL_PAGE = Pattern.compile("^Day (\\d+) — detail maps (\\d+)([A-Z]+)(?:–\\d+([A-Z]+))?\\R");
    @TempDir
    static Path dir;
    static Path project;
    /** The demo's source rows by anonymous code: lon, lat, commune INSEE, interests. */
    static Map<String, String[]> source = new HashMap<>();
    private MainWindow window;

    @BeforeAll
    static void demo() throws Exception {
        project = dir.resolve("demo");
        new ProjectService().create(project, true, ProgressMonitor.NONE);
        List<String> lines = Files.readAllLines(Path.of("sample-data", "households.csv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",", -1);
            source.put(c[0], new String[] {c[1], c[2], c[3], c[4]});
        }
    }

    @Start
    void start(Stage stage) {
        window = new MainWindow(Messages.forLocale(Locale.ENGLISH));
        window.show(stage);
        window.viewModel().load(ProjectSession.of(project, false));
    }

    @AfterEach
    void close() {
        window.viewModel().close();
    }

    @Test
    void aStopWithoutAddressHasItsCommunePositionAndDetailMap(FxRobot robot) throws Exception {
        TourTabDriver driver = new TourTabDriver(robot, window);
        driver.waitForLoad();
        driver.openTourTab();
        driver.waitForPolicyCheck("");
        double[] angers = CoordinateTransform.between(Srids.WGS84, Srids.LAMBERT_93).transform(-0.5536, 47.4736);
        Envelope box = new Envelope(angers[0] - 400, angers[0] + 400, angers[1] - 400, angers[1] + 400);
        robot.interact(() -> window.viewModel().map().centreOn(angers[0], angers[1]));
        driver.zoomUntilWide(box, 250);
        String before = driver.policySummary();
        driver.selectRectangle(box);
        driver.waitForPolicyCheck(before);
        driver.typeStartAndVisitsPerDay("-0.5536,47.4736", 12);
        driver.plan();
        List<TourTabDriver.Visit> shown = driver.shownInDayTabs();
        assertTrue(shown.size() >= 8, "central Angers holds enough households: " + shown.size());
        Path pack = dir.resolve("pack");
        driver.exportTo(pack);

        Map<String, String[]> csv = TourTabDriver.csvRows(pack);
        List<String> sheet = TourTabDriver.sheetLines(pack);
        List<String> pages = TourTabDriver.pdfPages(pack);
        int checked = 0;
        for (TourTabDriver.Visit v : shown) {
            String[] row = csv.get(v.code());
            if (!row[3].equals("household") || !row[6].isEmpty()) {
                continue; // a client, or an address the policy lets out
            }
            String[] src = source.get(v.code());
            String commune = CommuneTable.shipped().byInsee(src[2]).orElseThrow().name();
            List<String> codes = src[3].isEmpty() ? List.of() : List.of(src[3].split("\\|"));
            String words = codes.stream().map(WORDS::get).collect(Collectors.joining(", "));
            String extract = row[17];
            int page = Integer.parseInt(row[18]);
            String expected = v.number() + " " + v.day() + " " + v.arrival() + " " + v.code() + " " + commune + " · "
                    + src[1] + ", " + src[0] + (words.isEmpty() ? "" : " " + words) + " p. " + page + ", " + extract;
            assertTrue(sheet.contains(expected), "the sheet gives commune, position, interests and map of stop "
                    + v.number() + ": expected \"" + expected + "\" in " + sheet);
            // That page holds the detail maps of the stop's day, the stop's one among them.
            Matcher m = DETAIL_PAGE.matcher(pages.get(page - 1));
            assertTrue(m.find(), "page " + page + " is a page of detail maps: " + pages.get(page - 1));
            assertEquals(v.day(), Integer.parseInt(m.group(1)));
            String first = m.group(3);
            String last = m.group(4) == null ? first : m.group(4);
            String letters = extract.substring(Integer.toString(v.day()).length());
            assertTrue(extract.startsWith(Integer.toString(v.day())) && order(first) <= order(letters)
                    && order(letters) <= order(last), extract + " on page " + page + " (" + first + "–" + last + ")");
            checked++;
        }
        assertTrue(checked >= 5, "most stops have no address to print: " + checked + " checked");
        List<String> words = new ArrayList<>(sheet);
        for (String code : Interests.VOCABULARY) {
            assertFalse(words.stream().anyMatch(l -> l.matches(".*\\b" + code + "\\b.*")), "no interest code: " + code);
        }
    }

    /** A, B… Z, AA…: the index of a detail map's letters. */
    private static int order(String letters) {
        int n = 0;
        for (char c : letters.toCharArray()) {
            n = n * 26 + (c - 'A' + 1);
        }
        return n;
    }
}

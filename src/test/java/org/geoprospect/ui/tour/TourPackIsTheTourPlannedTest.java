package org.geoprospect.ui.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.geoprospect.geo.CoordinateTransform;
import org.geoprospect.geo.Srids;
import org.geoprospect.model.Household;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.privacy.ContactRefusal;
import org.geoprospect.privacy.Objection;
import org.geoprospect.service.ExportService;
import org.geoprospect.service.ProjectService;
import org.geoprospect.service.ProjectSession;
import org.geoprospect.service.TourScreening;
import org.geoprospect.service.TourService;
import org.geoprospect.store.HouseholdRepository;
import org.geoprospect.store.ProjectDatabase;
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
 * Issue 13, point 3, walked through the Tour tab on the demo project as the analyst does: a rectangle
 * over most of the territory first (too many stops: the panel says so, Plan says so, and the sentence
 * goes when the selection changes), then a rectangle around central Angers; the panel lists, before
 * Plan, who the contact policy leaves out and why — two households objected to prospecting (recorded
 * here), others are past the retention period — in words; Plan plans the others only; the exported
 * pack's stops CSV and PDF contact sheet hold exactly the days, order and arrival times of the day tabs.
 * Before the fix the tour was planned with everyone and the policy dropped them at export, so the pack
 * had fewer stops, re-sequenced, at other times.
 */
@ExtendWith(ApplicationExtension.class)
class TourPackIsTheTourPlannedTest {
    private static final double[] ANGERS = {-0.5536, 47.4736};
    /** English words of the bundle for the reasons a household is left out. */
    private static final String OBJECTION = "objected to prospecting";
    private static final String RETENTION = "past the retention period, due for deletion";
    @TempDir
    static Path dir;
    static Path project;
    /** Ground around central Angers holding 35 to 50 households, some past retention. */
    static Envelope box;
    static List<String> objecting;
    private MainWindow window;

    @BeforeAll
    static void demoWithTwoObjections() throws Exception {
        project = dir.resolve("demo");
        new ProjectService().create(project, true, ProgressMonitor.NONE);
        double[] centre = CoordinateTransform.between(Srids.WGS84, Srids.LAMBERT_93).transform(ANGERS[0], ANGERS[1]);
        List<Household> all = new ArrayList<>();
        try (ProjectDatabase database = ProjectDatabase.open(project)) {
            new HouseholdRepository(database).forEach(all::add, ProgressMonitor.NONE);
        }
        all.sort(Comparator.comparingDouble(h -> Math.max(Math.abs(h.x() - centre[0]), Math.abs(h.y() - centre[1]))));
        // The square that holds the 45 nearest (by the larger of the two offsets); its households well inside it.
        double half = Math.max(Math.abs(all.get(44).x() - centre[0]), Math.abs(all.get(44).y() - centre[1])) + 1;
        box = new Envelope(centre[0] - half, centre[0] + half, centre[1] - half, centre[1] + half);
        List<String> inside = all.subList(0, 40).stream().map(Household::anonCode).toList();
        TourScreening before = new TourService().screen(project, inside);
        assertTrue(before.leftOut().stream().anyMatch(l -> l.reason() == ContactRefusal.RETENTION_EXPIRED),
                "the demo has households past retention in central Angers: " + before.leftOut());
        objecting = before.listed().subList(0, 2);
        new ExportService().recordObjections(project, objecting.stream()
                .map(code -> Objection.ofHousehold(code, null, LocalDate.now(), "letter")).toList());
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
    void thePackIsExactlyTheTourShownAndWhoIsLeftOutIsListedBeforePlan(FxRobot robot) throws Exception {
        TourTabDriver driver = new TourTabDriver(robot, window);
        driver.waitForLoad();
        driver.openTourTab();

        // Most of the territory: far more stops than a tour takes; Plan says it, a new selection clears it.
        Envelope territory = window.viewModel().map().viewportProperty().get().envelope();
        Envelope most = new Envelope(territory);
        most.expandBy(-territory.getWidth() * 0.1, -territory.getHeight() * 0.1);
        driver.waitForPolicyCheck(""); // the current target's answer (every household: too many) when the tab opens
        String initial = driver.policySummary();
        driver.selectRectangle(most);
        driver.waitForPolicyCheck(initial);
        String tooMany = driver.policySummary();
        assertTrue(tooMany.matches("The tour would have \\d+ stops; a tour takes at most 500: .*"), tooMany);
        driver.typeStartAndVisitsPerDay("-0.5536,47.4736", 17);
        driver.plan();
        Label problem = robot.lookup("#tourProblem").queryAs(Label.class);
        assertEquals(tooMany, problem.getText(), "Plan repeats why there is no tour");
        assertTrue(problem.isVisible());

        robot.interact(() -> window.viewModel().map().centreOn(box.centre().x, box.centre().y));
        driver.zoomUntilWide(box, 250);
        driver.selectRectangle(box);
        driver.waitForPolicyCheck(tooMany);
        assertEquals("", problem.getText(), "the stale sentence went with the old selection");
        assertFalse(problem.isVisible());

        // Before Plan: who is left out and why, in words.
        List<PolicyCheck.Row> rows = driver.policyRows();
        List<PolicyCheck.Row> leftOut = rows.stream().filter(r -> !r.isTitle() && r.leftOut()).toList();
        Set<String> objected = leftOut.stream().filter(r -> r.reason().equals(OBJECTION)).map(PolicyCheck.Row::code)
                .collect(Collectors.toSet());
        assertEquals(Set.copyOf(objecting), objected, "the two recorded objections, by code: " + rows);
        assertTrue(leftOut.stream().anyMatch(r -> r.reason().equals(RETENTION)), rows.toString());
        assertTrue(leftOut.stream().allMatch(r -> r.reason().equals(OBJECTION) || r.reason().equals(RETENTION)),
                rows.toString());
        assertEquals("Left out of the tour", rows.get(0).reason());
        for (PolicyCheck.Row r : rows) {
            assertFalse(r.reason().matches(".*([a-z][A-Z]|[A-Z]_[A-Z]).*"), "words, not enum names or keys: " + r);
        }
        String summary = driver.policySummary();
        assertTrue(summary.matches("\\d+ stops chosen: " + leftOut.size() + " left out by the contact policy, .*"), summary);

        driver.plan();
        assertEquals("", problem.getText());
        List<TourTabDriver.Visit> shown = driver.shownInDayTabs();
        int chosen = Integer.parseInt(summary.substring(0, summary.indexOf(' ')));
        assertEquals(chosen - leftOut.size(), shown.size(), "every stop chosen but those left out is planned");
        Set<String> leftOutCodes = leftOut.stream().map(PolicyCheck.Row::code).collect(Collectors.toSet());
        assertTrue(shown.stream().noneMatch(v -> leftOutCodes.contains(v.code())), "no left-out household is planned");
        assertTrue(shown.stream().mapToInt(TourTabDriver.Visit::day).max().orElse(0) >= 2, "17 a day: several days");

        Path pack = dir.resolve("pack");
        driver.exportTo(pack);
        assertEquals("", problem.getText());
        assertEquals(shown, TourTabDriver.inCsv(pack), "the stops CSV: the days, order and arrival times shown");
        assertEquals(shown, TourTabDriver.inPdfSheet(pack), "the PDF's contact sheet: the days, order and times shown");
        List<String> pages = TourTabDriver.pdfPages(pack);
        int days = shown.get(shown.size() - 1).day();
        for (int d = 1; d <= days; d++) {
            int day = d;
            long visits = shown.stream().filter(v -> v.day() == day).count();
            String title = "Day " + day + " — " + (visits == 1 ? "1 visit" : visits + " visits");
            assertTrue(pages.stream().anyMatch(p -> p.startsWith(title + "\n") || p.startsWith(title + "\r")),
                    "day " + d + "'s map page announces its " + visits + " visits");
        }
    }
}

package org.geoprospect.ui.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.geoprospect.analysis.criteria.Criteria;
import org.geoprospect.analysis.definition.TargetDefinition;
import org.geoprospect.analysis.selection.ShapeSpec;
import org.geoprospect.geo.CoordinateTransform;
import org.geoprospect.geo.Srids;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.service.AnalysisSession;
import org.geoprospect.service.ExportService;
import org.geoprospect.service.ProjectService;
import org.geoprospect.service.ProjectSession;
import org.geoprospect.service.RecentProjects;
import org.geoprospect.ui.MainWindow;
import org.geoprospect.ui.MenuClicks;
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
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13's "done when", walked as a new user does: a project is created from the File menu (with the
 * demo territory), a rectangle is drawn around central Angers, two criteria are set (picnic, e-mail),
 * the target's list is exported and the target is toured; the screen, the export and the tour pack
 * agree on every count — the export and the tour hold the households the screen counts, each less only
 * those the contact policy leaves out, and the pack is the tour shown.
 */
@ExtendWith(ApplicationExtension.class)
class AnalystDayDoneWhenTest {
    private static final double[] ANGERS = {-0.5536, 47.4736};
    @TempDir
    static Path dir;
    static Path demo;
    private MainWindow window;
    private Stage stage;

    @BeforeAll
    static void demo() throws Exception {
        demo = dir.resolve("demo");
        new ProjectService().create(demo, true, ProgressMonitor.NONE);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new MainWindow(Messages.forLocale(Locale.ENGLISH));
        window.viewModel().setRecentProjects(new RecentProjects(dir.resolve("recent.json"), Clock.systemUTC()));
        window.show(stage);
        window.viewModel().load(ProjectSession.of(demo, false));
    }

    @AfterEach
    void close() {
        window.viewModel().close();
    }

    /** A square around central Angers whose target (picnic, e-mail consent) holds 15 to 60 households. */
    private static Envelope boxFor(AnalysisSession session, Criteria criteria) {
        double[] centre = CoordinateTransform.between(Srids.WGS84, Srids.LAMBERT_93).transform(ANGERS[0], ANGERS[1]);
        var toWgs84 = CoordinateTransform.between(Srids.LAMBERT_93, Srids.WGS84);
        for (double half = 300; half < 5000; half *= 1.25) {
            double[] sw = toWgs84.transform(centre[0] - half, centre[1] - half);
            double[] ne = toWgs84.transform(centre[0] + half, centre[1] + half);
            var definition = TargetDefinition.of(List.of(), criteria, null,
                    List.of(ShapeSpec.rectangle(sw[0], sw[1], ne[0], ne[1])));
            if (session.evaluate(definition).households().cardinality() >= 15) {
                return new Envelope(centre[0] - half, centre[0] + half, centre[1] - half, centre[1] + half);
            }
        }
        throw new AssertionError("no square around Angers holds 15 picnic households with an e-mail consent");
    }

    @Test
    void aNewProjectsSelectionAndTwoCriteriaAreExportedAndTouredWithTheSameCounts(FxRobot robot) throws Exception {
        TourTabDriver driver = new TourTabDriver(robot, window);
        driver.waitForLoad();

        // A project created from the File menu, with the demo territory.
        MenuClicks.click(robot, "File", "New project…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#newProjectCreate").tryQuery().isPresent());
        robot.clickOn("#newProjectName").write("Anjou field day");
        robot.doubleClickOn("#newProjectLocation").push(javafx.scene.input.KeyCode.SHORTCUT, javafx.scene.input.KeyCode.A)
                .write(dir.toString());
        robot.clickOn("#newProjectDemo");
        robot.clickOn("#newProjectCreate");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> "GeoProspect — Anjou field day".equals(stage.getTitle()));
        Path project = dir.resolve("Anjou field day");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> window.targetingPanels().context().session() != null
                && project.equals(window.targetingPanels().context().project()));
        driver.waitForLoad();
        var panels = window.targetingPanels();

        // A rectangle around central Angers, then two criteria: picnic, e-mail.
        Criteria criteria = Criteria.builder().interestsAny(List.of("picnic")).consentChannels(List.of("email"))
                .notObjectedChannel("email").build();
        Envelope box = boxFor(panels.context().session(), criteria);
        robot.interact(() -> window.viewModel().map().centreOn(box.centre().x, box.centre().y));
        driver.zoomUntilWide(box, 300);
        driver.selectRectangle(box);
        robot.clickOn("#interest-picnic");
        robot.clickOn("#channelChoice").clickOn("Email");
        WaitForAsyncUtils.waitForFxEvents();
        var target = panels.criteria().definition();
        assertEquals(1, target.selection().size(), "the rectangle is part of the target");
        var expected = org.geoprospect.service.TargetService.run(panels.context().session(), "expected", target);
        Label counts = robot.lookup("#targetCounts").queryAs(Label.class);
        String onScreen = String.format(Locale.ENGLISH, "%,d households · %,d clients", expected.households(), expected.clients());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> counts.getText().equals(onScreen));
        Set<String> targetCodes = new java.util.HashSet<>();
        var households = panels.context().session().data().households();
        panels.criteria().resultProperty().get().households().forEach(id -> targetCodes.add(households.anonCode(id)));
        assertEquals(expected.households(), targetCodes.size());

        // The export: the screen's households, less those the policy leaves out.
        robot.clickOn("#exportTarget");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#exportRun").tryQuery().isPresent());
        assertTrue(robot.lookup("#exportHeader").queryAs(Label.class).getText()
                .startsWith(String.format(Locale.ENGLISH, "Export %,d households", expected.households())));
        Path file = Path.of(robot.lookup("#exportFile").queryAs(javafx.scene.control.TextField.class).getText());
        robot.clickOn("#exportRun");
        Label summary = robot.lookup("#exportSummary").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> summary.getText().contains("exported to"));
        List<String> csv = Files.readAllLines(file, StandardCharsets.UTF_8);
        Set<String> exported = csv.subList(1, csv.size()).stream()
                .map(line -> line.replace("\uFEFF", "").split("[;,]")[0].replace("\"", "")).collect(Collectors.toSet());
        var sidecar = new com.fasterxml.jackson.databind.ObjectMapper().readTree(Path.of(file + ".json").toFile());
        long excluded = 0;
        for (var reason : sidecar.path("counts").path("excluded")) {
            excluded += reason.asLong();
        }
        assertEquals(expected.households(), sidecar.path("counts").path("selected").asLong(), sidecar.toString());
        assertEquals(expected.households(), exported.size() + excluded, "exported + left out = the screen's count");
        assertTrue(targetCodes.containsAll(exported), "the export holds target households only");
        robot.clickOn("#exportClose");

        // The tour of the same target: the screen's households and clients, less those the policy leaves out.
        driver.openTourTab();
        driver.waitForPolicyCheck("");
        String policy = driver.policySummary();
        int chosen = Integer.parseInt(policy.substring(0, policy.indexOf(' ')));
        assertEquals(expected.households() + expected.clients(), chosen, "the tour chooses the target's stops: " + policy);
        long leftOut = driver.policyRows().stream().filter(r -> !r.isTitle() && r.leftOut()).count();
        driver.typeStartAndVisitsPerDay("-0.5536,47.4736", 12);
        driver.plan();
        List<TourTabDriver.Visit> shown = driver.shownInDayTabs();
        assertEquals(chosen - leftOut, shown.size(), "every chosen stop but those left out is planned");
        Path pack = dir.resolve("pack");
        driver.exportTo(pack);
        assertEquals(shown, TourTabDriver.inCsv(pack), "the pack is the tour shown");
        Set<String> visitedHouseholds = shown.stream().map(TourTabDriver.Visit::code).filter(c -> c.startsWith("H"))
                .collect(Collectors.toSet());
        assertTrue(targetCodes.containsAll(visitedHouseholds), "the tour visits target households only");
    }
}

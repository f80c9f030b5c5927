package org.geoprospect.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.geoprospect.analysis.definition.TargetDefinition;
import org.geoprospect.analysis.selection.ShapeKind;
import org.geoprospect.geo.CommuneTable;
import org.geoprospect.geo.CoordinateTransform;
import org.geoprospect.geo.Srids;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.render.SelectionOutlineOverlay;
import org.geoprospect.service.ExportService;
import org.geoprospect.service.ProjectAccess;
import org.geoprospect.service.ProjectService;
import org.geoprospect.service.ProjectSession;
import org.geoprospect.service.TargetService;
import org.geoprospect.ui.map.SelectionTool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13 points 2, 6, 8 and 10, walked as the user does on the demo, headless: R pressed while the
 * Target panel has the focus takes the rectangle tool; a rectangle dragged around central Angers is the
 * selection, outlined on the map, and the Target panel limits its target to it (switch on by default);
 * two criteria (mountain bike, e-mail) narrow it; the count, the saved target, the export's header,
 * its proposed file name, its sidecar (the rectangle in WGS84, the saved target's name) and the Privacy
 * tab's audit log all agree. Before, the panel's counts and the export ignored the selection
 * ({@code shapes: []}), and the letters worked only once the map had been clicked.
 */
@ExtendWith(ApplicationExtension.class)
class TargetSelectionWorkflowTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;
    static Path project;
    private MainWindow window;

    @BeforeAll
    static void demo() throws Exception {
        project = dir.resolve("demo");
        new ProjectService().create(project, true, ProgressMonitor.NONE);
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

    /** The screen point of a Lambert-93 position in the map as it is drawn now. */
    private Point2D screenOf(double x, double y) {
        var v = window.viewModel().map().viewportProperty().get();
        return window.mapView().localToScreen(v.toScreenX(x), v.toScreenY(y));
    }

    @Test
    void aRectangleSelectionWithTwoCriteriaIsCountedSavedAndExportedAsOneTarget(FxRobot robot) throws Exception {
        var panels = window.targetingPanels();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> panels.context().session() != null
                && window.viewModel().prospecting().sessionProperty().get() != null
                && window.viewModel().map().frameProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        var tools = window.viewModel().prospecting().tools();

        // The consent switches read "on this channel": greyed while no channel is chosen (point 8).
        CheckBox consent = robot.lookup("#consentRequired").queryAs(CheckBox.class);
        assertTrue(consent.isDisabled(), "no channel yet");

        // The focus is in the Target panel, not on the map: R still takes the rectangle tool (point 6).
        robot.clickOn("#interest-mountain_bike");
        assertFalse(window.mapView().isFocused());
        robot.type(KeyCode.R);
        assertEquals(SelectionTool.RECTANGLE, tools.toolProperty().get());

        var angers = CommuneTable.shipped().byInsee("49007").orElseThrow();
        double[] centre = CoordinateTransform.between(Srids.WGS84, Srids.LAMBERT_93).transform(angers.lon(), angers.lat());
        robot.drag(screenOf(centre[0] - 3000, centre[1] + 3000), MouseButton.PRIMARY)
                .moveTo(screenOf(centre[0] + 3000, centre[1] - 3000)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        var state = window.viewModel().targeting();
        assertEquals(1, state.selectionShapesProperty().get().size());
        assertEquals(ShapeKind.POLYGON, state.selectionShapesProperty().get().get(0).kind());
        int selected = state.selectedHouseholdsProperty().get().cardinality();
        assertTrue(selected > 1000, "central Angers holds many households: " + selected);
        assertTrue(window.viewModel().map().currentOverlays().stream().anyMatch(o -> o instanceof SelectionOutlineOverlay),
                "the selection stays outlined on the map");

        CheckBox limit = robot.lookup("#limitToSelection").queryAs(CheckBox.class);
        assertTrue(limit.isSelected(), "limited to the selection by default once there is one");
        assertEquals(String.format(Locale.ENGLISH, "Limit to the map selection (%,d households, %,d clients)", selected,
                state.selectedClientsProperty().get().cardinality()), limit.getText());

        robot.clickOn("#channelChoice").clickOn("Email");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(consent.isDisabled(), "a channel is chosen");
        TargetDefinition definition = panels.criteria().definition();
        assertEquals(state.selectionShapesProperty().get(), definition.selection(), "the target carries the selection");
        var expected = TargetService.run(panels.context().session(), "expected", definition);
        var unlimited = TargetService.run(panels.context().session(), "unlimited", definition.withoutSelection());
        assertTrue(expected.households() > 10 && expected.households() < unlimited.households(),
                expected.households() + " in the selection, " + unlimited.households() + " in the whole territory");
        Label counts = robot.lookup("#targetCounts").queryAs(Label.class);
        String shown = String.format(Locale.ENGLISH, "%,d households · %,d clients", expected.households(), expected.clients());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> counts.getText().equals(shown));

        robot.clickOn("#targetName").write("vtt-angers");
        robot.clickOn("#saveTarget");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> panels.saved().targets().stream().anyMatch(t -> t.name().equals("vtt-angers")));
        TargetDefinition saved = ProjectAccess.whenFree(() -> new TargetService().show(project, "vtt-angers")).definition();
        assertEquals(definition, saved, "the saved target is the one counted, selection included");

        robot.clickOn("#exportTarget");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#exportRun").tryQuery().isPresent());
        assertEquals(String.format(Locale.ENGLISH, "Export %,d households of the current target.", expected.households()),
                robot.lookup("#exportHeader").queryAs(Label.class).getText().split(" Only")[0]);
        TextField file = robot.lookup("#exportFile").queryAs(TextField.class);
        assertTrue(file.isEditable(), "the file field can be typed in");
        Path proposed = ExportService.exportsFolder(project).resolve("vtt-angers-email-" + java.time.LocalDate.now() + ".csv");
        assertEquals(proposed.toString(), file.getText());
        Button close = robot.lookup("#exportClose").queryButton();
        assertEquals(1, robot.lookup(".button").queryAllAs(Button.class).stream()
                .filter(b -> b.getScene() == close.getScene() && (b.getText().equals("Close") || b.getText().equals("Cancel")))
                .count(), "one Close button");
        robot.clickOn("#exportRun");
        Label summary = robot.lookup("#exportSummary").queryAs(Label.class);
        Label problem = robot.lookup("#exportProblem").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> summary.getText().contains("exported to") || !problem.getText().isEmpty());
        assertEquals("", problem.getText());
        JsonNode sidecar = JSON.readTree(Files.readString(Path.of(proposed + ".json")));
        assertEquals("vtt-angers", sidecar.path("target").path("name").asText(), sidecar.toString());
        JsonNode selection = sidecar.path("target").path("definition").path("selection");
        assertEquals(1, selection.size(), sidecar.toString());
        assertTrue(selection.get(0).get("wkt").asText().startsWith("POLYGON ((-0.5"), "the rectangle in WGS84: " + selection);

        // The Privacy tab's audit log shows the export without being asked to.
        robot.clickOn(close);
        robot.clickOn("Privacy");
        @SuppressWarnings("unchecked")
        TableView<ExportService.AuditRow> audit = robot.lookup("#auditLog").queryAs(TableView.class);
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !audit.getItems().isEmpty()
                    && "vtt-angers".equals(audit.getItems().get(0).target()));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("audit rows: " + audit.getItems() + " problem=" + panels.context().problemProperty().get(), e);
        }

        // Esc from anywhere puts the tool down.
        robot.clickOn("Target");
        robot.type(KeyCode.ESCAPE);
        assertEquals(SelectionTool.NONE, tools.toolProperty().get());
    }
}

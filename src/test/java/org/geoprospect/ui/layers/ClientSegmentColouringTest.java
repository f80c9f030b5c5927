package org.geoprospect.ui.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.geoprospect.analysis.rfm.RfmOptions;
import org.geoprospect.analysis.rfm.RfmSegment;
import org.geoprospect.model.Client;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.render.Viewport;
import org.geoprospect.render.points.ClientColouring;
import org.geoprospect.service.CustomerFileKind;
import org.geoprospect.service.DemoFiles;
import org.geoprospect.service.ImportService;
import org.geoprospect.service.ProjectService;
import org.geoprospect.service.ProjectSession;
import org.geoprospect.service.SegmentService;
import org.geoprospect.ui.MainWindow;
import org.geoprospect.ui.Messages;
import org.geoprospect.ui.map.ClientColourChoice;
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
 * Issue 16's "the map coloured by RFM segment shows where the at-risk clients are", walked as the user does: in the
 * layer panel, "Colour by: RFM segment" recolours the clients' diamonds by the segment their orders give them, the
 * legend names exactly the segments drawn (in words, with what they mean) and says over which period, and "Category"
 * brings the categories back. A project without orders cannot be coloured so: the choice goes back and the legend says
 * why and what to do.
 */
@ExtendWith(ApplicationExtension.class)
class ClientSegmentColouringTest {
    @TempDir
    static Path dir;
    static Path demo;
    static Path withoutOrders;
    private static final Messages EN = Messages.forLocale(Locale.ENGLISH);
    private MainWindow window;

    @BeforeAll
    static void projects() throws Exception {
        demo = dir.resolve("demo");
        new ProjectService().create(demo, true, ProgressMonitor.NONE);
        withoutOrders = dir.resolve("no-orders");
        new ProjectService().create(withoutOrders, false, ProgressMonitor.NONE);
        Path files = dir.resolve("files");
        DemoFiles.extractTo(files);
        new ImportService().importCustomers(withoutOrders, CustomerFileKind.CLIENTS, files.resolve("sample-data/clients.csv"),
                null, null, ProgressMonitor.NONE);
    }

    @Start
    void start(Stage stage) {
        window = new MainWindow(EN);
        window.show(stage);
    }

    @AfterEach
    void close() {
        window.viewModel().close();
    }

    private void open(Path project) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.viewModel().load(ProjectSession.of(project, false)));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.viewModel().mapDrawnProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void choose(FxRobot robot, ClientColourChoice choice) {
        robot.clickOn("#clientColourBy");
        robot.clickOn(EN.get("layers.clients.colourBy." + choice.name().toLowerCase(Locale.ROOT)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The legend's texts, read on the FX thread (never while it is being rebuilt). */
    private static List<String> legend(FxRobot robot) {
        VBox legend = robot.lookup("#legend").queryAs(VBox.class);
        try {
            return WaitForAsyncUtils.asyncFx(() -> legend.getChildren().stream()
                    .flatMap(n -> n instanceof Labeled l ? java.util.stream.Stream.of(l) : n.lookupAll(".label").stream())
                    .map(n -> ((Labeled) n).getText()).toList()).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theClientsTakeTheirSegmentsColoursAndTheLegendNamesTheSegmentsDrawn(FxRobot robot) throws Exception {
        RfmOptions options = RfmOptions.defaults(LocalDate.now());
        // scored before the window opens the project (a project is open once in the application)
        Map<String, RfmSegment> segments = new SegmentService().segments(demo, options).segmentByCode();
        open(demo);
        List<Client> clients = window.viewModel().map().contentProperty().get().points().clients();
        Set<String> expected = new TreeSet<>();
        boolean unclassed = false;
        for (Client c : clients) {
            RfmSegment s = segments.get(c.code());
            if (s == null) {
                unclassed = true;
            } else {
                expected.add(EN.get("legend.points.segment." + s.code()));
            }
        }
        assertTrue(segments.containsValue(RfmSegment.AT_RISK), "the demo's order history has at-risk clients");
        assertTrue(unclassed, "the prospects and other contacts have no order in the period");
        expected.add(EN.get("legend.points.segment.none"));

        choose(robot, ClientColourChoice.SEGMENT);
        String note = EN.get("layers.clients.colourBy.segmentNote", options.periodMonths());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> legend(robot).contains(note));
        List<String> lines = legend(robot);
        Set<String> segmentLines = new TreeSet<>();
        for (String line : lines) {
            for (RfmSegment s : RfmSegment.values()) {
                if (line.equals(EN.get("legend.points.segment." + s.code()))) {
                    segmentLines.add(line);
                }
            }
            if (line.equals(EN.get("legend.points.segment.none"))) {
                segmentLines.add(line);
            }
        }
        assertEquals(expected, segmentLines, "one legend line per segment drawn, and one for the clients without orders: " + lines);
        assertFalse(lines.contains(EN.get("legend.points.category.former_client")), "no category line while by segment");

        // The diamond of the client farthest from every other takes its segment's colour, at its very centre.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            var frame = window.viewModel().map().frameProperty().get();
            return frame != null && frame.viewport().equals(window.viewModel().map().viewportProperty().get())
                    && window.viewModel().map().pointLayers().clientColouringProperty().get() != ClientColouring.BY_CATEGORY;
        });
        Thread.sleep(500);
        var frame = window.viewModel().map().frameProperty().get();
        Viewport view = frame.viewport();
        Client loneAtRisk = clients.stream().filter(c -> segments.get(c.code()) == RfmSegment.AT_RISK)
                .max((a, b) -> Double.compare(nearest(a, clients), nearest(b, clients))).orElseThrow();
        int x = (int) Math.floor(view.toScreenX(loneAtRisk.x()));
        int y = (int) Math.floor(view.toScreenY(loneAtRisk.y()));
        assertEquals(Integer.toHexString(ClientColouring.segmentColour(RfmSegment.AT_RISK)),
                Integer.toHexString(frame.canvas().argbAt(x, y)), "the at-risk client " + loneAtRisk.code() + " drawn orange");

        choose(robot, ClientColourChoice.CATEGORY);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> legend(robot).contains(EN.get("legend.points.category.former_client")));
        assertFalse(legend(robot).contains(EN.get("legend.points.segment.none")), "the segments' lines are gone");
    }

    @Test
    void aProjectWithoutOrdersSaysWhyItsClientsCannotBeColouredBySegment(FxRobot robot) throws Exception {
        open(withoutOrders);
        choose(robot, ClientColourChoice.SEGMENT);
        String why = EN.get("layers.clients.colourBy.noOrders");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> legend(robot).contains(why));
        @SuppressWarnings("unchecked")
        ComboBox<ClientColourChoice> combo = robot.lookup("#clientColourBy").queryAs(ComboBox.class);
        assertEquals(ClientColourChoice.CATEGORY, combo.getValue(), "the choice goes back to the category");
        assertTrue(legend(robot).contains(EN.get("legend.points.category.client")), "the clients keep their category colours");
    }

    private static double nearest(Client c, List<Client> all) {
        double best = Double.MAX_VALUE;
        for (Client o : all) {
            if (o != c) {
                best = Math.min(best, Math.hypot(o.x() - c.x(), o.y() - c.y()));
            }
        }
        return best;
    }
}

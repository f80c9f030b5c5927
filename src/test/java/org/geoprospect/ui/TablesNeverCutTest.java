package org.geoprospect.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.geoprospect.analysis.ranking.RankedClient;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.service.ProjectService;
import org.geoprospect.service.ProjectSession;
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
 * Issue 14 point 4, on the demo in French (the longer words): in the Sectors and Best clients tables no
 * cell's text is cut ("Mauges-s…") and no title breaks inside a word ("Foy/ers"); numbers carry the locale's
 * grouping and the euro sign; a double-click on a client zooms the map to it and marks it.
 */
@ExtendWith(ApplicationExtension.class)
class TablesNeverCutTest {
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
        window = new MainWindow(Messages.forLocale(Locale.FRENCH));
        window.show(stage);
        window.viewModel().load(ProjectSession.of(project, false));
    }

    @AfterEach
    void close() {
        window.viewModel().close();
    }

    /** Every visible cell shows its whole text, and every title's words fit its column. */
    private static void assertNothingCut(TableView<?> table) {
        for (Node node : table.lookupAll(".table-cell")) {
            if (node instanceof TableCell<?, ?> cell && cell.isVisible() && cell.getText() != null && !cell.getText().isEmpty()) {
                Text drawn = (Text) cell.lookup(".text");
                assertEquals(cell.getText(), drawn.getText(), "a cut cell in " + table.getId());
            }
        }
        for (TableColumn<?, ?> column : table.getColumns()) {
            Label title = (Label) column.getGraphic();
            for (String word : title.getText().split("\\s+")) {
                assertTrue(TableFitting.textWidth(word, title.getFont()) <= column.getWidth() - 8 + 0.5,
                        "\"" + word + "\" of \"" + title.getText() + "\" is wider than its column in " + table.getId());
            }
        }
    }

    @Test
    void sectorAndClientTablesShowEveryWordAndNumberWhole(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.targetingPanels().context().session() != null
                && window.viewModel().mapDrawnProperty().get());
        robot.clickOn("#sectorsTab");
        TableView<?> sectors = robot.lookup("#sectorTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !sectors.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertNothingCut(sectors);
        assertTrue(robot.lookup((Node n) -> n instanceof TableCell<?, ?> c && "Mauges-sur-Loire".equals(c.getText())).tryQuery()
                .isPresent(), "the sector's name, not its code");
        assertTrue(robot.lookup((Node n) -> n instanceof TableCell<?, ?> c && "8\u202f518".equals(c.getText())
                || n instanceof TableCell<?, ?> d && "8\u00a0518".equals(d.getText())).tryQuery().isPresent(),
                "Angers' 8,518 households with the French grouping");

        robot.clickOn("#tabRanking");
        @SuppressWarnings("unchecked")
        TableView<RankedClient> clients = robot.lookup("#rankingTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !clients.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertNothingCut(clients);
        RankedClient first = clients.getItems().get(0);
        assertTrue(robot.lookup((Node n) -> n instanceof TableCell<?, ?> c && c.getText() != null && c.getText().endsWith("€")
                && c.getText().matches("[\\d\\s\u00a0\u202f]+\u00a0€")).tryQuery().isPresent(), "amounts in euros, grouped");

        Node row = robot.lookup((Node n) -> n instanceof TableRow<?> r && r.getItem() == first).query();
        robot.doubleClickOn(row);
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                var v = window.viewModel().map().viewportProperty().get();
                return v.envelope().contains(first.client().x(), first.client().y()) && v.envelope().getWidth() < 20_000;
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the map did not zoom to " + first.client().code() + " at " + first.client().x() + ","
                    + first.client().y() + ": " + window.viewModel().map().viewportProperty().get().envelope(), e);
        }
        var highlighted = window.viewModel().targeting().highlightedClientsProperty().get();
        int position = window.viewModel().map().contentProperty().get().points().clients().indexOf(first.client());
        assertTrue(highlighted != null && highlighted.contains(position), "the client is marked on the map");
    }
}

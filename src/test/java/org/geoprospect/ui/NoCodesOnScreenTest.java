package org.geoprospect.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
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
 * Issue 14 point 5, on the screen: the French window on the demo is walked tab by tab (layers and their
 * legend, sectors, every section of the Target panel, best clients, privacy, tour) with the escaping
 * prospects shown, and every text it shows — labels, table cells, buttons, prompts, tooltips — is read:
 * none may look like a code (snake_case or ENUM_CASE identifiers, camelCase keys, ISO-8601 periods,
 * message keys, raw sector codes, "(s)" plurals).
 */
@ExtendWith(ApplicationExtension.class)
class NoCodesOnScreenTest {
    /** What a code looks like; each with its name for the failure message. */
    private static final List<Pattern> CODE_LIKE = List.of(
            Pattern.compile("\\b[a-z]+(?:_[a-z0-9]+)+\\b"),
            Pattern.compile("\\b[A-Z]{2,}(?:_[A-Z0-9]+)+\\b"),
            Pattern.compile("\\b[a-z]+[A-Z][a-z]+[A-Za-z]*\\b"),
            Pattern.compile("\\bP\\d+[YMWD]\\b"),
            Pattern.compile("\\b(?:legend|target|menu|card|layers|tour|privacy|ranking|sectors|export|import)\\.[a-z][\\w.]*\\b"),
            Pattern.compile("\\bS\\d{2}\\b"),
            Pattern.compile("\\(s\\)"));
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

    @Test
    void theFrenchWindowShowsWordsNotCodes(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.targetingPanels().context().session() != null
                && window.viewModel().mapDrawnProperty().get());
        Set<String> offending = new TreeSet<>();
        robot.clickOn("#layer-escape");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.viewModel().map().pointLayers().escapeColumnsProperty().get() != null);
        collect(robot, offending, "Couches");
        robot.clickOn("#sectorsTab");
        TableView<?> sectors = robot.lookup("#sectorTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !sectors.getItems().isEmpty());
        collect(robot, offending, "Secteurs");
        robot.interact(() -> robot.lookup(".titled-pane").queryAllAs(TitledPane.class).forEach(p -> p.setExpanded(true)));
        collect(robot, offending, "Cible");
        robot.clickOn("#tabRanking");
        TableView<?> ranking = robot.lookup("#rankingTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !ranking.getItems().isEmpty());
        collect(robot, offending, "Meilleurs clients");
        robot.clickOn("#tabPrivacy");
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(1000);
        collect(robot, offending, "Confidentialité");
        robot.clickOn("#tabTour");
        collect(robot, offending, "Tournée");
        assertEquals(Set.of(), offending, "texts that look like codes");
    }

    /** Reads every text shown in every window, keeping those that look like codes. */
    private void collect(FxRobot robot, Set<String> offending, String where) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> texts = new ArrayList<>();
        robot.interact(() -> {
            for (Window w : Window.getWindows()) {
                if (w.isShowing() && w.getScene() != null) {
                    walk(w.getScene().getRoot(), texts);
                }
            }
        });
        assertTrue(texts.size() > 20, where + ": the window shows texts");
        for (String text : texts) {
            for (Pattern code : CODE_LIKE) {
                var m = code.matcher(text);
                if (m.find()) {
                    offending.add(where + ": \"" + m.group() + "\" in \"" + text + "\"");
                }
            }
        }
    }

    private static void walk(Node node, List<String> texts) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null) {
            texts.add(l.getText());
        }
        if (node instanceof Text t && t.getText() != null) {
            texts.add(t.getText());
        }
        if (node instanceof TextInputControl input) {
            if (input.getPromptText() != null) {
                texts.add(input.getPromptText());
            }
        }
        if (node instanceof Control c && c.getTooltip() != null && c.getTooltip().getText() != null) {
            texts.add(c.getTooltip().getText());
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, texts);
            }
        }
    }
}

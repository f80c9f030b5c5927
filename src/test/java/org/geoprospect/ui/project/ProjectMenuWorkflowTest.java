package org.geoprospect.ui.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.service.Passphrases;
import org.geoprospect.service.ProjectAccess;
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
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13 point 1, walked as the user does, headless: from the demo, File ▸ New project… creates a
 * project (name, folder, CRS code, encryption) and opens it (the title names it, the recent list holds
 * it first); File ▸ Close project leaves the "no project" pane; File ▸ Open recent brings the demo
 * back. Before, the File menu had none of these items and the app could reach only its start project.
 */
@ExtendWith(ApplicationExtension.class)
class ProjectMenuWorkflowTest {
    @TempDir
    static Path dir;
    static Path demo;
    private MainWindow window;
    private RecentProjects recent;
    private Stage stage;

    @BeforeAll
    static void createDemo() throws Exception {
        demo = dir.resolve("demo");
        new ProjectService().create(demo, true, ProgressMonitor.NONE);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        recent = new RecentProjects(dir.resolve("recent-" + System.nanoTime() + ".json"), Clock.systemUTC());
        window = new MainWindow(Messages.forLocale(Locale.ENGLISH));
        window.viewModel().setRecentProjects(recent);
        window.show(stage);
        window.viewModel().load(ProjectSession.of(demo, false));
    }

    @AfterEach
    void close() {
        window.viewModel().close();
    }

    private void waitForTitle(FxRobot robot, String expected) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> expected.equals(stage.getTitle()));
    }

    private void menu(FxRobot robot, String... path) {
        MenuClicks.click(robot, "File", path);
    }

    @Test
    void aProjectIsCreatedClosedAndTheDemoReopenedFromTheFileMenu(FxRobot robot) throws Exception {
        waitForTitle(robot, "GeoProspect — Maine-et-Loire demo");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> recent.list().size() == 1);
        assertEquals(demo.toAbsolutePath().normalize(), recent.list().get(0).folder(), "the opened demo is remembered");

        menu(robot, "New project…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#newProjectCreate").tryQuery().isPresent());
        Button create = robot.lookup("#newProjectCreate").queryButton();
        Label problem = robot.lookup("#newProjectProblem").queryAs(Label.class);
        assertTrue(create.isDisabled(), "no name yet");
        assertEquals("Give the project a name.", problem.getText());
        robot.clickOn("#newProjectName").write("Anjou: 2027");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(problem.getText().startsWith("The name is used as a folder name"), problem.getText());
        robot.eraseText("Anjou: 2027".length()).write("Anjou 2027");
        TextField location = robot.lookup("#newProjectLocation").queryAs(TextField.class);
        robot.doubleClickOn(location).push(KeyCode.SHORTCUT, KeyCode.A).write(dir.toString());
        robot.clickOn("#newProjectCrsCode");
        robot.clickOn("#newProjectCrsCodeField").write("4326");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(problem.getText().contains("not a projected system in metres"), problem.getText());
        assertTrue(create.isDisabled());
        robot.eraseText(4).write("2154");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#newProjectCrsDescription").queryAs(Label.class).getText().startsWith("EPSG:2154"));
        robot.clickOn("#newProjectEncrypt");
        robot.clickOn("#newProjectPassphrase").write("correct horse");
        robot.clickOn("#newProjectConfirmation").write("correct hors");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("The two passphrases differ; type the same one twice.", problem.getText());
        robot.write("e");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", problem.getText());
        Path created = dir.resolve("Anjou 2027");
        assertEquals(created.toAbsolutePath().normalize().toString(),
                robot.lookup("#newProjectFolder").queryAs(Label.class).getText());
        robot.clickOn(create);

        waitForTitle(robot, "GeoProspect — Anjou 2027");
        assertTrue(new ProjectService().isProject(created));
        assertTrue(Passphrases.isEncrypted(created), "the project is encrypted at rest");
        assertEquals("Anjou 2027", ProjectAccess.whenFree(() -> new ProjectService().projectName(created)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> recent.list().size() == 2);
        assertEquals(created.toAbsolutePath().normalize(), recent.list().get(0).folder(), "the new project comes first");
        assertTrue(window.viewModel().map().contentProperty().get().layers().isEmpty(), "a new project is empty");

        menu(robot, "Close project");
        waitForTitle(robot, "GeoProspect");
        Node none = robot.lookup("#noProjectPane").query();
        assertTrue(none.isVisible(), "the no-project pane offers the ways to open one");
        assertFalse(window.viewModel().importAvailableProperty().get());
        assertTrue(window.targetingPanels().isDisabled(), "the panels have nothing to act on");

        menu(robot, "Open recent", "Maine-et-Loire demo  (" + demo.toAbsolutePath().normalize() + ")");
        waitForTitle(robot, "GeoProspect — Maine-et-Loire demo");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.viewModel().importAvailableProperty().get());
        assertEquals(5, window.viewModel().map().contentProperty().get().layers().size(), "the demo's map is back");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> recent.list().get(0).folder().equals(demo.toAbsolutePath().normalize()));
        assertFalse(none.isVisible());
    }
}

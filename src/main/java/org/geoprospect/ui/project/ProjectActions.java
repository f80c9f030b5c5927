package org.geoprospect.ui.project;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import org.geoprospect.service.AppHome;
import org.geoprospect.service.ProjectService;
import org.geoprospect.service.ProjectSession;
import org.geoprospect.service.RecentProjects;
import org.geoprospect.ui.MainViewModel;
import org.geoprospect.ui.Messages;

/**
 * What the File menu's project items do: create a project, open one (chosen, recent or the demo),
 * close it. Each opening goes through {@link MainViewModel#load(ProjectSession)}, which closes the
 * project open before. FX thread only.
 */
public final class ProjectActions {
    private final Messages messages;
    private final MainViewModel main;
    private final Supplier<Stage> stage;
    private final ProjectService projects = new ProjectService();
    private File lastFolder;

    public ProjectActions(Messages messages, MainViewModel main, Supplier<Stage> stage) {
        this.messages = messages;
        this.main = main;
        this.stage = stage;
    }

    /** File ▸ New project…: the dialog, then the new project opened. */
    public NewProjectDialog newProject() {
        NewProjectDialog dialog = new NewProjectDialog(stage.get(), new NewProjectViewModel(messages, projects, AppHome.folder()),
                messages, this::open);
        dialog.show();
        return dialog;
    }

    /** File ▸ Open project…: a folder chooser, then the project in it (or one sentence saying it holds none). */
    public void openProject() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("project.open.title"));
        File start = lastFolder != null && lastFolder.isDirectory() ? lastFolder : AppHome.folder().toFile();
        if (start.isDirectory()) {
            chooser.setInitialDirectory(start);
        }
        File chosen = chooser.showDialog(stage.get());
        if (chosen != null) {
            lastFolder = chosen.getParentFile();
            openFolder(chosen.toPath());
        }
    }

    /**
     * Opens the project in {@code folder}; a folder holding no project gets one sentence instead.
     *
     * @return whether the folder holds a project (its loading has started)
     */
    public boolean openFolder(Path folder) {
        if (!projects.isProject(folder)) {
            warn(messages.get("project.open.none", folder.toAbsolutePath().normalize()));
            return false;
        }
        open(folder);
        return true;
    }

    /** File ▸ Open recent ▸ a project: opened, or — when its folder is gone — offered for removal from the list. */
    public void openRecent(RecentProjects.Entry entry) {
        if (entry.exists()) {
            open(entry.folder());
            return;
        }
        Alert ask = new Alert(Alert.AlertType.WARNING, messages.get("project.recent.missing", entry.folder()),
                ButtonType.YES, ButtonType.NO);
        ask.initOwner(stage.get());
        ask.setTitle(messages.get("app.title"));
        ask.setHeaderText(messages.get("project.recent.missing.header", entry.name()));
        ask.showAndWait().filter(ButtonType.YES::equals).ifPresent(yes -> {
            RecentProjects recent = main.recentProjects();
            if (recent != null) {
                recent.forget(entry.folder());
            }
        });
    }

    /** Opens the demo project, creating it from the demo files the first time. */
    public void openDemo() {
        main.load(ProjectSession.of(ProjectService.defaultDemoProject(), true));
    }

    /** File ▸ Close project. */
    public void closeProject() {
        main.closeProject();
    }

    /** The recent projects to list in the menu, most recent first; none when the window remembers none. */
    public List<RecentProjects.Entry> recent() {
        RecentProjects recent = main.recentProjects();
        return recent == null ? List.of() : recent.list();
    }

    /** Empties the recent-projects list. */
    public void clearRecent() {
        RecentProjects recent = main.recentProjects();
        if (recent != null) {
            recent.clear();
        }
    }

    private void open(Path folder) {
        main.load(ProjectSession.of(folder, false));
    }

    private void warn(String sentence) {
        Alert alert = new Alert(Alert.AlertType.WARNING, sentence, ButtonType.OK);
        alert.initOwner(stage.get());
        alert.setTitle(messages.get("app.title"));
        alert.setHeaderText(messages.get("project.open.failed.header"));
        alert.show();
    }
}

package org.geoprospect.ui;

import java.nio.file.Path;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.geoprospect.render.Viewport;
import org.geoprospect.service.CrsLookupService;
import org.geoprospect.service.ImportPreviewService;
import org.geoprospect.service.ImportService;
import org.geoprospect.service.MapContent;
import org.geoprospect.service.MapContentLoader;
import org.geoprospect.service.ProjectSession;
import org.geoprospect.ui.importing.CustomerImportViewModel;
import org.geoprospect.ui.importing.LayerImportViewModel;
import org.geoprospect.ui.layers.LayerState;
import org.geoprospect.ui.map.MapViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's state: project loading (progress, cancel, failure), PNG export and the status
 * message, around the {@link MapViewModel}. The View shows {@link #errorProperty()} as a dialog
 * and then calls {@link #clearError()}. FX-thread confined.
 */
public final class MainViewModel implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MainViewModel.class);

    /** An error for the user: a header and one sentence. */
    public record UserError(String header, String message) {
    }

    private final Messages messages;
    private final MapViewModel map;
    /** The user's undoable edits (saved targets today); cleared when another project state is loaded. */
    private final org.geoprospect.ui.undo.UndoHistory undoHistory = new org.geoprospect.ui.undo.UndoHistory();
    private final org.geoprospect.ui.state.TargetingState targeting = new org.geoprospect.ui.state.TargetingState();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyDoubleWrapper loadProgress = new ReadOnlyDoubleWrapper(this, "loadProgress", -1);
    private final ReadOnlyStringWrapper statusMessage = new ReadOnlyStringWrapper(this, "statusMessage", "");
    private final javafx.beans.property.ReadOnlyObjectWrapper<UserError> error =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "error");
    private final ReadOnlyBooleanWrapper importAvailable = new ReadOnlyBooleanWrapper(this, "importAvailable");
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(this, "readOnly");
    private final ImportPreviewService previews = new ImportPreviewService();
    /** Every import from the app is preceded by an automatic backup (File ▸ Restore a backup brings it back). */
    private final ImportService imports = new ImportService().withAutomaticBackups();
    private final CrsLookupService crsLookup = new CrsLookupService();
    private final org.geoprospect.service.ProjectRecovery recovery = new org.geoprospect.service.ProjectRecovery();
    private final javafx.beans.property.ReadOnlyObjectWrapper<org.geoprospect.ui.safety.OpenFailureViewModel> openFailure =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "openFailure");
    private Runnable quit = () -> { };
    private final org.geoprospect.service.LayerStyleService layerStyles = new org.geoprospect.service.LayerStyleService();
    private BackgroundTasks.Handle loadTask;
    private ProjectSession session;
    /** Increases at every load and close, so that a late result of an earlier load is ignored. */
    private long loadGeneration;
    private final ReadOnlyStringWrapper projectName = new ReadOnlyStringWrapper(this, "projectName", "");
    private final ReadOnlyStringWrapper loadingText = new ReadOnlyStringWrapper(this, "loadingText", "");
    private final ReadOnlyBooleanWrapper projectOpen = new ReadOnlyBooleanWrapper(this, "projectOpen");
    private final javafx.beans.property.ReadOnlyIntegerWrapper recentChanged =
            new javafx.beans.property.ReadOnlyIntegerWrapper(this, "recentChanged");
    private org.geoprospect.service.RecentProjects recent;
    private String startNote;
    private final ReadOnlyBooleanWrapper mapDrawn = new ReadOnlyBooleanWrapper(this, "mapDrawn");
    private final org.geoprospect.ui.map.ProspectingMapModel prospecting;

    public MainViewModel(Messages messages) {
        this.messages = messages;
        this.map = new MapViewModel(messages);
        this.prospecting = new org.geoprospect.ui.map.ProspectingMapModel(messages, map, targeting,
                () -> session == null ? null : session.folder());
        // Each change in the layers panel is saved in the project as an undoable edit (Edit ▸ Undo).
        map.layerList().setPersistence(new org.geoprospect.ui.undo.StyleEditRecorder(messages, layerStyles,
                () -> session == null ? null : session.folder(), map.layerList(), undoHistory,
                failure -> error.set(new UserError(messages.get("layers.saveFailed.header"), userSentence(failure)))));
        // Showing or hiding a point layer is an edit too (Ctrl+Z shows it again).
        org.geoprospect.ui.map.PointLayerChoices points = map.pointLayers();
        installSwitchUndo(points.householdsVisibleProperty(), "layers.points.households");
        installSwitchUndo(points.clientsVisibleProperty(), "layers.points.clients");
        installSwitchUndo(points.competitorsVisibleProperty(), "layers.points.competitors");
        installSwitchUndo(points.escapeVisibleProperty(), "layers.points.escape");
        map.renderErrorProperty().addListener((o, a, text) -> {
            if (text != null) {
                statusMessage.set(text);
            }
        });
    }

    private void installSwitchUndo(javafx.beans.property.BooleanProperty property, String labelKey) {
        String label = messages.get(labelKey);
        org.geoprospect.ui.undo.SwitchUndo.install(property, messages.get("undo.layerShow", label),
                messages.get("undo.layerHide", label), undoHistory);
    }

    /**
     * Opens a project session: loads its map in the background and, once loaded, allows imports into
     * its folder. Any project open before is closed first.
     */
    public void load(ProjectSession projectSession) {
        if (session != null && !session.folder().equals(projectSession.folder())) {
            closeProject();
        }
        this.session = projectSession;
        boolean creating = !new org.geoprospect.service.ProjectService().isProject(projectSession.folder());
        loadingText.set(creating ? messages.get("load.progress")
                : messages.get("load.opening", projectSession.folder().toAbsolutePath().normalize()));
        load(projectSession.opener());
    }

    /** What the loading overlay says: creating the demo, or opening which project. */
    public ReadOnlyStringProperty loadingTextProperty() {
        return loadingText.getReadOnlyProperty();
    }

    /**
     * Loads the map content in the background; the map stays empty until it arrives. Without a
     * {@link ProjectSession} the window knows no project folder, so imports stay unavailable. The
     * status line says "Ready" only once the first frame of the new map is on screen.
     */
    public void load(MapContentLoader loader) {
        long mine = ++loadGeneration;
        ProjectSession opening = session;
        mapDrawn.set(false);
        loading.set(true);
        importAvailable.set(false);
        loadProgress.unbind();
        loadProgress.set(-1);
        loadTask = BackgroundTasks.run(loader::load, content -> {
            if (mine != loadGeneration) {
                return; // the project was closed, or another one opened, meanwhile
            }
            loading.set(false);
            map.setContent(content);
            boolean openedReadOnly = opening != null && new org.geoprospect.service.ProjectService().isReadOnly(opening.folder());
            readOnly.set(openedReadOnly);
            importAvailable.set(opening != null && !openedReadOnly);
            projectName.set(content.projectName());
            projectOpen.set(true);
            String ready = messages.get(openedReadOnly ? "status.readOnly" : "status.ready");
            statusMessage.set(messages.get("status.drawing"));
            FirstFrame.whenDrawn(map, content, () -> {
                String note = startNote != null ? startNote
                        : content.lookProblems().isEmpty() ? null : content.lookProblems().get(0);
                mapDrawn.set(true);
                statusMessage.set(note == null ? ready : note);
                startNote = null;
                // Only now what the first frame does not need: the targeting panels' data (another reading of
                // the project) and the recent-projects list would otherwise compete with it for the two cores.
                if (mine == loadGeneration) {
                    prospecting.contentLoaded(content);
                    rememberRecent(opening, content.projectName());
                }
            });
        }, failure -> {
            if (mine != loadGeneration) {
                return;
            }
            loading.set(false);
            LOG.warn("Project loading failed", failure);
            if (!offerWayOut(failure)) {
                error.set(new UserError(messages.get("load.failed.header"), userSentence(failure)));
            }
        }, () -> {
            if (mine != loadGeneration) {
                return;
            }
            loading.set(false);
            statusMessage.set(messages.get("load.cancelled"));
        });
        loadProgress.bind(loadTask.progressProperty());
    }


    /** Puts the project at the head of the user's recent projects, in the background (a failure is only logged). */
    private void rememberRecent(ProjectSession opened, String name) {
        org.geoprospect.service.RecentProjects list = recent;
        if (opened == null || list == null) {
            return;
        }
        BackgroundTasks.run(monitor -> {
            list.remember(opened.folder(), name);
            return null;
        }, done -> recentChanged.set(recentChanged.get() + 1), failure -> LOG.warn("The recent projects could not be saved", failure), () -> { });
    }

    /**
     * Closes the open project: the map and the panels empty, the selection, highlights and undo history
     * dropped, imports unavailable. A load still running is cancelled and its result ignored.
     */
    public void closeProject() {
        cancelLoad();
        loadGeneration++;
        loading.set(false);
        session = null;
        map.setContent(null);
        prospecting.contentLoaded(null);
        targeting.selectedHouseholdsProperty().set(null);
        targeting.selectedClientsProperty().set(null);
        targeting.potentialFilterProperty().set(null);
        targeting.highlightedClientsProperty().set(null);
        undoHistory.clear();
        importAvailable.set(false);
        readOnly.set(false);
        projectName.set("");
        projectOpen.set(false);
        mapDrawn.set(false);
        statusMessage.set(messages.get("status.noProject"));
    }

    /** Where the user's recent projects are remembered (null: nowhere, as in tests that do not ask). */
    public void setRecentProjects(org.geoprospect.service.RecentProjects list) {
        this.recent = list;
        recentChanged.set(recentChanged.get() + 1);
    }

    /** The user's recent projects, or null when this window remembers none. */
    public org.geoprospect.service.RecentProjects recentProjects() {
        return recent;
    }

    /** Counts the changes of the recent-projects list (the File menu refreshes its submenu on it). */
    public javafx.beans.property.ReadOnlyIntegerProperty recentChangedProperty() {
        return recentChanged.getReadOnlyProperty();
    }

    /**
     * A sentence to show in the status line instead of "Ready" once the next project is drawn (e.g. that
     * the last project could not be found and the demo opened instead).
     */
    public void setStartNote(String note) {
        this.startNote = note;
    }

    /** The window's title: the application's name, then the open project's, and "(read-only)" when so opened. */
    public javafx.beans.binding.StringExpression titleProperty() {
        return javafx.beans.binding.Bindings.createStringBinding(() -> {
            String app = messages.get("app.title");
            String title = projectName.get().isEmpty() ? app : messages.get("app.title.project", app, projectName.get());
            return readOnly.get() ? messages.get("app.title.readOnly", title) : title;
        }, projectName, readOnly);
    }

    /** The open project's display name; "" when none is open. */
    public ReadOnlyStringProperty projectNameProperty() {
        return projectName.getReadOnlyProperty();
    }

    /** Whether the open project's map has been drawn once (its first frame handed to the screen). */
    public ReadOnlyBooleanProperty mapDrawnProperty() {
        return mapDrawn.getReadOnlyProperty();
    }

    /** Whether a project is open and loaded. */
    public ReadOnlyBooleanProperty projectOpenProperty() {
        return projectOpen.getReadOnlyProperty();
    }

    /**
     * The state of an "Import layer" dialog for {@code file}; a successful import refreshes the map.
     *
     * @throws IllegalStateException when no project is open ({@link #importAvailableProperty()} is false)
     */
    public LayerImportViewModel newLayerImport(Path file) {
        ProjectSession open = requireSession();
        java.util.Set<String> names = new java.util.HashSet<>();
        for (LayerState layer : map.layersTopFirst()) {
            names.add(layer.name());
        }
        return new LayerImportViewModel(messages, open.folder(), file, names, previews, imports::importLayer, crsLookup,
                report -> refreshMap(messages.get("status.layerImported", report.layer(), report.imported())));
    }

    /**
     * The state of an "Import customer file" dialog for {@code file}; a successful import refreshes the map.
     *
     * @throws IllegalStateException when no project is open
     */
    public CustomerImportViewModel newCustomerImport(Path file) {
        ProjectSession open = requireSession();
        return new CustomerImportViewModel(messages, open.folder(), file, previews, imports::importCustomers,
                summary -> refreshMap(messages.get("status.customersImported", summary.imported(), summary.updated())));
    }

    private ProjectSession requireSession() {
        if (session == null || !importAvailable.get()) {
            throw new IllegalStateException("No project is open in this window.");
        }
        return session;
    }

    /** Reads the project's map again in the background (after an import), keeping the view and layer choices. */
    void refreshMap(String doneMessage) {
        ProjectSession open = session;
        if (open == null) {
            return;
        }
        BackgroundTasks.run(open::reload, content -> {
            map.updateContent(content);
            prospecting.contentLoaded(content);
            statusMessage.set(doneMessage);
        }, failure -> error.set(new UserError(messages.get("load.failed.header"), userSentence(failure))), () -> { });
    }

    /**
     * When the project itself could not be opened (damaged, locked, newer, foreign, encrypted), offers
     * the ways out through {@link #openFailureProperty()} instead of a bare error: never a new empty project.
     *
     * @return false when the failure is not a refusal to open the session's project
     */
    boolean offerWayOut(Throwable failure) {
        var problem = org.geoprospect.service.ProjectOpenProblem.of(failure);
        ProjectSession open = session;
        if (problem.isEmpty() || open == null) {
            return false;
        }
        java.util.Optional<org.geoprospect.service.ProjectRecovery.BackupEntry> latest;
        try {
            latest = recovery.latest(open.folder());
        } catch (RuntimeException e) {
            LOG.warn("Listing the automatic backups failed", e);
            latest = java.util.Optional.empty();
        }
        openFailure.set(new org.geoprospect.ui.safety.OpenFailureViewModel(messages, problem.get(), latest,
                new org.geoprospect.ui.safety.OpenFailureViewModel.Actions(
                        () -> restoreInPlace(null), () -> openReadOnly(open), () -> load(open), quit)));
        return true;
    }

    /** Opens the session's project again, read-only from now on (the way out for a newer project). */
    private void openReadOnly(ProjectSession open) {
        new org.geoprospect.service.ProjectService().setReadOnly(open.folder(), true);
        load(open);
    }

    /** Whether the open project was opened read-only (the window says so in its title). */
    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    /**
     * Puts a backup in place of the project's file in the background (the current file moved aside),
     * then opens the project again. A null backup means the newest, over a file that would not open.
     */
    void restoreInPlace(org.geoprospect.service.ProjectRecovery.BackupEntry backup) {
        ProjectSession open = session;
        if (open == null) {
            return;
        }
        loading.set(true);
        importAvailable.set(false);
        BackgroundTasks.run(m -> backup == null ? recovery.restoreLatestOverDamaged(open.folder())
                : recovery.restoreInPlace(open.folder(), backup.zip(), org.geoprospect.service.ProjectRecovery.REPLACED_SUFFIX),
                aside -> {
                    load(open);
                    String asideName = aside.map(p -> p.getFileName().toString()).orElse("-");
                    statusMessage.set(messages.get(backup == null ? "recovery.restored" : "restore.done", asideName));
                }, failure -> {
                    loading.set(false);
                    error.set(new UserError(messages.get("load.failed.header"), userSentence(failure)));
                }, () -> loading.set(false));
    }

    /**
     * The state of File ▸ Restore a backup… for the open project.
     *
     * @throws IllegalStateException when no project folder is known
     */
    public org.geoprospect.ui.safety.RestoreBackupViewModel newRestoreBackup() {
        if (session == null) {
            throw new IllegalStateException("No project is open in this window.");
        }
        return new org.geoprospect.ui.safety.RestoreBackupViewModel(messages, recovery.backups(session.folder()),
                this::restoreInPlace);
    }

    /** What Quit does in the way-out dialog (the View sets it to close the window). */
    public void setQuitAction(Runnable action) {
        this.quit = java.util.Objects.requireNonNull(action, "action");
    }

    /** The way-out dialog to show after a failed open; the View shows it, then calls {@link #clearOpenFailure()}. */
    public javafx.beans.property.ReadOnlyObjectProperty<org.geoprospect.ui.safety.OpenFailureViewModel> openFailureProperty() {
        return openFailure.getReadOnlyProperty();
    }

    public void clearOpenFailure() {
        openFailure.set(null);
    }

    /** Whether a project is open and loaded, so files can be imported into it. */
    public ReadOnlyBooleanProperty importAvailableProperty() {
        return importAvailable.getReadOnlyProperty();
    }

    /** Asks the loading to stop (it stops at its next check and undoes its work). */
    public void cancelLoad() {
        if (loadTask != null) {
            loadTask.cancel();
        }
    }

    /** Renders the current view at its current size into a PNG file with the legend over it, in the background. */
    public void exportPng(Path target) {
        Viewport v = map.viewportProperty().get();
        if (v != null) {
            exportPng(target, v.width(), v.height());
        }
    }

    /** Renders the area of the current view at the given size into a PNG (see {@link MapPngExport}). */
    public void exportPng(Path target, int width, int height) {
        MapPngExport.export(map, messages, target, width, height, path -> statusMessage.set(messages.get("status.exported", path)),
                failure -> error.set(new UserError(messages.get("export.failed.header"), userSentence(failure))));
    }

    /** The message of an exception as the user sees it: its own sentence, never a stack trace. */
    String userSentence(Throwable failure) {
        var known = org.geoprospect.service.FailureSentences.of(failure);
        if (known.isPresent()) {
            return known.get();
        }
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            return messages.get("load.failed.unknown", failure.getClass().getSimpleName());
        }
        return message.strip();
    }

    public void clearError() {
        error.set(null);
    }

    /** The open project's folder, or null when the window was loaded without a project session. */
    public Path projectFolder() {
        return session == null ? null : session.folder();
    }

    /** The selections and highlights the map and the targeting panels share. */
    public org.geoprospect.ui.state.TargetingState targeting() {
        return targeting;
    }

    /** The undo/redo history of the user's edits. */
    public org.geoprospect.ui.undo.UndoHistory undoHistory() {
        return undoHistory;
    }

    /** Shows a sentence in the status line (e.g. what Undo just undid). */
    public void showStatus(String text) {
        statusMessage.set(text);
    }

    public MapViewModel map() {
        return map;
    }

    /** The map's prospecting side: detail card, sector panel, selection tools, tied to {@link #targeting()}. */
    public org.geoprospect.ui.map.ProspectingMapModel prospecting() {
        return prospecting;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty loadProgressProperty() {
        return loadProgress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusMessageProperty() {
        return statusMessage.getReadOnlyProperty();
    }

    public javafx.beans.property.ReadOnlyObjectProperty<UserError> errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Cancels loading and stops the render thread. */
    @Override
    public void close() {
        cancelLoad();
        map.close();
    }
}

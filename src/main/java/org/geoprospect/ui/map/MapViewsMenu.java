package org.geoprospect.ui.map;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.geoprospect.service.FailureSentences;
import org.geoprospect.service.MapContent;
import org.geoprospect.service.SavedView;
import org.geoprospect.service.SavedViewService;
import org.geoprospect.ui.BackgroundTasks;
import org.geoprospect.ui.Messages;
import org.geoprospect.ui.state.TargetingState;
import org.locationtech.jts.geom.Envelope;

/**
 * The View menu's saved views and "Zoom to selection", with their wiring: the {@link SavedViewsModel}
 * is read from the open project whenever the map's content is (re)loaded and every change is saved
 * back in the background (the latest list wins, saves never overlap). Without a project the views
 * live as long as the window. A damaged saved value is reported once per project in the status line.
 * FX-thread confined.
 */
public final class MapViewsMenu {
    private final Messages messages;
    private final MapViewModel map;
    private final TargetingState targeting;
    private final Supplier<Path> projectFolder;
    private final Consumer<String> status;
    private final Supplier<Window> owner;
    private final SavedViewService service = new SavedViewService();
    private final SavedViewsModel views;
    private final BooleanBinding nothingSelected;
    /** Bumped by every local change, so that a load started before it does not overwrite it. */
    private long changes;
    private Path problemReportedFor;
    private List<SavedView> pendingSave;
    private Path pendingFolder;
    private boolean saving;

    /**
     * @param projectFolder the open project's folder, or null when the window has none
     * @param status        shows a sentence in the status line
     * @param owner         the window dialogs belong to (may give null)
     */
    public MapViewsMenu(Messages messages, MapViewModel map, TargetingState targeting, Supplier<Path> projectFolder,
                        Consumer<String> status, Supplier<Window> owner) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.map = Objects.requireNonNull(map, "map");
        this.targeting = Objects.requireNonNull(targeting, "targeting");
        this.projectFolder = Objects.requireNonNull(projectFolder, "projectFolder");
        this.status = Objects.requireNonNull(status, "status");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.views = new SavedViewsModel(messages, () -> map.viewportProperty().get(), map::showView);
        views.setPersistence(this::persist);
        nothingSelected = Bindings.createBooleanBinding(
                () -> !SelectionExtent.anySelected(targeting.selectedHouseholdsProperty().get(),
                        targeting.selectedClientsProperty().get()),
                targeting.selectedHouseholdsProperty(), targeting.selectedClientsProperty());
        map.contentProperty().addListener((o, a, content) -> {
            if (content != null) {
                loadViews();
            }
        });
    }

    /** The saved views (for tests and other panels). */
    public SavedViewsModel savedViews() {
        return views;
    }

    /** True while neither households nor clients are selected (Zoom to selection is disabled). */
    public BooleanBinding nothingSelectedProperty() {
        return nothingSelected;
    }

    /**
     * The items to append to the View menu: Save view… (Ctrl+B), Saved views ▸ names, Manage saved
     * views…, then Zoom to selection (Ctrl+Shift+S).
     */
    public List<MenuItem> menuItems() {
        MenuItem save = new MenuItem(messages.get("menu.view.saveView"));
        save.setId("menuSaveView");
        save.setAccelerator(new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN));
        save.setOnAction(e -> saveView());
        Menu saved = new Menu(messages.get("menu.view.savedViews"));
        saved.setId("menuSavedViews");
        rebuild(saved);
        views.views().addListener((ListChangeListener<SavedView>) c -> rebuild(saved));
        MenuItem manage = new MenuItem(messages.get("menu.view.manageViews"));
        manage.setId("menuManageViews");
        manage.setOnAction(e -> SavedViewsDialog.show(owner.get(), messages, views));
        MenuItem zoom = new MenuItem(messages.get("menu.view.zoomToSelection"));
        zoom.setId("menuZoomToSelection");
        zoom.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        zoom.setOnAction(e -> zoomToSelection());
        zoom.disableProperty().bind(nothingSelected);
        return List.of(new SeparatorMenuItem(), save, saved, manage, new SeparatorMenuItem(), zoom);
    }

    /** A tool-bar button for Zoom to selection, disabled while nothing is selected. */
    public Button zoomToSelectionButton() {
        Button button = new Button(messages.get("toolbar.zoomToSelection"));
        button.setId("zoomToSelection");
        button.setTooltip(new Tooltip(messages.get("toolbar.zoomToSelection.tooltip")));
        button.setFocusTraversable(false);
        button.disableProperty().bind(nothingSelected);
        button.setOnAction(e -> zoomToSelection());
        return button;
    }

    /** Shows the extent of the selected households and clients (at least 1 km); nothing selected: a hint. */
    public void zoomToSelection() {
        MapContent content = map.contentProperty().get();
        var area = SelectionExtent.of(content == null ? null : content.points(),
                targeting.selectedHouseholdsProperty().get(), targeting.selectedClientsProperty().get());
        if (area.isEmpty()) {
            status.accept(messages.get("views.status.nothingSelected"));
            return;
        }
        Envelope extent = area.get();
        map.zoomTo(extent);
    }

    /** Asks a name and saves the current view. */
    public void saveView() {
        if (!views.canSave()) {
            return;
        }
        SaveViewDialog.ask(owner.get(), messages, views)
                .ifPresent(view -> status.accept(messages.get("views.status.saved", view.name())));
    }

    private void rebuild(Menu saved) {
        saved.getItems().clear();
        if (views.views().isEmpty()) {
            MenuItem none = new MenuItem(messages.get("menu.view.noSavedViews"));
            none.setDisable(true);
            saved.getItems().add(none);
            return;
        }
        for (SavedView view : views.views()) {
            MenuItem item = new MenuItem(view.name());
            item.setMnemonicParsing(false);
            item.setUserData(view.name());
            item.setOnAction(e -> {
                if (views.jumpTo(view.name())) {
                    status.accept(messages.get("views.status.jumped", view.name()));
                }
            });
            saved.getItems().add(item);
        }
    }

    private void loadViews() {
        Path folder = projectFolder.get();
        if (folder == null) {
            return;
        }
        long startedAt = changes;
        BackgroundTasks.run(monitor -> service.load(folder), loaded -> {
            if (changes != startedAt || !folder.equals(projectFolder.get())) {
                return; // the user changed the list meanwhile, or another project is open
            }
            views.setViews(loaded.views());
            if (loaded.problem() != null && !folder.equals(problemReportedFor)) {
                problemReportedFor = folder;
                status.accept(loaded.problem());
            }
        }, failure -> status.accept(messages.get("views.status.loadFailed", sentence(failure))), () -> { });
    }

    private void persist(List<SavedView> list) {
        changes++;
        Path folder = projectFolder.get();
        if (folder == null) {
            return;
        }
        pendingSave = list;
        pendingFolder = folder;
        if (!saving) {
            saveNext();
        }
    }

    /** Saves the newest list not yet saved, then looks again: at most one save runs at a time. */
    private void saveNext() {
        List<SavedView> list = pendingSave;
        Path folder = pendingFolder;
        pendingSave = null;
        saving = list != null;
        if (list == null) {
            return;
        }
        BackgroundTasks.run(monitor -> {
            service.save(folder, list);
            return folder;
        }, done -> saveNext(), failure -> {
            status.accept(messages.get("views.status.saveFailed", sentence(failure)));
            saveNext();
        }, this::saveNext);
    }

    private String sentence(Throwable failure) {
        return FailureSentences.of(failure).orElseGet(() -> failure.getMessage() == null
                ? failure.getClass().getSimpleName() : failure.getMessage());
    }
}

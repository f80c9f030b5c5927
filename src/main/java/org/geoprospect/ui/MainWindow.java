package org.geoprospect.ui;

import java.io.File;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.geoprospect.ui.importing.CustomerImportDialog;
import org.geoprospect.ui.importing.LayerImportDialog;
import org.geoprospect.ui.layers.LayerPanel;
import org.geoprospect.ui.map.MapView;

/**
 * The main window (View): menu bar, tool bar, layer panel, map, status line and the loading
 * overlay, all bound to a {@link MainViewModel}.
 */
public final class MainWindow {
    private final Messages messages;
    private final MainViewModel viewModel;
    private Stage stage;
    private MapView mapView;
    private TargetingPanels targetingPanels;
    private java.util.function.Consumer<String> documentOpener;
    private File lastImportFolder;
    private org.geoprospect.ui.map.MapViewsMenu mapViews;
    private org.geoprospect.ui.project.ProjectActions projectActions;
    private SidePanels sidePanels;
    private org.geoprospect.service.WindowSettings windowSettings;

    public MainWindow(Messages messages) {
        this.messages = messages;
        this.viewModel = new MainViewModel(messages);
    }

    public MainViewModel viewModel() {
        return viewModel;
    }

    /** Lets dialogs open a folder in the system's file manager (the application's HostServices); may be null. */
    public void setDocumentOpener(java.util.function.Consumer<String> opener) {
        this.documentOpener = opener;
    }

    /** The map area (for tests and screenshots); null before {@link #show}. */
    MapView mapView() {
        return mapView;
    }

    /** View ▸ saved views and Zoom to selection (created on first use: the menu and the tool bar share it). */
    public org.geoprospect.ui.map.MapViewsMenu mapViews() {
        if (mapViews == null) {
            mapViews = new org.geoprospect.ui.map.MapViewsMenu(messages, viewModel.map(), viewModel.targeting(),
                    viewModel::projectFolder, viewModel::showStatus, () -> stage);
        }
        return mapViews;
    }

    /**
     * Where the side panels' widths are remembered (the application sets the user's file; tests may give
     * their own); call before {@link #show}. Without it, nothing is remembered.
     */
    public void setWindowSettings(org.geoprospect.service.WindowSettings settings) {
        this.windowSettings = settings;
    }

    /** The side panels (tests); null before {@link #show}. */
    public SidePanels sidePanels() {
        return sidePanels;
    }

    /** What the File menu's project items do (tests); null before {@link #show}. */
    public org.geoprospect.ui.project.ProjectActions projectActions() {
        return projectActions;
    }

    /** The targeting panels on the right (for tests and screenshots); null before {@link #show}. */
    public TargetingPanels targetingPanels() {
        return targetingPanels;
    }

    /** Builds the scene into the stage and shows it. */
    public void show(Stage target) {
        this.stage = target;
        StartupProbe.mark("sceneBuildStart");
        mapView = new MapView(viewModel.map());
        mapView.attach(viewModel.prospecting().tools(), viewModel.prospecting()::clicked);
        javafx.scene.Node recordCard = org.geoprospect.ui.map.MapPanels.recordCard(viewModel.prospecting(), messages);
        StackPane.setAlignment(recordCard, Pos.TOP_RIGHT);
        StackPane.setMargin(recordCard, new Insets(10, 70, 10, 10));
        // The card stays inside the map: never wider or taller than the map leaves beside its margins.
        if (recordCard instanceof org.geoprospect.ui.records.RecordCardView card) {
            card.maxWidthProperty().bind(javafx.beans.binding.Bindings.min(org.geoprospect.ui.records.RecordCardView.MAX_WIDTH,
                    mapView.widthProperty().subtract(90)));
            card.heightLimitProperty().bind(mapView.heightProperty().subtract(20));
        }
        projectActions = new org.geoprospect.ui.project.ProjectActions(messages, viewModel, () -> stage);
        StackPane centre = new StackPane(mapView, recordCard,
                new org.geoprospect.ui.project.NoProjectPane(messages, viewModel, projectActions), loadingOverlay());
        javafx.scene.control.TabPane left = org.geoprospect.ui.map.MapPanels.leftPanel(viewModel.map(), viewModel.prospecting(), messages);
        targetingPanels = new TargetingPanels(messages, viewModel);
        // Without a project the side panels have nothing to act on.
        targetingPanels.disableProperty().bind(viewModel.projectOpenProperty().not());
        left.disableProperty().bind(viewModel.projectOpenProperty().not());
        sidePanels = new SidePanels(left, centre, targetingPanels, windowSettings);
        BorderPane root = new BorderPane(sidePanels.node());
        root.setTop(new VBox(menuBar(), toolBar()));
        root.setBottom(statusLine());
        Scene scene = new Scene(root);
        stage.titleProperty().bind(viewModel.titleProperty());
        stage.setScene(scene);
        org.geoprospect.ui.map.ToolShortcuts.install(scene, viewModel.prospecting().tools());
        viewModel.errorProperty().addListener((o, a, error) -> {
            if (error != null) {
                // Shown after the current pulse so a failure during start-up still gets its dialog.
                Platform.runLater(() -> showError(error));
            }
        });
        viewModel.setQuitAction(Platform::exit);
        viewModel.openFailureProperty().addListener((o, a, failure) -> {
            if (failure != null) {
                // After the current pulse (showAndWait is not allowed during layout); cleared first so a
                // second failure after "Try again" shows its own dialog.
                Platform.runLater(() -> {
                    viewModel.clearOpenFailure();
                    org.geoprospect.ui.safety.OpenFailureDialog.showAndChoose(stage, messages.get("app.title"), failure);
                });
            }
        });
        viewModel.loadingProperty().addListener((o, was, now) -> {
            if (!now) {
                mapView.requestFocus();
            }
        });
        WindowSizing.mainWindow(stage);
        StartupProbe.mark("stageShowCalled");
        stage.show();
        mapView.requestFocus();
    }

    private VBox loadingOverlay() {
        ProgressIndicator progress = new ProgressIndicator();
        progress.progressProperty().bind(viewModel.loadProgressProperty());
        progress.setMaxSize(64, 64);
        Label text = new Label();
        text.textProperty().bind(viewModel.loadingTextProperty());
        Button cancel = new Button(messages.get("load.cancel"));
        cancel.setId("cancelLoad");
        cancel.setOnAction(e -> viewModel.cancelLoad());
        VBox overlay = new VBox(12, progress, text, cancel);
        overlay.setId("loadingOverlay");
        overlay.setAlignment(Pos.CENTER);
        overlay.setStyle("-fx-background-color: rgba(255,255,255,0.85);");
        overlay.visibleProperty().bind(viewModel.loadingProperty());
        overlay.managedProperty().bind(viewModel.loadingProperty());
        return overlay;
    }

    private MenuBar menuBar() {
        MenuItem export = new MenuItem(messages.get("menu.file.export"));
        export.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        export.setOnAction(e -> exportMap());
        export.disableProperty().bind(viewModel.loadingProperty());
        MenuItem importLayer = new MenuItem(messages.get("menu.file.importLayer"));
        importLayer.setId("menuImportLayer");
        importLayer.setAccelerator(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN));
        importLayer.setOnAction(e -> chooseLayerFile());
        importLayer.disableProperty().bind(viewModel.importAvailableProperty().not());
        MenuItem importCustomers = new MenuItem(messages.get("menu.file.importCustomers"));
        importCustomers.setId("menuImportCustomers");
        importCustomers.setAccelerator(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        importCustomers.setOnAction(e -> chooseCustomerFile());
        importCustomers.disableProperty().bind(viewModel.importAvailableProperty().not());
        MenuItem quit = new MenuItem(messages.get("menu.file.quit"));
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> stage.close());
        MenuItem restoreBackup = new MenuItem(messages.get("menu.file.restoreBackup"));
        restoreBackup.setId("menuRestoreBackup");
        restoreBackup.setOnAction(e -> restoreBackup());
        restoreBackup.disableProperty().bind(viewModel.loadingProperty());
        MenuItem automaticBackups = new MenuItem(messages.get("menu.file.automaticBackups"));
        automaticBackups.setId("menuAutomaticBackups");
        automaticBackups.setOnAction(e -> chooseAutomaticBackups());
        automaticBackups.disableProperty().bind(viewModel.importAvailableProperty().not());
        Menu file = new Menu(messages.get("menu.file"));
        file.getItems().addAll(org.geoprospect.ui.project.ProjectMenu.items(messages, viewModel, projectActions));
        file.getItems().addAll(new javafx.scene.control.SeparatorMenuItem(), importLayer, importCustomers,
                new javafx.scene.control.SeparatorMenuItem(), export, restoreBackup, automaticBackups,
                new javafx.scene.control.SeparatorMenuItem(), quit);
        file.setId("menuFile");

        Menu edit = editMenu();

        MenuItem full = new MenuItem(messages.get("menu.view.fullExtent"));
        full.setAccelerator(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN));
        full.setOnAction(e -> viewModel.map().zoomToFullExtent());
        MenuItem zoomIn = new MenuItem(messages.get("menu.view.zoomIn"));
        zoomIn.setOnAction(e -> viewModel.map().zoomIn());
        MenuItem zoomOut = new MenuItem(messages.get("menu.view.zoomOut"));
        zoomOut.setOnAction(e -> viewModel.map().zoomOut());
        javafx.scene.control.CheckMenuItem showLeft = new javafx.scene.control.CheckMenuItem(messages.get("menu.view.leftPanel"));
        showLeft.setId("menuShowLeftPanel");
        showLeft.setAccelerator(new KeyCodeCombination(KeyCode.F9));
        showLeft.selectedProperty().bindBidirectional(sidePanels.leftShownProperty());
        javafx.scene.control.CheckMenuItem showRight = new javafx.scene.control.CheckMenuItem(messages.get("menu.view.rightPanel"));
        showRight.setId("menuShowRightPanel");
        showRight.setAccelerator(new KeyCodeCombination(KeyCode.F10));
        showRight.selectedProperty().bindBidirectional(sidePanels.rightShownProperty());
        Menu view = new Menu(messages.get("menu.view"), null, full, zoomIn, zoomOut);
        view.getItems().addAll(mapViews().menuItems());
        view.getItems().addAll(new javafx.scene.control.SeparatorMenuItem(), showLeft, showRight);

        MenuItem about = new MenuItem(messages.get("menu.help.about"));
        about.setOnAction(e -> showAbout());
        Menu help = new Menu(messages.get("menu.help"), null, about);
        MenuBar bar = new MenuBar(file, edit, view, help);
        bar.setId("menuBar");
        return bar;
    }

    /** Edit ▸ Undo (Ctrl+Z) and Redo (Ctrl+Shift+Z), naming the edit they act on; run off the FX thread. */
    private Menu editMenu() {
        org.geoprospect.ui.undo.UndoHistory history = viewModel.undoHistory();
        MenuItem undo = new MenuItem(messages.get("menu.edit.undo"));
        undo.setId("menuUndo");
        undo.setAccelerator(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        undo.setOnAction(e -> replay(history::undo, "menu.edit.undoWhat"));
        MenuItem redo = new MenuItem(messages.get("menu.edit.redo"));
        redo.setId("menuRedo");
        redo.setAccelerator(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        redo.setOnAction(e -> replay(history::redo, "menu.edit.redoWhat"));
        Menu edit = new Menu(messages.get("menu.edit"), null, undo, redo);
        edit.setOnShowing(e -> {
            undo.setText(history.nextUndo().map(what -> messages.get("menu.edit.undoWhat", what)).orElse(messages.get("menu.edit.undo")));
            undo.setDisable(history.nextUndo().isEmpty());
            redo.setText(history.nextRedo().map(what -> messages.get("menu.edit.redoWhat", what)).orElse(messages.get("menu.edit.redo")));
            redo.setDisable(history.nextRedo().isEmpty());
        });
        return edit;
    }

    private void replay(java.util.function.Supplier<java.util.Optional<org.geoprospect.ui.undo.UndoableCommand>> step, String key) {
        BackgroundTasks.run(m -> org.geoprospect.service.ProjectAccess.whenFree(step::get), done -> done.ifPresent(command -> {
            viewModel.showStatus(messages.get(key, command.description()));
            if (targetingPanels != null) {
                targetingPanels.saved().refresh();
            }
        }), failure -> viewModel.showStatus(org.geoprospect.service.FailureSentences.of(failure)
                .orElse(messages.get("target.failed.unknown", failure.getClass().getSimpleName()))), () -> { });
    }

    private ToolBar toolBar() {
        Button full = new Button(messages.get("toolbar.fullExtent"));
        full.setId("fullExtent");
        full.setTooltip(new Tooltip(messages.get("toolbar.fullExtent.tooltip")));
        full.setOnAction(e -> viewModel.map().zoomToFullExtent());
        Button zoomIn = new Button("+");
        zoomIn.setId("zoomIn");
        zoomIn.setTooltip(new Tooltip(messages.get("toolbar.zoomIn.tooltip")));
        zoomIn.setOnAction(e -> viewModel.map().zoomIn());
        Button zoomOut = new Button("−");
        zoomOut.setId("zoomOut");
        zoomOut.setTooltip(new Tooltip(messages.get("toolbar.zoomOut.tooltip")));
        zoomOut.setOnAction(e -> viewModel.map().zoomOut());
        for (Button b : new Button[] {full, zoomIn, zoomOut}) {
            b.setFocusTraversable(false);
        }
        ToolBar bar = new ToolBar(full, new Separator(), zoomIn, zoomOut, mapViews().zoomToSelectionButton());
        bar.getItems().addAll(org.geoprospect.ui.map.MapPanels.selectionToolBarItems(viewModel.prospecting().tools(), messages));
        return bar;
    }

    private HBox statusLine() {
        Label projected = new Label();
        projected.setId("projectedPosition");
        projected.textProperty().bind(viewModel.map().projectedPositionProperty());
        projected.setMinWidth(330);
        Label geographic = new Label();
        geographic.setId("geographicPosition");
        geographic.textProperty().bind(viewModel.map().geographicPositionProperty());
        geographic.setMinWidth(200);
        Label message = new Label();
        message.setId("statusMessage");
        message.textProperty().bind(viewModel.statusMessageProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label scale = new Label();
        scale.setId("scale");
        scale.textProperty().bind(viewModel.map().scaleTextProperty());
        HBox line = new HBox(16, projected, geographic, message,
                org.geoprospect.ui.map.MapPanels.selectionCounts(viewModel.prospecting().tools()), spacer, scale);
        line.setId("statusLine");
        line.setPadding(new Insets(4, 10, 4, 10));
        line.setAlignment(Pos.CENTER_LEFT);
        line.setStyle("-fx-border-color: #c8c8c8 transparent transparent transparent;");
        return line;
    }

    /** File ▸ Export map: the layout dialog on what the map shows now (issue 14). */
    private void exportMap() {
        var view = viewModel.map().viewportProperty().get();
        if (view == null || viewModel.map().contentProperty().get() == null) {
            return;
        }
        var source = new org.geoprospect.ui.map.MapExportSource(viewModel.projectFolder(), viewModel.projectNameProperty().get(),
                shownTargetName(), viewModel.map().exportScene(viewModel.targeting().potentialDescriptionProperty().get()),
                view.envelope(), view.width(), view.height(), viewModel.readOnlyProperty().get());
        var model = new org.geoprospect.ui.map.MapExportModel(messages, source, new org.geoprospect.service.MapCreditsService(),
                java.util.Locale.getDefault());
        model.exportedProperty().addListener((o, a, file) -> {
            if (file != null) {
                viewModel.showStatus(messages.get("status.exported", file));
            }
        });
        new org.geoprospect.ui.map.MapExportDialog(stage, model, messages).show();
    }

    /** The saved target whose households the dots show ("Show as potential"), or null. */
    private String shownTargetName() {
        var shown = viewModel.targeting().potentialFilterProperty().get();
        var counted = targetingPanels == null ? null : targetingPanels.criteria().resultProperty().get();
        if (shown == null || counted == null || counted.households() != shown) {
            return null;
        }
        try {
            return targetingPanels.saved().savedNameOf(targetingPanels.criteria().definition()).orElse(null);
        } catch (IllegalArgumentException e) {
            return null; // the panel's criteria are being edited into something invalid: no name to give
        }
    }

    private void chooseLayerFile() {
        FileChooser chooser = importChooser("import.layer.choose");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("import.filter.layers"), "*.shp", "*.SHP", "*.geojson", "*.json"),
                new FileChooser.ExtensionFilter(messages.get("import.filter.shapefile"), "*.shp", "*.SHP"),
                new FileChooser.ExtensionFilter(messages.get("import.filter.geojson"), "*.geojson", "*.json"));
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            lastImportFolder = file.getParentFile();
            openLayerImport(file.toPath());
        }
    }

    private void chooseCustomerFile() {
        FileChooser chooser = importChooser("import.customers.choose");
        chooser.getExtensionFilters().add(
                new FileChooser.ExtensionFilter(messages.get("import.filter.csv"), "*.csv", "*.CSV", "*.txt", "*.tsv"));
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            lastImportFolder = file.getParentFile();
            openCustomerImport(file.toPath());
        }
    }

    private FileChooser importChooser(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get(titleKey));
        if (lastImportFolder != null && lastImportFolder.isDirectory()) {
            chooser.setInitialDirectory(lastImportFolder);
        }
        return chooser;
    }

    /** Opens the "Import layer" dialog for a file (the menu does this after its file chooser). */
    public LayerImportDialog openLayerImport(java.nio.file.Path file) {
        LayerImportDialog dialog = new LayerImportDialog(stage, viewModel.newLayerImport(file), messages);
        dialog.show();
        return dialog;
    }

    /** Opens the "Import customer file" dialog for a file (the menu does this after its file chooser). */
    public CustomerImportDialog openCustomerImport(java.nio.file.Path file) {
        CustomerImportDialog dialog = new CustomerImportDialog(stage, viewModel.newCustomerImport(file), messages,
                documentOpener);
        dialog.show();
        return dialog;
    }

    /** File ▸ Automatic backups: the number kept, read and saved off the FX thread. */
    private void chooseAutomaticBackups() {
        java.nio.file.Path folder = viewModel.projectFolder();
        if (folder == null) {
            return;
        }
        org.geoprospect.service.BackupService backups = new org.geoprospect.service.BackupService();
        BackgroundTasks.run(m -> org.geoprospect.service.ProjectAccess.whenFree(() -> backups.keep(folder)),
                current -> org.geoprospect.ui.safety.AutomaticBackupsDialog.ask(stage, messages, current).ifPresent(keep ->
                        BackgroundTasks.run(m -> org.geoprospect.service.ProjectAccess.whenFree(() -> {
                            backups.setKeep(folder, keep);
                            return keep;
                        }), kept -> viewModel.showStatus(messages.get("backups.keep.saved", kept)),
                                failure -> showError(new MainViewModel.UserError(messages.get("backups.keep.title"),
                                        viewModel.userSentence(failure))), () -> { })),
                failure -> showError(new MainViewModel.UserError(messages.get("backups.keep.title"),
                        viewModel.userSentence(failure))), () -> { });
    }

    private void restoreBackup() {
        if (viewModel.projectFolder() == null) {
            return;
        }
        try {
            org.geoprospect.ui.safety.RestoreBackupDialog.show(stage, messages, viewModel.newRestoreBackup());
        } catch (RuntimeException e) {
            showError(new MainViewModel.UserError(messages.get("restore.title"), viewModel.userSentence(e)));
        }
    }

    private void showError(MainViewModel.UserError error) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(stage);
        alert.setTitle(messages.get("app.title"));
        alert.setHeaderText(error.header());
        alert.setContentText(error.message());
        alert.show();
        viewModel.clearError();
    }

    private void showAbout() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(stage);
        alert.setTitle(messages.get("about.title"));
        alert.setHeaderText(messages.get("about.header", AppInfo.version()));
        alert.setContentText(messages.get("about.text"));
        alert.showAndWait();
    }
}

package org.geoprospect.ui.tour;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.geoprospect.analysis.selection.ShapeSelections;
import org.geoprospect.render.points.PointLayers;
import org.geoprospect.service.AnalysisSession;
import org.geoprospect.service.ProjectAccess;
import org.geoprospect.service.TourService;
import org.geoprospect.ui.MainViewModel;
import org.geoprospect.ui.Messages;
import org.geoprospect.ui.map.MapPick;
import org.geoprospect.ui.map.MapViewModel;

/**
 * The "Tour" side panel: the stops chosen and what the contact policy makes of them (who is left out
 * and why, who is visited without name or address, checked as soon as the choice changes and the
 * panel shows), where the days start (and end), the day rules, Plan with progress and Cancel, one tab
 * per day with the numbered stops (drag to reorder, also across days; Up/Down and day buttons for the
 * keyboard; Delete removes), stops added by clicking the map, the totals, and "Export tour pack…",
 * which writes exactly the tour shown. Only binds to {@link TourPlanViewModel}. FX thread.
 */
public final class TourPanel extends VBox {
    private final TourPlanViewModel model;
    private final TourSource source;
    private final Messages messages;
    private final MapViewModel map;
    private final Supplier<Path> project;
    private final TourService service;
    private final DayTabs days;
    private final MapClickPicker picker;
    private final ToggleButton pickStart;
    private final ToggleButton pickEnd;
    private final ToggleButton addOnMap;
    private final PolicyCheckView policyView;
    private Function<Window, File> folderChooser = this::chooseFolder;

    public TourPanel(TourPlanViewModel model, TourSource source, Messages messages, MapViewModel map,
                     Supplier<Path> project, TourService service) {
        this.model = model;
        this.source = source;
        this.messages = messages;
        this.map = map;
        this.project = project;
        this.service = service;
        this.days = new DayTabs(model, messages);
        this.policyView = new PolicyCheckView(model.policy(), source::stops);
        this.picker = new MapClickPicker(map, this::picked);
        this.pickStart = pickButton("tourPickStart", MapClickPicker.Mode.START);
        this.pickEnd = pickButton("tourPickEnd", MapClickPicker.Mode.END);
        this.addOnMap = pickButton("tourAddOnMap", MapClickPicker.Mode.ADD_STOPS);
        addOnMap.setText(messages.get("tour.addOnMap"));
        addOnMap.setTooltip(new Tooltip(messages.get("tour.addOnMap.tip")));
        setId("tourPanel");
        // On a small screen (1366 × 768) the panel is taller than the window: everything but the export
        // line scrolls, the day tabs taking what height is left when there is room.
        VBox content = new VBox(6, planBox(), days, editButtons(), totals());
        content.setPadding(new Insets(8, 8, 0, 8));
        VBox.setVgrow(days, Priority.ALWAYS);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setId("tourScroll");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge"); // no border: it reads as the panel itself
        Node export = exportLine();
        VBox.setMargin(export, new Insets(0, 8, 8, 8));
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(scroll, export);
        source.onChange(() -> {
            model.choiceChanged();
            policyView.requestCheck();
        });
        policyView.requestCheck();
    }

    /**
     * The panel wired into the main window: stops from the map selection or the current target, the
     * route drawn on the map, edits recorded in the window's undo history.
     *
     * @param session the loaded data the selections refer to
     * @param target  the current target's live result
     */
    public static TourPanel create(Messages messages, MainViewModel main, ObservableValue<AnalysisSession> session,
                                   ObservableValue<ShapeSelections> target, ObservableValue<Boolean> limitedToSelection) {
        TourPlanViewModel model = new TourPlanViewModel(messages, main.undoHistory());
        TourService service = new TourService(messages.locale());
        model.policy().setScreener(codes -> {
            Path folder = main.projectFolder();
            if (folder == null) {
                throw new IllegalStateException(messages.get("tour.problem.noProject"));
            }
            return ProjectAccess.whenFree(() -> service.screen(folder, codes));
        });
        MapViewModel map = main.map();
        model.overlayProperty().addListener((o, a, overlay) -> map.setTourOverlay(overlay));
        // The roads graph is built once per loaded content, in the background, as the tour pack measures.
        model.setTravelModel(TravelModel.forContent(map.contentProperty().get()));
        map.contentProperty().addListener((o, a, content) -> model.setTravelModel(TravelModel.forContent(content)));
        session.addListener((o, a, s) -> {
            if (s != null) {
                model.places().setProjectSrid(s.data().projectSrid());
            }
        });
        if (session.getValue() != null) {
            model.places().setProjectSrid(session.getValue().data().projectSrid());
        }
        TourSource source = new TourSource(messages, session, main.targeting(), target, limitedToSelection);
        return new TourPanel(model, source, messages, map, main::projectFolder, service);
    }

    private Node planBox() {
        Label stops = new Label();
        stops.setId("tourSource");
        stops.setWrapText(true);
        stops.setMinHeight(Region.USE_PREF_SIZE);
        stops.textProperty().bind(source.descriptionBinding());
        TextField start = field("tourStart", model.places().startProperty(), messages.get("tour.start.prompt"));
        TextField end = field("tourEnd", model.places().endProperty(), messages.get("tour.end.prompt"));
        start.setOnAction(e -> model.applyPlaces());
        end.setOnAction(e -> model.applyPlaces());
        pickStart.setText(messages.get("tour.pick"));
        pickEnd.setText(messages.get("tour.pick"));
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(4);
        grid.addRow(0, new Label(messages.get("tour.start")), start, pickStart);
        grid.addRow(1, new Label(messages.get("tour.end")), end, pickEnd);
        GridPane.setHgrow(start, Priority.ALWAYS);
        GridPane.setHgrow(end, Priority.ALWAYS);

        DayRulesForm r = model.rules();
        GridPane rules = new GridPane();
        rules.setHgap(6);
        rules.setVgap(4);
        rules.addRow(0, new Label(messages.get("tour.rules.perDay")), small("tourMaxPerDay", r.maxPerDayProperty(), "—"),
                new Label(messages.get("tour.rules.days")), small("tourMaxDays", r.maxDaysProperty(), "—"));
        rules.addRow(1, new Label(messages.get("tour.rules.from")), small("tourDayStart", r.dayStartProperty(), "09:00"),
                new Label(messages.get("tour.rules.to")), small("tourDayEnd", r.dayEndProperty(), "18:00"));
        rules.addRow(2, new Label(messages.get("tour.rules.visit")), small("tourVisitMinutes", r.visitMinutesProperty(), "30"),
                new Label(messages.get("tour.rules.speed")), small("tourSpeed", r.speedKmhProperty(), "40"));
        rules.addRow(3, new Label(messages.get("tour.rules.detour")), small("tourDetour", model.detourProperty(), "1.3"));
        TitledPane rulesPane = new TitledPane(messages.get("tour.rules"), rules);
        rulesPane.setExpanded(false);
        rulesPane.setId("tourRules");

        Button plan = new Button(messages.get("tour.plan"));
        plan.setId("tourPlan");
        plan.setDefaultButton(false);
        plan.disableProperty().bind(model.busyProperty());
        plan.setOnAction(e -> planFromSource());
        Button cancel = new Button(messages.get("tour.cancel"));
        cancel.setId("tourCancel");
        cancel.visibleProperty().bind(model.busyProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> model.cancel());
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        progress.setPrefWidth(120);
        HBox actions = new HBox(6, plan, progress, cancel);
        actions.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, stops, policyView, grid, rulesPane, actions);
    }

    private void planFromSource() {
        try {
            model.plan(source.stops());
        } catch (IllegalArgumentException e) {
            model.reportChoice(e);
        }
    }

    private Node editButtons() {
        Button up = button("tourUp", "tour.up", () -> shift(-1, 0));
        Button down = button("tourDown", "tour.down", () -> shift(1, 0));
        Button previousDay = button("tourPreviousDay", "tour.previousDay", () -> shift(0, -1));
        Button nextDay = button("tourNextDay", "tour.nextDay", () -> shift(0, 1));
        Button remove = button("tourRemove", "tour.remove", () -> {
            StopRow row = days.selectedRow();
            if (row != null) {
                model.remove(row.day(), row.index());
            }
        });
        Button recompute = button("tourRecompute", "tour.recompute", model::recompute);
        recompute.setTooltip(new Tooltip(messages.get("tour.recompute.tip")));
        for (Button b : new Button[] {up, down, previousDay, nextDay, remove, recompute}) {
            b.disableProperty().bind(model.planProperty().isNull().or(model.busyProperty()));
        }
        HBox line1 = new HBox(4, up, down, previousDay, nextDay, remove);
        HBox line2 = new HBox(4, addOnMap, recompute);
        return new VBox(4, line1, line2);
    }

    /** Moves the selected stop by rows within its day, or to the neighbouring day's end (next) or start (previous). */
    private void shift(int rows, int dayStep) {
        StopRow row = days.selectedRow();
        TourPlan plan = model.planProperty().get();
        if (row == null || plan == null) {
            return;
        }
        days.keepSelected(row.code());
        if (dayStep == 0) {
            int to = row.index() + rows;
            if (to >= 0 && to < plan.days().get(row.day()).size()) {
                model.move(row.day(), row.index(), row.day(), to);
            }
            return;
        }
        int toDay = row.day() + dayStep;
        if (toDay < 0) {
            return;
        }
        // Past the last day a new day begins; the stop goes first in a later day, last in an earlier one.
        int toIndex = dayStep > 0 ? 0 : plan.days().get(toDay).size();
        model.move(row.day(), row.index(), toDay, toIndex);
    }

    private Node totals() {
        Label message = new Label();
        message.setId("tourMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.setStyle("-fx-font-weight: bold;");
        Label problem = new Label();
        problem.setId("tourProblem");
        problem.setWrapText(true);
        problem.setStyle("-fx-text-fill: #b00020;");
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        return new VBox(2, message, problem);
    }

    private Node exportLine() {
        Button export = new Button(messages.get("tour.export"));
        export.setId("tourExport");
        export.disableProperty().bind(model.planProperty().isNull().or(model.busyProperty()));
        export.setOnAction(e -> exportPack());
        Button clear = button("tourClear", "tour.clear", model::clear);
        clear.disableProperty().bind(model.planProperty().isNull().or(model.busyProperty()));
        HBox line = new HBox(6, export, clear);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private void exportPack() {
        Path folder = project.get();
        if (folder == null) {
            model.report(new IllegalStateException(messages.get("tour.problem.noProject")));
            return;
        }
        File chosen = folderChooser.apply(getScene() == null ? null : getScene().getWindow());
        if (chosen != null) {
            model.exportPack(folder, chosen.toPath(), service);
        }
    }

    private File chooseFolder(Window owner) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("tour.export.title"));
        return chooser.showDialog(owner);
    }

    /**
     * Replaces the system's folder dialog of "Export tour pack…" (headless tests, where no native dialog
     * can open); {@code chooser} returns the folder chosen, or null for Cancel.
     */
    void setFolderChooser(Function<Window, File> chooser) {
        this.folderChooser = java.util.Objects.requireNonNull(chooser, "chooser");
    }

    private void picked(MapClickPicker.Mode mode, MapPoint point, MapPick hit) {
        switch (mode) {
            case START -> {
                model.setStart(point);
                pickStart.setSelected(false);
            }
            case END -> {
                model.places().showEnd(point);
                model.applyPlaces();
                pickEnd.setSelected(false);
            }
            case ADD_STOPS -> addPicked(hit);
            default -> { }
        }
    }

    private void addPicked(MapPick hit) {
        if (hit == null || hit.kind() == MapPick.Kind.COMPETITOR) {
            model.report(new IllegalArgumentException(messages.get("tour.problem.nothingToAdd")));
            return;
        }
        PointLayers shown = map.shownPoints();
        PlannedStop stop = hit.kind() == MapPick.Kind.CLIENT ? TourStops.client(hit.client(shown))
                : TourStops.household(shown.households(), hit.id());
        days.keepSelected(stop.code());
        model.add(stop);
    }

    private ToggleButton pickButton(String id, MapClickPicker.Mode mode) {
        ToggleButton toggle = new ToggleButton();
        toggle.setId(id);
        toggle.selectedProperty().addListener((o, was, on) -> {
            if (on) {
                for (ToggleButton other : new ToggleButton[] {pickStart, pickEnd, addOnMap}) {
                    if (other != null && other != toggle) {
                        other.setSelected(false);
                    }
                }
                picker.arm(mode, this);
            } else if (picker.mode() == mode) {
                picker.arm(MapClickPicker.Mode.NONE, this);
            }
        });
        return toggle;
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty text, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(text);
        return f;
    }

    private static TextField small(String id, javafx.beans.property.StringProperty text, String prompt) {
        TextField f = field(id, text, prompt);
        f.setPrefColumnCount(5);
        return f;
    }

    /** The panel's state (tests). */
    public TourPlanViewModel viewModel() {
        return model;
    }

    /** Plans from the current choice, as the Plan button does (tests). */
    public void planNow() {
        planFromSource();
    }
}

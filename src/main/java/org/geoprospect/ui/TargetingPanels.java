package org.geoprospect.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.geoprospect.analysis.definition.TargetDefinition;
import org.geoprospect.analysis.selection.ShapeSelections;
import org.geoprospect.index.HouseholdColumns;
import org.geoprospect.index.Selection;
import org.geoprospect.service.ExportService;
import org.geoprospect.service.RetentionService;
import org.geoprospect.service.TargetService;
import org.geoprospect.ui.export.ExportDialog;
import org.geoprospect.ui.export.ExportViewModel;
import org.geoprospect.ui.privacy.PrivacyPanel;
import org.geoprospect.ui.privacy.PrivacyViewModel;
import org.geoprospect.ui.ranking.RankingPanel;
import org.geoprospect.ui.ranking.RankingViewModel;
import org.geoprospect.ui.target.AnalysisContext;
import org.geoprospect.ui.target.CriteriaPanel;
import org.geoprospect.ui.target.CriteriaViewModel;
import org.geoprospect.ui.target.SavedTargetsPanel;
import org.geoprospect.ui.target.SavedTargetsViewModel;

/**
 * The right-hand side of the main window: the targeting panels in tabs (Target: criteria, live counts,
 * saved targets and export; Best clients: the ranking; Privacy: retention, objections, audit log),
 * and the line where they report a failure. Owns their ViewModels and opens the project's data for
 * them whenever the map's content is (re)loaded. FX thread only.
 */
public final class TargetingPanels extends BorderPane {
    private final Messages messages;
    private final MainViewModel main;
    private final AnalysisContext context;
    private final CriteriaViewModel criteria;
    private final SavedTargetsViewModel saved;
    private final RankingViewModel ranking;
    private final PrivacyViewModel privacy;

    public TargetingPanels(Messages messages, MainViewModel main) {
        this.messages = messages;
        this.main = main;
        this.context = new AnalysisContext(messages, main.targeting());
        this.criteria = new CriteriaViewModel(context);
        this.saved = new SavedTargetsViewModel(context, criteria, new TargetService());
        saved.setUndoHistory(main.undoHistory());
        this.ranking = new RankingViewModel(context);
        this.privacy = new PrivacyViewModel(context, new ExportService(), new RetentionService());
        privacy.setUndoHistory(main.undoHistory());
        setId("targetingPanels");
        setPrefWidth(500);
        setMinWidth(320);

        VBox target = new VBox(new CriteriaPanel(criteria, messages), new SavedTargetsPanel(saved, messages, this::openExport));
        VBox.setVgrow(target.getChildren().get(0), Priority.ALWAYS);
        // The tabs behind the first are built when first opened: the window shows sooner (their controls'
        // styling and layout cost a good part of a second at start-up on two cores).
        TabPane tabs = new TabPane(tab("tabTarget", messages.get("panels.tab.target"), target),
                LazyTab.of("tabRanking", messages.get("panels.tab.ranking"), () -> new RankingPanel(ranking, messages)),
                LazyTab.of("tabPrivacy", messages.get("panels.tab.privacy"), () -> new PrivacyPanel(privacy, messages)),
                LazyTab.of("tabTour", messages.get("panels.tab.tour"), () -> org.geoprospect.ui.tour.TourPanel.create(messages,
                        main, context.sessionProperty(), criteria.resultProperty(),
                        criteria.limitToSelectionProperty().and(criteria.hasSelectionBinding()))));
        tabs.setId("targetingTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setCenter(tabs);
        setBottom(problemLine());
        // The map's session: built over the households the map holds, so ids agree on both sides.
        main.prospecting().sessionProperty().addListener((o, a, session) -> context.use(main.projectFolder(), session));
        if (main.prospecting().sessionProperty().get() != null) {
            context.use(main.projectFolder(), main.prospecting().sessionProperty().get());
        }
        context.setReloader(() -> main.refreshMap(messages.get("status.ready")));
    }

    private static Tab tab(String id, String title, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }

    private HBox problemLine() {
        Label problem = new Label();
        problem.setId("panelsProblem");
        problem.setWrapText(true);
        problem.setStyle("-fx-text-fill: #b00020;");
        problem.textProperty().bind(context.problemProperty());
        Button dismiss = new Button("×");
        dismiss.setOnAction(e -> context.clearProblem());
        HBox.setHgrow(problem, Priority.ALWAYS);
        HBox line = new HBox(6, problem, dismiss);
        line.setPadding(new Insets(4));
        line.visibleProperty().bind(problem.textProperty().isNotEmpty());
        line.managedProperty().bind(line.visibleProperty());
        return line;
    }

    /** Opens the export dialog on the current target's households (or asks for a count first). */
    void openExport() {
        ShapeSelections current = criteria.resultProperty().get();
        if (context.session() == null || current == null) {
            context.report(new IllegalStateException(messages.get("exportList.problem.noTarget")));
            return;
        }
        HouseholdColumns households = context.session().data().households();
        Selection chosen = current.households();
        TargetDefinition definition;
        try {
            definition = criteria.definition();
        } catch (IllegalArgumentException e) {
            context.report(e);
            return;
        }
        String targetName = saved.savedNameOf(definition).orElse(null);
        BackgroundTasks.run(monitor -> anonCodes(households, chosen), codes -> {
            ExportViewModel model = new ExportViewModel(messages, new ExportService(), context.project(), codes, targetName,
                    definition);
            model.resultProperty().addListener((o, a, done) -> privacy.refresh());
            new ExportDialog(getScene().getWindow(), model, messages).show();
        }, context.reporter(), () -> { });
    }

    private static List<String> anonCodes(HouseholdColumns households, Selection chosen) {
        List<String> codes = new ArrayList<>(chosen.cardinality());
        chosen.forEach(id -> codes.add(households.anonCode(id)));
        return codes;
    }

    /** The panels' shared state (tests). */
    public AnalysisContext context() {
        return context;
    }

    public CriteriaViewModel criteria() {
        return criteria;
    }

    public SavedTargetsViewModel saved() {
        return saved;
    }

    public RankingViewModel ranking() {
        return ranking;
    }

    public PrivacyViewModel privacy() {
        return privacy;
    }
}

package org.geoprospect.ui.target;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;
import org.geoprospect.analysis.definition.TargetDefinition;
import org.geoprospect.analysis.selection.ShapeSelections;
import org.geoprospect.index.Selection;
import org.geoprospect.model.Channel;
import org.geoprospect.model.InterestLabels;
import org.geoprospect.model.Interests;
import org.geoprospect.service.AnalysisSession;
import org.geoprospect.ui.BackgroundTasks;
import org.geoprospect.ui.Messages;

/**
 * The criteria panel's state (issue 5 item 2): one property per field, the target definition they
 * describe ({@link CriteriaForm}), and live counts of matching households and clients. Counting is
 * debounced (an edit restarts a short pause) and runs on a background thread; a result that arrives
 * after a newer edit is dropped. FX-thread confined.
 */
public final class CriteriaViewModel {
    /** The pause after the last edit before counting. */
    static final Duration DEBOUNCE = Duration.millis(250);

    private final AnalysisContext context;
    private final Messages messages;
    final ObservableList<Choice> interests = FXCollections.observableArrayList();
    final BooleanProperty allInterests = new SimpleBooleanProperty(this, "allInterests");
    /** Contact categories (the command line's {@code --category}); none ticked: clients of category client. */
    final ObservableList<Choice> categories = FXCollections.observableArrayList();
    final ObservableList<Choice> ageBands = FXCollections.observableArrayList();
    final ObservableList<Choice> incomeBands = FXCollections.observableArrayList();
    final StringProperty minSize = new SimpleStringProperty(this, "minSize", "");
    final StringProperty maxSize = new SimpleStringProperty(this, "maxSize", "");
    final ObservableList<CodeLabel> channels = FXCollections.observableArrayList();
    final ObjectProperty<CodeLabel> channel = new SimpleObjectProperty<>(this, "channel");
    final BooleanProperty consentRequired = new SimpleBooleanProperty(this, "consentRequired", true);
    final BooleanProperty notObjected = new SimpleBooleanProperty(this, "notObjected", true);
    final StringProperty notContactedDays = new SimpleStringProperty(this, "notContactedDays", "");
    final BooleanProperty phoneRules = new SimpleBooleanProperty(this, "phoneRules");
    final StringProperty competitorKmMax = new SimpleStringProperty(this, "competitorKmMax", "");
    final StringProperty competitorKmMin = new SimpleStringProperty(this, "competitorKmMin", "");
    final StringProperty clientKmMax = new SimpleStringProperty(this, "clientKmMax", "");
    final StringProperty clientKmMin = new SimpleStringProperty(this, "clientKmMin", "");
    final ObservableList<CodeLabel> competitors = FXCollections.observableArrayList();
    final ObjectProperty<CodeLabel> aroundCompetitor = new SimpleObjectProperty<>(this, "aroundCompetitor");
    final StringProperty aroundCompetitorKm = new SimpleStringProperty(this, "aroundCompetitorKm", "");
    final ObservableList<CodeLabel> sectors = FXCollections.observableArrayList();
    final ObjectProperty<CodeLabel> sector = new SimpleObjectProperty<>(this, "sector");
    final StringProperty communes = new SimpleStringProperty(this, "communes", "");
    final StringProperty postalCodes = new SimpleStringProperty(this, "postalCodes", "");
    final StringProperty lambda = new SimpleStringProperty(this, "lambda", "2");
    final StringProperty ourAttractiveness = new SimpleStringProperty(this, "ourAttractiveness", "");
    final StringProperty escapingBelow = new SimpleStringProperty(this, "escapingBelow", "");
    final StringProperty minRevenue = new SimpleStringProperty(this, "minRevenue", "");
    final StringProperty minMargin = new SimpleStringProperty(this, "minMargin", "");
    final StringProperty minInvoices = new SimpleStringProperty(this, "minInvoices", "");
    final StringProperty lastOrderMonths = new SimpleStringProperty(this, "lastOrderMonths", "");
    /** Whether the target is limited to the map's selection (switched on whenever a new selection is drawn). */
    final BooleanProperty limitToSelection = new SimpleBooleanProperty(this, "limitToSelection");
    /** Shapes of a loaded target the panel has no field for (polygons, circles...), kept when it is saved again. */
    final ObservableList<org.geoprospect.analysis.selection.ShapeSpec> otherShapes = FXCollections.observableArrayList();

    private final ReadOnlyObjectWrapper<ShapeSelections> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper countsText = new ReadOnlyStringWrapper(this, "countsText", "");
    private final ReadOnlyStringWrapper selectionText = new ReadOnlyStringWrapper(this, "selectionText", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper counting = new ReadOnlyBooleanWrapper(this, "counting");
    private final PauseTransition pause = new PauseTransition(DEBOUNCE);
    private final org.geoprospect.model.CodeWords bandWords;
    private long generation;

    public CriteriaViewModel(AnalysisContext context) {
        this.context = context;
        this.messages = context.messages();
        this.bandWords = org.geoprospect.model.CodeWords.bands(messages.locale());
        for (String code : Interests.VOCABULARY) {
            interests.add(new Choice(code, interestLabel(messages, code)));
        }
        for (org.geoprospect.model.ContactCategory category : org.geoprospect.model.ContactCategory.values()) {
            categories.add(new Choice(category.code(), messages.get("legend.points.category." + category.code())));
        }
        channels.add(new CodeLabel(null, messages.get("target.channel.any")));
        for (Channel c : Channel.values()) {
            channels.add(new CodeLabel(c.code(), messages.get("target.channel." + c.code())));
        }
        channel.set(channels.get(0));
        pause.setOnFinished(e -> refreshNow());
        List<Observable> fields = new ArrayList<>(List.of(allInterests, minSize, maxSize, channel, consentRequired,
                notObjected, notContactedDays, phoneRules, competitorKmMax, competitorKmMin, clientKmMax, clientKmMin,
                aroundCompetitor, aroundCompetitorKm, sector, communes, postalCodes, lambda, ourAttractiveness,
                escapingBelow, minRevenue, minMargin, minInvoices, lastOrderMonths, limitToSelection, otherShapes,
                context.sessionProperty()));
        interests.forEach(c -> fields.add(c.selectedProperty()));
        categories.forEach(c -> fields.add(c.selectedProperty()));
        fields.forEach(f -> f.addListener(o -> edited()));
        context.targeting().selectionShapesProperty().addListener((o, before, after) -> {
            boolean had = before != null && !before.isEmpty();
            boolean has = after != null && !after.isEmpty();
            if (has && !had) {
                limitToSelection.set(true); // "on by default when a selection exists"
            }
            selectionText.set(describeSelection());
            if (limitToSelection.get() || !has) {
                edited();
            }
        });
        context.targeting().selectedHouseholdsProperty().addListener(o -> selectionText.set(describeSelection()));
        context.targeting().selectedClientsProperty().addListener(o -> selectionText.set(describeSelection()));
        context.sessionProperty().addListener((o, old, session) -> fillFromData(session));
        fillFromData(context.session());
        selectionText.set(describeSelection());
    }

    /**
     * The readable name of an interest code ({@code mountain_bike} → "Mountain bike (VTT)"), in the
     * language of these messages (the words live beside the vocabulary: {@link InterestLabels}).
     */
    public static String interestLabel(Messages messages, String code) {
        return InterestLabels.forLocale(messages.locale()).label(code);
    }

    /** The lists that depend on the data: bands, competitors, sectors. */
    private void fillFromData(AnalysisSession session) {
        if (session == null) {
            return;
        }
        var data = session.data();
        fillChoices(ageBands, data.households().ageBands());
        fillChoices(incomeBands, data.households().incomeBands());
        List<CodeLabel> competitorItems = new ArrayList<>();
        competitorItems.add(new CodeLabel(null, messages.get("target.none")));
        data.competitors().forEach(k -> competitorItems.add(new CodeLabel(k.code(), k.code() + " — " + k.name())));
        competitors.setAll(competitorItems);
        List<CodeLabel> sectorItems = new ArrayList<>();
        sectorItems.add(new CodeLabel(null, messages.get("target.sector.any")));
        data.sectors().forEach(s -> sectorItems.add(new CodeLabel(s.code(), s.code() + " — " + s.name())));
        sectors.setAll(sectorItems);
        aroundCompetitor.set(find(competitors, aroundCompetitor.get() == null ? null : aroundCompetitor.get().code()));
        sector.set(find(sectors, sector.get() == null ? null : sector.get().code()));
    }

    private void fillChoices(ObservableList<Choice> target, List<String> values) {
        List<String> ticked = CriteriaForm.ticked(target);
        List<Choice> choices = new ArrayList<>();
        for (String value : values) {
            if (value == null || value.isBlank()) {
                continue;
            }
            Choice choice = new Choice(value, bandWords.word(value));
            choice.selectedProperty().set(ticked.contains(value));
            choice.selectedProperty().addListener(o -> edited());
            choices.add(choice);
        }
        target.setAll(choices);
    }

    static CodeLabel find(List<CodeLabel> items, String code) {
        for (CodeLabel item : items) {
            if (java.util.Objects.equals(item.code(), code)) {
                return item;
            }
        }
        return items.isEmpty() ? null : items.get(0);
    }

    private void edited() {
        pause.playFromStart();
    }

    /**
     * The target definition the fields describe.
     *
     * @throws IllegalArgumentException with one sentence when a field cannot be read
     */
    public TargetDefinition definition() {
        return CriteriaForm.definition(this);
    }

    /** Fills the fields from a definition (a saved target loaded into the panel); counts follow. */
    public void load(TargetDefinition definition) {
        CriteriaForm.load(this, definition);
    }

    /**
     * Every field back to "no criterion" (not objected stays on, as on a fresh panel); the map selection
     * and the switch that limits the target to it stay as they are (the selection is cleared on the map).
     */
    public void clear() {
        boolean limited = limitToSelection.get();
        CriteriaForm.load(this, TargetDefinition.of(List.of(), org.geoprospect.analysis.criteria.Criteria.NONE, null));
        notObjected.set(true);
        consentRequired.set(true);
        limitToSelection.set(limited);
    }

    /** The map's selection shapes the target is limited to now: empty when the switch is off or nothing is selected. */
    List<org.geoprospect.analysis.selection.ShapeSpec> activeSelection() {
        List<org.geoprospect.analysis.selection.ShapeSpec> shapes = context.targeting().selectionShapesProperty().get();
        return limitToSelection.get() && shapes != null ? shapes : List.of();
    }

    /** "Limit to the map selection (6,495 households, 12 clients)", or that there is none. */
    private String describeSelection() {
        List<org.geoprospect.analysis.selection.ShapeSpec> shapes = context.targeting().selectionShapesProperty().get();
        if (shapes == null || shapes.isEmpty()) {
            return messages.get("target.selection.none");
        }
        Selection h = context.targeting().selectedHouseholdsProperty().get();
        Selection c = context.targeting().selectedClientsProperty().get();
        return messages.get("target.selection.limit", h == null ? 0 : h.cardinality(), c == null ? 0 : c.cardinality());
    }

    /** The text of the "limit to the selection" switch (its counts, or that nothing is selected). */
    public ReadOnlyStringProperty selectionTextProperty() {
        return selectionText.getReadOnlyProperty();
    }

    /** Whether the map has a selection the target can be limited to. */
    public javafx.beans.binding.BooleanBinding hasSelectionBinding() {
        return javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            var shapes = context.targeting().selectionShapesProperty().get();
            return shapes != null && !shapes.isEmpty();
        }, context.targeting().selectionShapesProperty());
    }

    /** The switch "limit the target to the map selection". */
    public BooleanProperty limitToSelectionProperty() {
        return limitToSelection;
    }

    /** Counts now, on a background thread, without waiting for the debounce pause. */
    public void refreshNow() {
        pause.stop();
        long ticket = ++generation;
        AnalysisSession session = context.session();
        TargetDefinition definition;
        try {
            definition = definition();
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            countsText.set(messages.get("target.counts.unknown"));
            result.set(null);
            return;
        }
        if (session == null) {
            countsText.set(messages.get(context.project() == null ? "target.counts.noProject" : "target.counts.loading"));
            result.set(null);
            return;
        }
        counting.set(true);
        BackgroundTasks.run(monitor -> session.evaluate(definition),
                selections -> {
                    if (ticket == generation) {
                        counting.set(false);
                        problem.set("");
                        result.set(selections);
                        countsText.set(messages.get("target.counts", selections.households().cardinality(),
                                selections.clients().cardinality()));
                    }
                }, failure -> {
                    if (ticket == generation) {
                        counting.set(false);
                        result.set(null);
                        problem.set(context.sentence(failure));
                        countsText.set(messages.get("target.counts.unknown"));
                    }
                }, () -> counting.set(false));
    }

    /** Shows the current matches as the map's remaining potential (the prospect dots); null result: all. */
    public void showAsPotential() {
        ShapeSelections current = result.get();
        context.targeting().potentialFilterProperty().set(current == null ? null : current.households());
        context.targeting().potentialDescriptionProperty().set(current == null ? null
                : messages.get(activeSelection().isEmpty() ? "legend.potential.target" : "legend.potential.targetInSelection",
                        current.households().cardinality(), current.households().universe()));
    }

    /** Goes back to every household counting as potential on the map. */
    public void clearPotential() {
        context.targeting().potentialFilterProperty().set(null);
        context.targeting().potentialDescriptionProperty().set(null);
    }

    /** The last counted households and clients, or null while unknown. */
    public ReadOnlyObjectProperty<ShapeSelections> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** "1 234 households · 12 clients", or a waiting text. */
    public ReadOnlyStringProperty countsTextProperty() {
        return countsText.getReadOnlyProperty();
    }

    /** The sentence saying why the fields cannot be counted; "" when they can. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty countingProperty() {
        return counting.getReadOnlyProperty();
    }

    AnalysisContext context() {
        return context;
    }

    /** The competitor choices as the combo box lists them (tests look items up by label). */
    public java.util.List<CodeLabel> competitorsForTest() {
        return java.util.List.copyOf(competitors);
    }
}

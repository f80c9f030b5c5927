package org.geoprospect.ui.target;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.geoprospect.ui.Messages;

/**
 * The criteria panel (View): sections of fields bound to a {@link CriteriaViewModel}, the live counts
 * and the "show as potential on the map" action. The order follows how an analyst phrases a target:
 * what they like, how we may reach them, how far from a competitor, where, then the finer bands.
 */
public final class CriteriaPanel extends VBox {
    public CriteriaPanel(CriteriaViewModel model, Messages messages) {
        super(6);
        setId("criteriaPanel");
        VBox sections = new VBox(4, interests(model, messages), contact(model, messages), distances(model, messages),
                where(model, messages), profile(model, messages), escaping(model, messages), clients(model, messages));
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(scroll, countsBox(model, messages));
    }

    private static javafx.scene.Node interests(CriteriaViewModel model, Messages m) {
        ToggleGroup group = new ToggleGroup();
        RadioButton any = new RadioButton(m.get("target.interests.any"));
        any.setId("interestsAny");
        any.setToggleGroup(group);
        RadioButton all = new RadioButton(m.get("target.interests.all"));
        all.setId("interestsAll");
        all.setToggleGroup(group);
        group.selectToggle(model.allInterests.get() ? all : any);
        all.selectedProperty().addListener((o, a, now) -> model.allInterests.set(now));
        model.allInterests.addListener((o, a, now) -> group.selectToggle(now ? all : any));
        VBox box = new VBox(6, new HBox(12, any, all), FormRows.checks("interest-", model.interests));
        return FormRows.section("sectionInterests", m.get("target.section.interests"), true, box);
    }

    private static javafx.scene.Node contact(CriteriaViewModel model, Messages m) {
        javafx.scene.control.CheckBox consent = FormRows.check("consentRequired", m.get("target.field.consentRequired"),
                model.consentRequired);
        javafx.scene.control.CheckBox notObjected = FormRows.check("notObjected", m.get("target.field.notObjected"),
                model.notObjected);
        // Both read "on this channel": without a channel they have nothing to apply to.
        var noChannel = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.channel.get() == null || model.channel.get().code() == null, model.channel);
        consent.disableProperty().bind(noChannel);
        notObjected.disableProperty().bind(noChannel);
        FormRows rows = new FormRows()
                .add(m.get("target.field.channel"), FormRows.combo("channelChoice", model.channels, model.channel))
                .wide(new HBox(12, consent, notObjected))
                .add(m.get("target.field.notContactedDays"),
                        FormRows.text("notContactedDays", model.notContactedDays, m.get("target.prompt.days"), 90))
                .wide(FormRows.check("phoneRules", m.get("target.field.phoneRules"), model.phoneRules));
        return FormRows.section("sectionContact", m.get("target.section.contact"), true, rows.grid());
    }

    private static javafx.scene.Node distances(CriteriaViewModel model, Messages m) {
        FormRows rows = new FormRows()
                .add(m.get("target.field.aroundCompetitor"), FormRows.combo("aroundCompetitor", model.competitors, model.aroundCompetitor))
                .add(m.get("target.field.aroundKm"), FormRows.text("aroundCompetitorKm", model.aroundCompetitorKm, "km", 90))
                .add(m.get("target.field.competitorKm"), range("competitorKm", model.competitorKmMin, model.competitorKmMax, m))
                .add(m.get("target.field.clientKm"), range("clientKm", model.clientKmMin, model.clientKmMax, m));
        return FormRows.section("sectionDistances", m.get("target.section.distances"), true, rows.grid());
    }

    private static HBox range(String id, javafx.beans.property.StringProperty min, javafx.beans.property.StringProperty max,
                              Messages m) {
        HBox box = new HBox(4, new Label("≥"), FormRows.text(id + "Min", min, "km", 60), new Label("≤"),
                FormRows.text(id + "Max", max, "km", 60), new Label("km"));
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    private static javafx.scene.Node where(CriteriaViewModel model, Messages m) {
        Label shapes = new Label();
        shapes.setId("otherShapes");
        shapes.setWrapText(true);
        shapes.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> model.otherShapes.isEmpty() ? ""
                : m.get("target.otherShapes", model.otherShapes.size()), model.otherShapes));
        shapes.visibleProperty().bind(shapes.textProperty().isNotEmpty());
        shapes.managedProperty().bind(shapes.visibleProperty());
        FormRows rows = new FormRows()
                .add(m.get("target.field.sector"), FormRows.combo("sectorChoice", model.sectors, model.sector))
                .add(m.get("target.field.communes"), FormRows.text("communes", model.communes, "49099, 49007", 200))
                .add(m.get("target.field.postalCodes"), FormRows.text("postalCodes", model.postalCodes, "49300", 200))
                .wide(shapes);
        return FormRows.section("sectionWhere", m.get("target.section.where"), false, rows.grid());
    }

    private static javafx.scene.Node profile(CriteriaViewModel model, Messages m) {
        FormRows rows = new FormRows()
                .add(m.get("target.field.ageBands"), FormRows.checks("age-", model.ageBands))
                .add(m.get("target.field.incomeBands"), FormRows.checks("income-", model.incomeBands))
                .add(m.get("target.field.householdSize"), new HBox(4, new Label("≥"),
                        FormRows.text("minSize", model.minSize, "", 60), new Label("≤"), FormRows.text("maxSize", model.maxSize, "", 60)));
        return FormRows.section("sectionProfile", m.get("target.section.profile"), false, rows.grid());
    }

    private static javafx.scene.Node escaping(CriteriaViewModel model, Messages m) {
        Label help = new Label(m.get("target.escaping.help"));
        help.setWrapText(true);
        help.setStyle("-fx-text-fill: #555;");
        FormRows rows = new FormRows()
                .wide(help)
                .add(m.get("target.field.escapingBelow"), FormRows.text("escapingBelow", model.escapingBelow, "0.3", 90))
                .add(m.get("target.field.lambda"), FormRows.text("lambda", model.lambda, "2", 90))
                .add(m.get("target.field.ourAttractiveness"), FormRows.text("ourAttractiveness", model.ourAttractiveness,
                        m.get("target.prompt.meanOfCompetitors"), 160));
        return FormRows.section("sectionEscaping", m.get("target.section.escaping"), false, rows.grid());
    }

    private static javafx.scene.Node clients(CriteriaViewModel model, Messages m) {
        Label categoriesHelp = new Label(m.get("target.categories.help"));
        categoriesHelp.setWrapText(true);
        categoriesHelp.setStyle("-fx-text-fill: #555;");
        FormRows rows = new FormRows()
                .add(m.get("target.field.categories"), FormRows.checks("category-", model.categories))
                .wide(categoriesHelp)
                .add(m.get("target.field.minMargin"), FormRows.text("minMargin", model.minMargin, "€", 120))
                .add(m.get("target.field.minRevenue"), FormRows.text("minRevenue", model.minRevenue, "€", 120))
                .add(m.get("target.field.minInvoices"), FormRows.text("minInvoices", model.minInvoices, "", 90))
                .add(m.get("target.field.lastOrderMonths"), FormRows.text("lastOrderMonths", model.lastOrderMonths,
                        m.get("target.prompt.months"), 90));
        return FormRows.section("sectionClients", m.get("target.section.clients"), false, rows.grid());
    }

    /**
     * "Limit to the map selection (N households, M clients)": always in view above the counts, on by
     * default when a selection is drawn, greyed while there is none.
     */
    private static javafx.scene.Node selectionSwitch(CriteriaViewModel model) {
        javafx.scene.control.CheckBox limit = new javafx.scene.control.CheckBox();
        limit.setId("limitToSelection");
        limit.setWrapText(true);
        limit.textProperty().bind(model.selectionTextProperty());
        limit.selectedProperty().bindBidirectional(model.limitToSelectionProperty());
        limit.disableProperty().bind(model.hasSelectionBinding().not());
        return limit;
    }

    private static VBox countsBox(CriteriaViewModel model, Messages m) {
        Label counts = new Label();
        counts.setId("targetCounts");
        counts.textProperty().bind(model.countsTextProperty());
        counts.setStyle("-fx-font-weight: bold; -fx-font-size: 1.15em;");
        Label problem = new Label();
        problem.setId("criteriaProblem");
        problem.setWrapText(true);
        problem.setStyle("-fx-text-fill: #b00020;");
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Button potential = new Button(m.get("target.showPotential"));
        potential.setId("showPotential");
        potential.setOnAction(e -> model.showAsPotential());
        potential.disableProperty().bind(model.resultProperty().isNull());
        Button allPotential = new Button(m.get("target.clearPotential"));
        allPotential.setId("clearPotential");
        allPotential.setOnAction(e -> model.clearPotential());
        Button clear = new Button(m.get("target.clear"));
        clear.setId("clearCriteria");
        clear.setOnAction(e -> model.clear());
        javafx.scene.layout.FlowPane actions = new javafx.scene.layout.FlowPane(6, 6, potential, allPotential, clear);
        VBox box = new VBox(4, selectionSwitch(model), counts, problem, actions);
        box.setPadding(new Insets(6, 4, 4, 4));
        box.setStyle("-fx-border-color: #c8c8c8 transparent transparent transparent;");
        return box;
    }
}

package org.geoprospect.ui.target;

import java.util.ArrayList;
import java.util.List;
import org.geoprospect.analysis.criteria.Criteria;
import org.geoprospect.analysis.definition.TargetDefinition;
import org.geoprospect.analysis.huff.HuffParameters;
import org.geoprospect.analysis.selection.SelectionOp;
import org.geoprospect.analysis.selection.ShapeKind;
import org.geoprospect.analysis.selection.ShapeSpec;

/**
 * Translates between the criteria panel's fields and a {@link TargetDefinition}, with the command
 * line's vocabulary ({@code cli.CriteriaOptions}): the same fields give the same JSON as the same
 * options of {@code target save}, so a target saved in the application runs from the command line
 * with the same count. Stateless.
 */
final class CriteriaForm {
    private CriteriaForm() {
    }

    /** The codes of the ticked choices, in display order. */
    static List<String> ticked(List<Choice> choices) {
        return choices.stream().filter(Choice::isSelected).map(Choice::code).toList();
    }

    private static List<String> orNull(List<String> values) {
        return values.isEmpty() ? null : values;
    }

    /** @throws IllegalArgumentException with one sentence naming the field that cannot be read */
    static TargetDefinition definition(CriteriaViewModel f) {
        var m = f.context().messages();
        List<String> interests = ticked(f.interests);
        String channelCode = f.channel.get() == null ? null : f.channel.get().code();
        Double escaping = NumberField.decimal(f.escapingBelow.get(), m.get("target.field.escapingBelow"));
        if (escaping != null && escaping > 1) {
            throw new IllegalArgumentException("\"" + m.get("target.field.escapingBelow")
                    + "\" is a probability between 0 and 1, e.g. 0.3.");
        }
        Criteria criteria = Criteria.builder()
                .interestsAny(f.allInterests.get() ? null : orNull(interests))
                .interestsAll(f.allInterests.get() ? orNull(interests) : null)
                .householdSize(NumberField.whole(f.minSize.get(), m.get("target.field.minSize")),
                        NumberField.whole(f.maxSize.get(), m.get("target.field.maxSize")))
                .categories(orNull(ticked(f.categories)))
                .ageBands(orNull(ticked(f.ageBands))).incomeBands(orNull(ticked(f.incomeBands)))
                .sectors(f.sector.get() == null || f.sector.get().code() == null ? null : List.of(f.sector.get().code()))
                .communes(orNull(NumberField.codes(f.communes.get())))
                .postalCodes(orNull(NumberField.codes(f.postalCodes.get())))
                .consentChannels(channelCode != null && f.consentRequired.get() ? List.of(channelCode) : null)
                .notObjectedChannel(channelCode != null && f.notObjected.get() ? channelCode : null)
                .notContactedDays(NumberField.whole(f.notContactedDays.get(), m.get("target.field.notContactedDays")))
                .phoneRules(f.phoneRules.get() ? Boolean.TRUE : null)
                .competitorKm(NumberField.decimal(f.competitorKmMin.get(), m.get("target.field.competitorKmMin")),
                        NumberField.decimal(f.competitorKmMax.get(), m.get("target.field.competitorKmMax")))
                .clientKm(NumberField.decimal(f.clientKmMin.get(), m.get("target.field.clientKmMin")),
                        NumberField.decimal(f.clientKmMax.get(), m.get("target.field.clientKmMax")))
                .maxUsProbability(escaping)
                .minRevenue(NumberField.decimal(f.minRevenue.get(), m.get("target.field.minRevenue")))
                .minGrossMargin(NumberField.decimal(f.minMargin.get(), m.get("target.field.minMargin")))
                .minInvoiceCount(NumberField.whole(f.minInvoices.get(), m.get("target.field.minInvoices")))
                .lastOrderMonthsAgo(NumberField.whole(f.lastOrderMonths.get(), m.get("target.field.lastOrderMonths")))
                .build();
        return TargetDefinition.of(shapes(f), criteria, huff(f), f.activeSelection());
    }

    private static List<ShapeSpec> shapes(CriteriaViewModel f) {
        var m = f.context().messages();
        List<ShapeSpec> shapes = new ArrayList<>(f.otherShapes);
        String competitor = f.aroundCompetitor.get() == null ? null : f.aroundCompetitor.get().code();
        Double km = NumberField.decimal(f.aroundCompetitorKm.get(), m.get("target.field.aroundKm"));
        if (competitor != null || km != null) {
            if (competitor == null || km == null) {
                throw new IllegalArgumentException(m.get("target.problem.aroundCompetitor"));
            }
            ShapeSpec around = ShapeSpec.aroundCompetitor(competitor, km);
            // As the command line does: the first shape adds, the next ones intersect.
            shapes.add(shapes.isEmpty() ? around : around.as(SelectionOp.INTERSECT));
        }
        return shapes;
    }

    private static HuffParameters huff(CriteriaViewModel f) {
        var m = f.context().messages();
        Double lambda = NumberField.decimal(f.lambda.get(), m.get("target.field.lambda"));
        Double attractiveness = NumberField.decimal(f.ourAttractiveness.get(), m.get("target.field.ourAttractiveness"));
        HuffParameters parameters = HuffParameters.DEFAULT;
        if (lambda != null) {
            parameters = parameters.withDistanceDecay(lambda);
        }
        if (attractiveness != null) {
            parameters = parameters.withOurAttractiveness(attractiveness);
        }
        return parameters;
    }

    /** Fills the fields from a definition; a competitor-radius shape goes to its field, other shapes are kept aside. */
    static void load(CriteriaViewModel f, TargetDefinition definition) {
        Criteria c = definition.criteria();
        boolean all = !c.interestsAll().isEmpty();
        List<String> interests = all ? c.interestsAll() : c.interestsAny();
        f.allInterests.set(all);
        f.interests.forEach(choice -> choice.selectedProperty().set(interests.contains(choice.code())));
        f.categories.forEach(choice -> choice.selectedProperty().set(c.categories().contains(choice.code())));
        f.ageBands.forEach(choice -> choice.selectedProperty().set(c.ageBands().contains(choice.code())));
        f.incomeBands.forEach(choice -> choice.selectedProperty().set(c.incomeBands().contains(choice.code())));
        f.minSize.set(NumberField.text(c.minHouseholdSize()));
        f.maxSize.set(NumberField.text(c.maxHouseholdSize()));
        f.sector.set(CriteriaViewModel.find(f.sectors, c.sectors().isEmpty() ? null : c.sectors().get(0)));
        f.communes.set(String.join(", ", c.communes()));
        f.postalCodes.set(String.join(", ", c.postalCodes()));
        String channel = !c.consentChannels().isEmpty() ? c.consentChannels().get(0) : c.notObjectedChannel();
        f.channel.set(CriteriaViewModel.find(f.channels, channel));
        f.consentRequired.set(!c.consentChannels().isEmpty() || channel == null);
        f.notObjected.set(c.notObjectedChannel() != null || channel == null);
        f.notContactedDays.set(NumberField.text(c.notContactedDays()));
        f.phoneRules.set(Boolean.TRUE.equals(c.phoneRules()));
        f.competitorKmMin.set(NumberField.text(c.competitorKmMin()));
        f.competitorKmMax.set(NumberField.text(c.competitorKmMax()));
        f.clientKmMin.set(NumberField.text(c.clientKmMin()));
        f.clientKmMax.set(NumberField.text(c.clientKmMax()));
        f.escapingBelow.set(NumberField.text(c.maxUsProbability()));
        f.minRevenue.set(NumberField.text(c.minRevenue()));
        f.minMargin.set(NumberField.text(c.minGrossMargin()));
        f.minInvoices.set(NumberField.text(c.minInvoiceCount()));
        f.lastOrderMonths.set(NumberField.text(c.lastOrderMonthsAgo()));
        f.lambda.set(NumberField.text(definition.huff().distanceDecay()));
        f.ourAttractiveness.set(NumberField.text(definition.huff().ourAttractiveness()));
        List<ShapeSpec> others = new ArrayList<>();
        ShapeSpec around = null;
        for (ShapeSpec shape : definition.shapes()) {
            if (around == null && shape.kind() == ShapeKind.COMPETITOR_RADIUS && shape.op() != SelectionOp.SUBTRACT) {
                around = shape;
            } else {
                others.add(shape);
            }
        }
        f.otherShapes.setAll(others);
        // A target limited to a map selection brings its selection back onto the map; one without, the switch off.
        if (!definition.selection().isEmpty()) {
            f.context().targeting().selectionShapesProperty().set(definition.selection());
        }
        f.limitToSelection.set(!definition.selection().isEmpty());
        f.aroundCompetitor.set(CriteriaViewModel.find(f.competitors, around == null ? null : around.code()));
        f.aroundCompetitorKm.set(around == null ? "" : NumberField.text(around.radiusKm()));
    }
}

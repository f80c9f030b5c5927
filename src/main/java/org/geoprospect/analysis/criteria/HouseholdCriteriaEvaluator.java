package org.geoprospect.analysis.criteria;

import java.util.List;
import java.util.Objects;
import org.geoprospect.analysis.AnalysisData;
import org.geoprospect.analysis.huff.EscapeColumns;
import org.geoprospect.analysis.huff.HuffParameters;
import org.geoprospect.index.HouseholdColumns;
import org.geoprospect.index.Selection;
import org.geoprospect.index.SelectionBuilder;
import org.geoprospect.model.Channel;
import org.geoprospect.model.ContactCategory;

/**
 * Evaluates a {@link Criteria} over the households' columns into a {@link Selection}: one pass over the
 * households testing every applied criterion (all AND; lists are OR inside), then the objection
 * selection is subtracted. Criteria that apply only to clients (revenue, margin, invoices, last order)
 * are ignored here; a category list without {@code prospect} selects no household.
 *
 * <p>Derived columns (sector, nearest distances, Huff) come from {@link AnalysisData}, computed on
 * first use. Stateless; thread-safe when the data is.
 */
public final class HouseholdCriteriaEvaluator {
    private HouseholdCriteriaEvaluator() {
    }

    /**
     * The households matching every criterion.
     *
     * @param huff the Huff parameters for {@link Criteria#maxUsProbability()}; may be null (defaults)
     * @throws IllegalArgumentException with one sentence when a code is unknown (interest, channel,
     *                                  category, sector, postal code)
     */
    public static Selection evaluate(Criteria criteria, AnalysisData data, HuffParameters huff) {
        Objects.requireNonNull(criteria, "criteria");
        HouseholdColumns h = data.households();
        int n = h.size();
        if (!includesProspects(criteria.categories())) {
            return Selection.none(n);
        }
        int anyMask = CriteriaCodes.interestMask(criteria.interestsAny());
        int allMask = CriteriaCodes.interestMask(criteria.interestsAll());
        int minSize = criteria.minHouseholdSize() == null ? Integer.MIN_VALUE : criteria.minHouseholdSize();
        int maxSize = criteria.maxHouseholdSize() == null ? Integer.MAX_VALUE : criteria.maxHouseholdSize();
        boolean[] ages = criteria.ageBands().isEmpty() ? null : CriteriaCodes.flags(h.ageBands(), criteria.ageBands());
        boolean[] incomes = criteria.incomeBands().isEmpty() ? null : CriteriaCodes.flags(h.incomeBands(), criteria.incomeBands());
        List<String> communeCodes = CriteriaCodes.communeCodes(criteria.communes(), criteria.postalCodes());
        boolean[] communes = communeCodes.isEmpty() ? null : CriteriaCodes.flags(h.communeCodes(), communeCodes);
        boolean[] sectorFlags = criteria.sectors().isEmpty() ? null : CriteriaCodes.sectorFlags(data, criteria.sectors());
        int[] sectorOf = sectorFlags == null ? null : data.householdSectors();
        int consentMask = CriteriaCodes.channelMask(criteria.consentChannels());
        Channel objectionChannel = criteria.notObjectedChannel() == null ? null
                : CriteriaCodes.channel(criteria.notObjectedChannel());
        int today = (int) data.today().toEpochDay();
        int lastAllowedContact = criteria.notContactedDays() == null ? Integer.MAX_VALUE : today - criteria.notContactedDays();
        ContactHistory history = Boolean.TRUE.equals(criteria.phoneRules()) && !data.contactHistory().isEmpty()
                ? data.contactHistory() : null;
        DistanceBand competitorBand = DistanceBand.of(criteria.competitorKmMin(), criteria.competitorKmMax());
        float[] competitorDistance = competitorBand == null ? null : data.householdToCompetitor().distance();
        DistanceBand clientBand = DistanceBand.of(criteria.clientKmMin(), criteria.clientKmMax());
        float[] clientDistance = clientBand == null ? null : data.householdToClient().distance();
        float[] usProbability = null;
        float maxUs = 0;
        if (criteria.maxUsProbability() != null) {
            EscapeColumns escape = data.escapeColumns(huff == null ? HuffParameters.DEFAULT : huff);
            usProbability = escape.usProbability();
            maxUs = criteria.maxUsProbability().floatValue();
        }

        SelectionBuilder selected = new SelectionBuilder(n);
        for (int id = 0; id < n; id++) {
            int interests = h.interestMask(id);
            if (anyMask != 0 && (interests & anyMask) == 0
                    || (interests & allMask) != allMask) {
                continue;
            }
            int size = h.householdSize(id);
            if (size < minSize || size > maxSize) {
                continue;
            }
            if (ages != null && !flagged(ages, h.ageBandIndex(id))
                    || incomes != null && !flagged(incomes, h.incomeBandIndex(id))
                    || communes != null && !flagged(communes, h.communeIndex(id))
                    || sectorFlags != null && !flagged(sectorFlags, sectorOf[id])) {
                continue;
            }
            if (consentMask != 0 && (h.consentMask(id) & consentMask) == 0) {
                continue;
            }
            if (h.lastContactDay(id) > lastAllowedContact) {
                continue;
            }
            if (competitorDistance != null && !competitorBand.contains(competitorDistance[id])
                    || clientDistance != null && !clientBand.contains(clientDistance[id])) {
                continue;
            }
            if (usProbability != null && !(usProbability[id] < maxUs)) {
                continue;
            }
            if (history != null && !PhoneRules.mayCall(history, id, today)) {
                continue;
            }
            selected.add(id);
        }
        Selection result = selected.build();
        if (objectionChannel != null) {
            result = result.andNot(data.objections().objected(h, objectionChannel));
        }
        return result;
    }

    private static boolean includesProspects(List<String> categories) {
        if (categories.isEmpty()) {
            return true;
        }
        for (String code : categories) {
            if (CriteriaCodes.category(code) == ContactCategory.PROSPECT) {
                return true;
            }
        }
        return false;
    }

    private static boolean flagged(boolean[] flags, int index) {
        return index >= 0 && index < flags.length && flags[index];
    }
}

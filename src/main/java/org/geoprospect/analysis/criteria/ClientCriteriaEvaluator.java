package org.geoprospect.analysis.criteria;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.geoprospect.analysis.AnalysisData;
import org.geoprospect.index.Selection;
import org.geoprospect.index.SelectionBuilder;
import org.geoprospect.model.Client;
import org.geoprospect.model.ContactCategory;

/**
 * Evaluates a {@link Criteria} over the customer file into a {@link Selection} of client ids (positions
 * in {@link AnalysisData#clients()}). Applied here: contact categories (default {@code client} only),
 * commercial sector, distance to the nearest competitor, revenue, gross margin, invoice count and last
 * order (reactivation). Household-only criteria (interests, bands, commune, consent, objection, contact
 * pressure, phone rules, distance to a client, Huff) are ignored: the customer file carries none of them.
 * Stateless; thread-safe when the data is.
 */
public final class ClientCriteriaEvaluator {
    private ClientCriteriaEvaluator() {
    }

    /**
     * The clients matching the criteria that apply to them.
     *
     * @throws IllegalArgumentException with one sentence when a category or sector code is unknown
     */
    public static Selection evaluate(Criteria criteria, AnalysisData data) {
        Objects.requireNonNull(criteria, "criteria");
        List<Client> clients = data.clients();
        Set<ContactCategory> categories = EnumSet.noneOf(ContactCategory.class);
        criteria.categories().forEach(code -> categories.add(CriteriaCodes.category(code)));
        if (categories.isEmpty()) {
            categories.add(ContactCategory.CLIENT);
        }
        boolean[] sectorFlags = criteria.sectors().isEmpty() ? null : CriteriaCodes.sectorFlags(data, criteria.sectors());
        int[] sectorOf = sectorFlags == null ? null : data.clientSectors();
        DistanceBand competitorBand = DistanceBand.of(criteria.competitorKmMin(), criteria.competitorKmMax());
        float[] competitorDistance = competitorBand == null ? null : data.clientToCompetitor().distance();
        LocalDate lastOrderBefore = criteria.lastOrderMonthsAgo() == null ? null
                : data.today().minusMonths(criteria.lastOrderMonthsAgo());
        SelectionBuilder selected = new SelectionBuilder(clients.size());
        for (int id = 0; id < clients.size(); id++) {
            Client c = clients.get(id);
            if (!categories.contains(c.category())
                    || sectorFlags != null && (sectorOf[id] < 0 || !sectorFlags[sectorOf[id]])
                    || competitorDistance != null && !competitorBand.contains(competitorDistance[id])
                    || criteria.minRevenue() != null && c.revenue() < criteria.minRevenue()
                    || criteria.minGrossMargin() != null && c.grossMargin() < criteria.minGrossMargin()
                    || criteria.minInvoiceCount() != null && c.invoiceCount() < criteria.minInvoiceCount()
                    || lastOrderBefore != null && c.lastOrderDate() != null && c.lastOrderDate().isAfter(lastOrderBefore)) {
                continue;
            }
            selected.add(id);
        }
        return selected.build();
    }
}

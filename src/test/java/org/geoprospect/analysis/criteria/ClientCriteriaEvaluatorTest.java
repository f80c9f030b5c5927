package org.geoprospect.analysis.criteria;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.time.LocalDate;
import java.util.List;
import org.geoprospect.analysis.AnalysisData;
import org.geoprospect.analysis.GridFixture;
import org.geoprospect.model.Client;
import org.geoprospect.model.ContactCategory;
import org.junit.jupiter.api.Test;

class ClientCriteriaEvaluatorTest {
    private static Client client(String code, ContactCategory category, double revenue, double margin, int invoices,
                                 LocalDate lastOrder) {
        return new Client(code, code, category, "retail", 0, 0, GridFixture.X0 + 1000, GridFixture.Y0, revenue, margin,
                invoices, null, lastOrder, 0, false, false);
    }

    private final List<Client> clients = List.of(
            client("A", ContactCategory.CLIENT, 1000, 100, 1, GridFixture.TODAY.minusMonths(2)),
            client("B", ContactCategory.CLIENT, 5000, 800, 12, GridFixture.TODAY.minusMonths(13)),
            client("C", ContactCategory.FORMER_CLIENT, 9000, 900, 30, GridFixture.TODAY.minusMonths(40)),
            client("D", ContactCategory.CLIENT, 200, 20, 3, null));
    private final AnalysisData data = AnalysisData.of(GridFixture.households(), clients, GridFixture.competitors(),
            GridFixture.sectors(), 2154, GridFixture.CLOCK);

    private int[] evaluate(Criteria criteria) {
        return ClientCriteriaEvaluator.evaluate(criteria, data).toArray();
    }

    @Test
    void categoryDefaultsToClient() {
        assertArrayEquals(new int[]{0, 1, 3}, evaluate(Criteria.NONE));
        assertArrayEquals(new int[]{2}, evaluate(Criteria.builder().categories(List.of("former_client")).build()));
    }

    @Test
    void metricsAreLowerBounds() {
        assertArrayEquals(new int[]{1}, evaluate(Criteria.builder().minRevenue(2000.0).build()));
        assertArrayEquals(new int[]{0, 1}, evaluate(Criteria.builder().minGrossMargin(100.0).build()));
        assertArrayEquals(new int[]{1}, evaluate(Criteria.builder().minInvoiceCount(10).build()));
    }

    @Test
    void reactivationKeepsClientsWhoseLastOrderIsOldEnough() {
        // A ordered 2 months ago, B 13 months ago, D never (passes: nothing recent).
        assertArrayEquals(new int[]{1, 3}, evaluate(Criteria.builder().lastOrderMonthsAgo(12).build()));
    }

    @Test
    void householdOnlyCriteriaDoNotFilterClients() {
        assertArrayEquals(new int[]{0, 1, 3}, evaluate(Criteria.builder().interestsAny(List.of("picnic"))
                .consentChannels(List.of("email")).build()));
    }

    @Test
    void sectorAndCompetitorDistanceApply() {
        // All four sit at column 1, row 0: in sector W, 1 km from K1.
        assertArrayEquals(new int[]{}, evaluate(Criteria.builder().sectors(List.of("E")).build()));
        assertArrayEquals(new int[]{0, 1, 3}, evaluate(Criteria.builder().competitorKm(null, 1.0).build()));
        assertArrayEquals(new int[]{}, evaluate(Criteria.builder().competitorKm(1.5, null).build()));
    }
}

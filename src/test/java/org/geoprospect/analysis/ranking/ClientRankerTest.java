package org.geoprospect.analysis.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.geoprospect.model.Client;
import org.geoprospect.model.ContactCategory;
import org.junit.jupiter.api.Test;

/**
 * A customer file whose ranking is worked out by hand.
 *
 * <pre>
 * code sector    margin revenue invoices  flags
 * R1   retail      9000   40000       12
 * R2   retail      5000   20000        6  payment incident
 * R3   retail      3000   15000        4  difficult
 * R4   retail       200    2000       80  (many invoices, small margin)
 * R5   retail      1000    8000        5  motivated
 * S1   services    4000   10000        3
 * S2   services    2500    9000        2
 * S3   services     100     500        1  motivated
 * F1   farming      600   50000        9  (large revenue, small margin)
 * F2   farming      400    3000        2  motivated
 * X    retail     99999  500000       50  former client: not ranked, not in the sector figures
 * </pre>
 * Sector totals: retail 18,200 (5 clients), services 6,600 (3), farming 1,000 (2); all 25,800, 80 % =
 * 20,640. Retail is first; after it 18,200 &lt; 20,640, so services is profitable too; after services
 * 24,800 ≥ 20,640, so farming is not.
 * With 2 per sector and a list of 6: eligible (R2, R3 out) by margin R1, S1, S2, R5, F1, F2, R4, S3.
 * Core: retail R1, R5; services S1, S2 → R1, S1, S2, R5. Motivated of profitable sectors: S3 (F2's
 * sector is not profitable). Fill: F1. Cut at 6: R1, S1, S2, R5, S3, F1.
 */
class ClientRankerTest {
    private static Client client(String code, String sector, double margin, double revenue, int invoices, int incidents,
                                 boolean difficult, boolean motivated) {
        return client(code, ContactCategory.CLIENT, sector, margin, revenue, invoices, incidents, difficult, motivated);
    }

    private static Client client(String code, ContactCategory category, String sector, double margin, double revenue,
                                 int invoices, int incidents, boolean difficult, boolean motivated) {
        return new Client(code, "Name " + code, category, sector, 0, 0, 0, 0, revenue, margin, invoices, null, null,
                incidents, difficult, motivated);
    }

    private static final List<Client> FILE = List.of(
            client("R1", "retail", 9000, 40000, 12, 0, false, false),
            client("R2", "retail", 5000, 20000, 6, 1, false, false),
            client("R3", "retail", 3000, 15000, 4, 0, true, false),
            client("R4", "retail", 200, 2000, 80, 0, false, false),
            client("R5", "retail", 1000, 8000, 5, 0, false, true),
            client("S1", "services", 4000, 10000, 3, 0, false, false),
            client("S2", "services", 2500, 9000, 2, 0, false, false),
            client("S3", "services", 100, 500, 1, 0, false, true),
            client("F1", "farming", 600, 50000, 9, 0, false, false),
            client("F2", "farming", 400, 3000, 2, 0, false, true),
            client("X", ContactCategory.FORMER_CLIENT, "retail", 99999, 500000, 50, 0, false, false));

    private static final RankingOptions SIX_TWO_PER_SECTOR = new RankingOptions(6, 2, 0.8, null, false, false);

    private static List<String> codes(ClientRanking ranking) {
        return ranking.clients().stream().map(r -> r.client().code()).toList();
    }

    @Test
    void ranksByTheHandWorkedMethod() {
        ClientRanking ranking = ClientRanker.rank(FILE, SIX_TWO_PER_SECTOR);
        assertEquals(List.of("R1", "S1", "S2", "R5", "S3", "F1"), codes(ranking));
        assertEquals(List.of(RankedClient.Reason.TOP_OF_SECTOR, RankedClient.Reason.TOP_OF_SECTOR,
                        RankedClient.Reason.TOP_OF_SECTOR, RankedClient.Reason.TOP_OF_SECTOR, RankedClient.Reason.MOTIVATED,
                        RankedClient.Reason.FILL),
                ranking.clients().stream().map(RankedClient::reason).toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6), ranking.clients().stream().map(RankedClient::rank).toList());
        assertEquals(1, ranking.excludedBadPayers());
        assertEquals(1, ranking.excludedDifficult());
    }

    @Test
    void manyInvoicesWithASmallMarginRankLast() {
        ClientRanking ranking = ClientRanker.rank(FILE, SIX_TWO_PER_SECTOR.withListSize(100));
        assertEquals(List.of("R1", "S1", "S2", "R5", "S3", "F1", "F2", "R4"), codes(ranking));
    }

    @Test
    void sectorFiguresUseEveryClientAndFlagTheProfitableOnes() {
        List<SectorProfit> sectors = ClientRanker.rank(FILE, SIX_TWO_PER_SECTOR).sectors();
        assertEquals(List.of("retail", "services", "farming"), sectors.stream().map(SectorProfit::sector).toList());
        assertEquals(18_200, sectors.get(0).totalMargin(), 1e-9);
        assertEquals(3_640, sectors.get(0).marginPerClient(), 1e-9);
        assertEquals(5, sectors.get(0).clients());
        assertEquals(6_600, sectors.get(1).totalMargin(), 1e-9);
        assertEquals(List.of(true, true, false), sectors.stream().map(SectorProfit::profitable).toList());
    }

    @Test
    void includingBadPayersLetsR2IntoTheCore() {
        ClientRanking ranking = ClientRanker.rank(FILE, SIX_TWO_PER_SECTOR.withExclusions(true, false));
        // Retail's top 2 are now R1 and R2; R5 comes back as a motivated addition.
        assertEquals(List.of("R1", "R2", "S1", "S2", "R5", "S3"), codes(ranking));
    }

    @Test
    void includingDifficultClientsLetsR3In() {
        ClientRanking ranking = ClientRanker.rank(FILE, SIX_TWO_PER_SECTOR.withExclusions(false, true).withListSize(100));
        assertEquals(List.of("R1", "S1", "R3", "S2", "R5", "S3", "F1", "F2", "R4"), codes(ranking));
    }

    @Test
    void oneSectorOnly() {
        ClientRanking ranking = ClientRanker.rank(FILE, SIX_TWO_PER_SECTOR.withSector("farming"));
        // Farming is then the profitable sector: its top 2 are F1, F2; nothing else is ranked.
        assertEquals(List.of("F1", "F2"), codes(ranking));
        assertThrows(IllegalArgumentException.class, () -> ClientRanker.rank(FILE, SIX_TWO_PER_SECTOR.withSector("mining")));
    }
}

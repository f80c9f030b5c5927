package org.geoprospect.analysis.ranking;

import java.util.List;

/**
 * The result of {@link ClientRanker}: the ranked clients in rank order and every sector's profitability
 * in sector-rank order. Immutable.
 *
 * @param excludedBadPayers clients left out for payment incidents
 * @param excludedDifficult clients left out as difficult (a bad payer who is also difficult counts as a bad payer)
 */
public record ClientRanking(List<RankedClient> clients, List<SectorProfit> sectors, int excludedBadPayers,
                            int excludedDifficult) {
    public ClientRanking {
        clients = List.copyOf(clients);
        sectors = List.copyOf(sectors);
    }
}

package org.geoprospect.analysis.ranking;

/**
 * The profitability of one sector of activity, over its contacts of category client (all of them:
 * exclusions apply to the list, not to the sector's figures).
 *
 * @param rank            1 = largest total margin
 * @param sector          the sector of activity ("" when the file leaves it empty)
 * @param clients         number of clients
 * @param totalMargin     sum of their gross margins (euros)
 * @param marginPerClient totalMargin / clients
 * @param revenue         sum of their revenues (euros)
 * @param profitable      whether it is one of the profitable sectors (see {@link RankingOptions#profitableShare()})
 */
public record SectorProfit(int rank, String sector, int clients, double totalMargin, double marginPerClient,
                           double revenue, boolean profitable) {
}

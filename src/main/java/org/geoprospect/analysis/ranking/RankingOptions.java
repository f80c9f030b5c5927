package org.geoprospect.analysis.ranking;

/**
 * How {@link ClientRanker} builds the list.
 *
 * @param listSize           N, the length of the list (the method's 30, 50 or 100)
 * @param perSectorTop       how many clients each profitable sector contributes to the core list (20)
 * @param profitableShare    the profitable sectors are the fewest top sectors (by total margin) whose margins
 *                           add up to at least this share of all sectors' margin (0.8: the Pareto rule)
 * @param sector             null, or one sector of activity: then only that sector's clients are ranked,
 *                           and it counts as the only profitable sector
 * @param includeBadPayers   keep clients with payment incidents (excluded by default)
 * @param includeDifficult   keep clients flagged difficult (excluded by default)
 */
public record RankingOptions(int listSize, int perSectorTop, double profitableShare, String sector,
                             boolean includeBadPayers, boolean includeDifficult) {
    /** 30 clients, top 20 per profitable sector, 80 % of the margin, bad payers and difficult ones excluded. */
    public static final RankingOptions DEFAULT = new RankingOptions(30, 20, 0.8, null, false, false);

    public RankingOptions {
        if (listSize < 1) {
            throw new IllegalArgumentException("The ranking needs a list size of 1 or more, got " + listSize + ".");
        }
        if (perSectorTop < 1) {
            throw new IllegalArgumentException("Each sector needs to contribute 1 client or more, got " + perSectorTop + ".");
        }
        if (!(profitableShare > 0 && profitableShare <= 1)) {
            throw new IllegalArgumentException("The profitable share must lie in (0, 1], got " + profitableShare + ".");
        }
    }

    public RankingOptions withListSize(int n) {
        return new RankingOptions(n, perSectorTop, profitableShare, sector, includeBadPayers, includeDifficult);
    }

    public RankingOptions withSector(String s) {
        return new RankingOptions(listSize, perSectorTop, profitableShare, s, includeBadPayers, includeDifficult);
    }

    public RankingOptions withExclusions(boolean badPayers, boolean difficult) {
        return new RankingOptions(listSize, perSectorTop, profitableShare, sector, badPayers, difficult);
    }
}

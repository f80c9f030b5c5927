package org.geoprospect.analysis.ranking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.geoprospect.model.Client;
import org.geoprospect.model.ContactCategory;

/**
 * Ranks the best clients by the customer's method (PRODUCT.md §4): by profit, not by invoice count or
 * revenue. The algorithm, step by step:
 * <ol>
 *   <li><b>Who is ranked.</b> Contacts of category {@code client} only. Sector figures (step 2) use all of
 *       them; the list (steps 3–6) leaves out, unless the options keep them, clients with payment
 *       incidents ({@code paymentIncidents > 0}) and clients flagged difficult, and always clients whose
 *       gross margin is 0 or less (the least profitable: they earn nothing). With a sector option, only
 *       that sector's clients are ranked.</li>
 *   <li><b>Profitable sectors.</b> Per sector of activity: number of clients, total gross margin, margin
 *       per client. Sectors are ordered by total margin (then margin per client, then name). The
 *       profitable sectors are the fewest leading sectors whose totals reach {@code profitableShare}
 *       (80 %) of the margin of all sectors with a positive total; at least the first one. With a sector
 *       option, that sector alone is profitable.</li>
 *   <li><b>Core list.</b> From each profitable sector, its {@code perSectorTop} (20) eligible clients of
 *       largest margin; together, ordered by margin.</li>
 *   <li><b>Motivated additions.</b> Then the eligible clients flagged motivated, of a profitable sector,
 *       with revenue, not already in the core list; ordered by margin.</li>
 *   <li><b>Fill.</b> Then the remaining eligible clients of any sector, by margin, to grow the list.</li>
 *   <li><b>Cut.</b> The list is cut to {@code listSize} (30, 50, 100): a shorter list keeps the core first,
 *       then the motivated clients, then the fill.</li>
 * </ol>
 * Ties on margin go to the larger revenue, then the smaller code, so the order is total and stable.
 *
 * <p>Stateless and thread-safe.
 */
public final class ClientRanker {
    private static final Comparator<Client> BY_MARGIN = Comparator.comparingDouble(Client::grossMargin).reversed()
            .thenComparing(Comparator.comparingDouble(Client::revenue).reversed())
            .thenComparing(Client::code);

    private ClientRanker() {
    }

    /**
     * Ranks the clients.
     *
     * @throws IllegalArgumentException when the sector option names a sector no client has
     */
    public static ClientRanking rank(List<Client> contacts, RankingOptions options) {
        Objects.requireNonNull(contacts, "contacts");
        Objects.requireNonNull(options, "options");
        List<Client> clients = contacts.stream().filter(c -> c.category() == ContactCategory.CLIENT).toList();
        List<SectorProfit> sectors = sectorProfits(clients, options);
        Set<String> profitable = new HashSet<>();
        sectors.stream().filter(SectorProfit::profitable).forEach(s -> profitable.add(s.sector()));

        List<Client> eligible = new ArrayList<>();
        int badPayers = 0;
        int difficult = 0;
        for (Client c : clients) {
            if (options.sector() != null && !sectorOf(c).equalsIgnoreCase(options.sector())) {
                continue;
            }
            if (!options.includeBadPayers() && c.paymentIncidents() > 0) {
                badPayers++;
            } else if (!options.includeDifficult() && c.difficult()) {
                difficult++;
            } else if (c.grossMargin() > 0) {
                eligible.add(c);
            }
        }
        eligible.sort(BY_MARGIN);

        List<Client> core = new ArrayList<>();
        Map<String, Integer> takenPerSector = new LinkedHashMap<>();
        for (Client c : eligible) {
            String sector = sectorOf(c);
            if (profitable.contains(sector) && takenPerSector.merge(sector, 1, Integer::sum) <= options.perSectorTop()) {
                core.add(c);
            }
        }
        Set<String> listed = new HashSet<>();
        core.forEach(c -> listed.add(c.code()));
        List<RankedClient> ranked = new ArrayList<>();
        for (Client c : core) {
            append(ranked, c, RankedClient.Reason.TOP_OF_SECTOR, options);
        }
        for (Client c : eligible) {
            if (c.motivated() && c.revenue() > 0 && profitable.contains(sectorOf(c)) && listed.add(c.code())) {
                append(ranked, c, RankedClient.Reason.MOTIVATED, options);
            }
        }
        for (Client c : eligible) {
            if (listed.add(c.code())) {
                append(ranked, c, RankedClient.Reason.FILL, options);
            }
        }
        return new ClientRanking(ranked, sectors, badPayers, difficult);
    }

    private static void append(List<RankedClient> ranked, Client c, RankedClient.Reason reason, RankingOptions options) {
        if (ranked.size() < options.listSize()) {
            ranked.add(new RankedClient(ranked.size() + 1, c, reason));
        }
    }

    /** Every sector's figures, ranked, with the profitable ones flagged. */
    static List<SectorProfit> sectorProfits(List<Client> clients, RankingOptions options) {
        Map<String, double[]> totals = new LinkedHashMap<>();
        for (Client c : clients) {
            double[] t = totals.computeIfAbsent(sectorOf(c), k -> new double[3]);
            t[0]++;
            t[1] += c.grossMargin();
            t[2] += c.revenue();
        }
        if (options.sector() != null && totals.keySet().stream().noneMatch(s -> s.equalsIgnoreCase(options.sector()))) {
            throw new IllegalArgumentException("No client has the sector of activity '" + options.sector()
                    + "'; the sectors are: " + String.join(", ", totals.keySet()) + ".");
        }
        List<Map.Entry<String, double[]>> order = new ArrayList<>(totals.entrySet());
        order.sort(Comparator.<Map.Entry<String, double[]>>comparingDouble(e -> -e.getValue()[1])
                .thenComparingDouble(e -> -e.getValue()[1] / e.getValue()[0])
                .thenComparing(Map.Entry::getKey));
        double positive = 0;
        for (Map.Entry<String, double[]> e : order) {
            positive += Math.max(0, e.getValue()[1]);
        }
        List<SectorProfit> result = new ArrayList<>();
        double cumulative = 0;
        for (Map.Entry<String, double[]> e : order) {
            double[] t = e.getValue();
            boolean profitable;
            if (options.sector() != null) {
                profitable = e.getKey().equalsIgnoreCase(options.sector());
            } else {
                // Profitable while the sectors before it have not yet reached the share.
                profitable = t[1] > 0 && (result.isEmpty() || cumulative < options.profitableShare() * positive);
                cumulative += Math.max(0, t[1]);
            }
            result.add(new SectorProfit(result.size() + 1, e.getKey(), (int) t[0], t[1], t[1] / t[0], t[2], profitable));
        }
        return result;
    }

    private static String sectorOf(Client c) {
        return c.sector() == null ? "" : c.sector();
    }
}

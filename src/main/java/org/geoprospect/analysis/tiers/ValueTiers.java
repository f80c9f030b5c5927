package org.geoprospect.analysis.tiers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.geoprospect.model.Client;
import org.geoprospect.model.ContactCategory;

/**
 * The project's value tiers ("processes differentiated by client value"): rules taking, in turn, the
 * clients next by gross margin up to a share of all clients (e.g. the top 20 % → "Key account"), every
 * client left in the default tier. Only contacts of category client are tiered. Ranking: margin from the
 * highest, then code (so a tie at a boundary is settled the same way every time); a rule of p % takes
 * ⌈p·n/100⌉ clients, n being the clients of category client. Immutable; thread-safe.
 *
 * @param rules       the tiers in order, first the most valuable
 * @param defaultTier the tier of every client no rule takes ("Standard")
 */
public record ValueTiers(List<TierRule> rules, String defaultTier) {
    /** The default's default name. */
    public static final String STANDARD = "Standard";

    public ValueTiers {
        rules = List.copyOf(rules);
        Objects.requireNonNull(defaultTier, "defaultTier");
        double total = rules.stream().mapToDouble(TierRule::topPercent).sum();
        if (total > 100 + 1e-9) {
            throw new IllegalArgumentException("The value tiers take " + total + " % of the clients together; at most 100 %.");
        }
    }

    /** No tier but the default: every client standard. */
    public static ValueTiers none() {
        return new ValueTiers(List.of(), STANDARD);
    }

    /** The customer's example: the top 20 % by margin are key accounts. */
    public static ValueTiers keyAccounts(double topPercent, String manager) {
        return new ValueTiers(List.of(new TierRule("Key account", topPercent, manager)), STANDARD);
    }

    /** Each client's tier, by client code, for the clients of category client (the others have none). */
    public Map<String, String> assign(List<Client> clients) {
        List<Client> ranked = new ArrayList<>();
        for (Client c : clients) {
            if (c.category() == ContactCategory.CLIENT) {
                ranked.add(c);
            }
        }
        ranked.sort(Comparator.comparingDouble(Client::grossMargin).reversed().thenComparing(Client::code));
        Map<String, String> tiers = new LinkedHashMap<>();
        int n = ranked.size();
        int next = 0;
        for (TierRule rule : rules) {
            int take = (int) Math.ceil(rule.topPercent() * n / 100 - 1e-9);
            for (int k = 0; k < take && next < n; k++) {
                tiers.put(ranked.get(next++).code(), rule.name());
            }
        }
        while (next < n) {
            tiers.put(ranked.get(next++).code(), defaultTier);
        }
        return tiers;
    }

    /** The manager of a tier, or null. */
    public String managerOf(String tier) {
        return rules.stream().filter(r -> r.name().equals(tier)).map(TierRule::manager).findFirst().orElse(null);
    }
}

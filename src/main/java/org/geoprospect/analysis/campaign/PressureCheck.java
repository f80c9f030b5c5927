package org.geoprospect.analysis.campaign;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies a chain's marketing-pressure caps to a step's audience. A person is left out when
 * <ul>
 * <li>they already had {@code maxContactsPer30Days} outbound contacts (SENT, every chain and export) in the
 * 30 days before now (the new contact would exceed the cap) — counted as {@code pressureCap};</li>
 * <li>or, failing that, another <em>active</em> chain contacted them in the last {@code exclusiveDays} days —
 * counted as {@code otherChain}.</li>
 * </ul>
 * Pure.
 */
public final class PressureCheck {
    private PressureCheck() {
    }

    /** One recent outbound contact of a person: when, and in which chain (null for a plain export). */
    public record RecentContact(OffsetDateTime at, String chainName) {
    }

    /** Who remains, in the audience's order, and how many each cap left out. */
    public record Result(List<String> allowed, int pressureCap, int otherChain) {
    }

    /**
     * @param recent       each person's recent outbound contacts (at least the last max(30, D) days)
     * @param activeChains the names of the project's active chains
     */
    public static Result apply(Chain chain, Collection<String> audience, Map<String, List<RecentContact>> recent,
                               Set<String> activeChains, OffsetDateTime now) {
        PressureCaps caps = chain.caps();
        OffsetDateTime monthAgo = now.minusDays(30);
        OffsetDateTime exclusiveFrom = now.minusDays(caps.exclusiveDays());
        List<String> allowed = new ArrayList<>(audience.size());
        int capped = 0;
        int taken = 0;
        for (String code : audience) {
            List<RecentContact> contacts = recent.getOrDefault(code, List.of());
            int lastMonth = 0;
            boolean otherChain = false;
            for (RecentContact c : contacts) {
                if (c.at().isAfter(now)) {
                    continue;
                }
                if (c.at().isAfter(monthAgo)) {
                    lastMonth++;
                }
                if (caps.exclusiveDays() > 0 && c.chainName() != null && !c.chainName().equals(chain.name())
                        && activeChains.contains(c.chainName()) && c.at().isAfter(exclusiveFrom)) {
                    otherChain = true;
                }
            }
            if (caps.maxContactsPer30Days() > 0 && lastMonth >= caps.maxContactsPer30Days()) {
                capped++;
            } else if (otherChain) {
                taken++;
            } else {
                allowed.add(code);
            }
        }
        return new Result(allowed, capped, taken);
    }
}

package org.geoprospect.analysis.tiers;

import java.util.Objects;

/**
 * One value tier of the project: the clients ranked next by margin, up to a share of all clients.
 *
 * @param name       the tier's name ("Key account")
 * @param topPercent the share of clients it takes, after the tiers before it, in percent (0 exclusive, 100)
 * @param manager    who looks after its clients (a named key-account manager), may be null
 */
public record TierRule(String name, double topPercent, String manager) {
    public TierRule {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A value tier needs a name.");
        }
        if (!(topPercent > 0 && topPercent <= 100)) {
            throw new IllegalArgumentException("A value tier takes more than 0 % and at most 100 % of the clients, not "
                    + topPercent + " %.");
        }
    }
}

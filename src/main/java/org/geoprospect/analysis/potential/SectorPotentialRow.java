package org.geoprospect.analysis.potential;

/**
 * A sector's potential as it may be shown or exported: household counts under 10 written {@code "<10"},
 * and the penetration left out (null) when the sector has under 10 households, since it would reveal the
 * count. Clients are companies of the customer file, not households: their count is not masked.
 */
public record SectorPotentialRow(String code, String name, String households, String matchingProspects, long clients,
                                 Double penetrationPerThousand, String remainingPotential) {
    /** The safe view of a sector's exact figures. */
    public static SectorPotentialRow of(SectorPotential p) {
        Double penetration = SmallCounts.masked(p.households()) || p.households() == 0 ? null
                : Math.round(p.penetration() * 100) / 100.0;
        return new SectorPotentialRow(p.code(), p.name(), SmallCounts.show(p.households()),
                SmallCounts.show(p.matchingProspects()), p.clients(), penetration, SmallCounts.show(p.remainingPotential()));
    }
}

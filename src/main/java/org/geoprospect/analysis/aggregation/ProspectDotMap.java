package org.geoprospect.analysis.aggregation;

import java.util.List;

/**
 * The result of {@link ProspectDots#aggregate}: the dots to draw and the groups they come from.
 * Only groups of at least {@link DotSize#MINIMUM_GROUP} households appear; smaller ones are neither
 * drawn nor counted anywhere in this result.
 *
 * @param dots     dots in drawing order, group by group (within a group: large first, in rows from the north-west)
 * @param groups   the shown groups
 * @param cellSize side of a grid cell in metres
 */
public record ProspectDotMap(List<ProspectDot> dots, List<ProspectGroup> groups, double cellSize) {
    public ProspectDotMap {
        dots = List.copyOf(dots);
        groups = List.copyOf(groups);
    }

    /** Households counted in the shown groups. */
    public long shownHouseholds() {
        long total = 0;
        for (ProspectGroup group : groups) {
            total += group.count();
        }
        return total;
    }
}

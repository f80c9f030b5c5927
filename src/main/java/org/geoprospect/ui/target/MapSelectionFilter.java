package org.geoprospect.ui.target;

import org.geoprospect.analysis.selection.ShapeSelections;
import org.geoprospect.index.Selection;

/**
 * "Use map selection": intersects a target's matches with what the map's tools selected. A null map
 * selection means the map has none, so the matches stay as they are; a selection over another universe
 * (the map read the project at another moment than the panels) is ignored rather than mixed up.
 * Stateless.
 */
final class MapSelectionFilter {
    private MapSelectionFilter() {
    }

    static ShapeSelections apply(ShapeSelections matches, Selection mapHouseholds, Selection mapClients) {
        return new ShapeSelections(intersect(matches.households(), mapHouseholds), intersect(matches.clients(), mapClients));
    }

    private static Selection intersect(Selection matches, Selection map) {
        if (map == null || map.universe() != matches.universe()) {
            return matches;
        }
        return matches.and(map);
    }
}

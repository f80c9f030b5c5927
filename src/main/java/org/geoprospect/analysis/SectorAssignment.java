package org.geoprospect.analysis;

import java.util.Arrays;
import java.util.List;
import org.geoprospect.index.PackedPointIndex;
import org.geoprospect.model.Sector;

/** Assigns points to commercial sectors with one polygon query of their index per sector. Stateless. */
final class SectorAssignment {
    private SectorAssignment() {
    }

    /** Each point's sector id (position in {@code sectors}), -1 outside all; a later sector wins an overlap. */
    static int[] assign(PackedPointIndex index, int size, List<Sector> sectors) {
        int[] sectorOf = new int[size];
        Arrays.fill(sectorOf, -1);
        for (int s = 0; s < sectors.size(); s++) {
            int sector = s;
            index.visitPolygon(sectors.get(s).area(), (id, x, y) -> sectorOf[id] = sector);
        }
        return sectorOf;
    }
}

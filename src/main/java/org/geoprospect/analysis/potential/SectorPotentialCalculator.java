package org.geoprospect.analysis.potential;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.geoprospect.analysis.AnalysisData;
import org.geoprospect.index.Selection;
import org.geoprospect.model.ContactCategory;
import org.geoprospect.model.Sector;

/**
 * Computes each commercial sector's potential: households, matching prospects, clients, penetration
 * and remaining potential (definitions in {@link SectorPotential}). One pass over the households with
 * their precomputed sector; stateless and thread-safe when the data is.
 */
public final class SectorPotentialCalculator {
    private SectorPotentialCalculator() {
    }

    /**
     * The sectors' figures, in the sectors' order.
     *
     * @param matching the households matching the criteria (a selection over all households); null means all
     */
    public static List<SectorPotential> compute(AnalysisData data, Selection matching) {
        Objects.requireNonNull(data, "data");
        List<Sector> sectors = data.sectors();
        long[] households = new long[sectors.size()];
        long[] matches = new long[sectors.size()];
        long[] clients = new long[sectors.size()];
        int[] sectorOf = data.householdSectors();
        for (int id = 0; id < sectorOf.length; id++) {
            int s = sectorOf[id];
            if (s >= 0) {
                households[s]++;
                if (matching == null || matching.contains(id)) {
                    matches[s]++;
                }
            }
        }
        int[] clientSector = data.clientSectors();
        for (int c = 0; c < clientSector.length; c++) {
            if (clientSector[c] >= 0 && data.clients().get(c).category() == ContactCategory.CLIENT) {
                clients[clientSector[c]]++;
            }
        }
        List<SectorPotential> rows = new ArrayList<>();
        for (int s = 0; s < sectors.size(); s++) {
            double penetration = households[s] == 0 ? Double.NaN : 1000.0 * clients[s] / households[s];
            rows.add(new SectorPotential(sectors.get(s).code(), sectors.get(s).name(), households[s], matches[s], clients[s],
                    penetration, matches[s]));
        }
        return rows;
    }
}

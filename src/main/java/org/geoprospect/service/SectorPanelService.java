package org.geoprospect.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.geoprospect.analysis.potential.SectorPotential;
import org.geoprospect.analysis.potential.SectorPotentialCalculator;
import org.geoprospect.analysis.potential.SectorPotentialRow;
import org.geoprospect.index.Selection;
import org.geoprospect.model.Sector;
import org.locationtech.jts.geom.Envelope;

/**
 * The map's sector panel: per commercial sector, households, prospects matching the current criterion,
 * clients, penetration and remaining potential — masked ("<10") as {@link SectorPotentialRow} does —
 * with the sector's extent to zoom to. Stateless, thread-safe.
 */
public final class SectorPanelService {
    /**
     * One row of the panel.
     *
     * @param row    the masked figures
     * @param extent the sector's envelope in the project CRS (to zoom to)
     */
    public record SectorPanelRow(SectorPotentialRow row, Envelope extent) {
        public SectorPanelRow {
            Objects.requireNonNull(row, "row");
            extent = new Envelope(extent);
        }
    }

    /**
     * The rows, in the sectors' order.
     *
     * @param matching the households matching the current criterion (a selection over the session's
     *                 households); null means every household
     */
    public List<SectorPanelRow> rows(AnalysisSession session, Selection matching) {
        var data = session.data();
        Selection usable = matching != null && matching.universe() == data.households().size() ? matching : null;
        List<SectorPotential> figures = SectorPotentialCalculator.compute(data, usable);
        List<SectorPanelRow> rows = new ArrayList<>();
        for (int s = 0; s < figures.size(); s++) {
            Sector sector = data.sectors().get(s);
            rows.add(new SectorPanelRow(SectorPotentialRow.of(figures.get(s)), sector.area().getEnvelopeInternal()));
        }
        return rows;
    }
}

package org.geoprospect.io.csv;

import java.util.Objects;
import org.geoprospect.model.Competitor;

/**
 * One accepted row of a competitors file and how it was placed.
 *
 * @param competitor never null
 * @param placement  never null; its precision is stored with the record
 */
public record CompetitorRow(Competitor competitor, Placement placement) {
    public CompetitorRow {
        Objects.requireNonNull(competitor, "competitor");
        Objects.requireNonNull(placement, "placement");
    }

    /** {@code exact} or {@code commune}. */
    public PositionPrecision precision() {
        return placement.precision();
    }
}

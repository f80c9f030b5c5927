package org.geoprospect.io.csv;

import java.util.Objects;
import org.geoprospect.model.Client;

/**
 * One accepted row of a clients file and how it was placed.
 *
 * @param client    never null
 * @param placement never null; its precision is stored with the record
 */
public record ClientRow(Client client, Placement placement) {
    public ClientRow {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(placement, "placement");
    }

    /** {@code exact} or {@code commune}. */
    public PositionPrecision precision() {
        return placement.precision();
    }
}

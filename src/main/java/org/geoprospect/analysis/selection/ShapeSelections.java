package org.geoprospect.analysis.selection;

import java.util.Objects;
import org.geoprospect.index.Selection;

/**
 * What a combination of shapes selects: households (ids of the columns) and clients (positions in the
 * customer file). Immutable.
 */
public record ShapeSelections(Selection households, Selection clients) {
    public ShapeSelections {
        Objects.requireNonNull(households, "households");
        Objects.requireNonNull(clients, "clients");
    }
}

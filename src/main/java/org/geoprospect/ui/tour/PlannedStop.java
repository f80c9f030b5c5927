package org.geoprospect.ui.tour;

import java.util.Objects;
import org.geoprospect.tour.TourStop;

/**
 * One stop of a tour as the app shows it: the household's anonymous code or the client's code, its
 * position and its commune. No personal field ever enters this record (the tour pack adds the
 * approved ones through the service). Immutable.
 *
 * @param code    the household's anonymous code or the client's code; not null
 * @param kind    household or client; not null
 * @param x       easting in the project CRS
 * @param y       northing in the project CRS
 * @param commune the commune's name (or INSEE code when the name is unknown); may be empty, never null
 */
public record PlannedStop(String code, TourStop.Kind kind, double x, double y, String commune) {
    public PlannedStop {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        commune = commune == null ? "" : commune;
    }
}

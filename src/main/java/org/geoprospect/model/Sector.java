package org.geoprospect.model;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * A commercial sector (sales territory), a polygon in the project CRS.
 *
 * @param code unique sector code
 * @param name display name (usually the main town's name)
 */
public record Sector(String code, String name, Geometry area) {
    public Sector {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(area, "area");
    }
}

package org.geoprospect.model;

import java.util.Objects;
import org.locationtech.jts.geom.Envelope;

/**
 * What the project knows of one vector layer, without its features.
 *
 * @param name         unique layer name within the project
 * @param kind         geometry family
 * @param featureCount number of features stored
 * @param sourceSrid   EPSG code of the source file's CRS (0 when unknown)
 * @param extent       extent in the project CRS (may be empty for an empty layer)
 * @param extent4326   extent of the source data in WGS84 longitude/latitude
 */
public record LayerInfo(String name, GeometryKind kind, long featureCount, int sourceSrid,
                        Envelope extent, Envelope extent4326) {
    public LayerInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        extent = new Envelope(extent);
        extent4326 = new Envelope(extent4326);
    }
}

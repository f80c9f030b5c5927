package org.geoprospect.io.geojson;

import java.util.List;
import java.util.Objects;
import org.geoprospect.model.GeometryKind;
import org.geoprospect.model.VectorFeature;

/**
 * What {@link GeoJsonReader} read.
 *
 * @param kind     the geometry family of the layer (that of the first feature with a geometry)
 * @param features features with a geometry of that family, ids = 1-based feature positions in the file
 * @param read     how many features the file holds
 * @param srid     4326 per RFC 7946, or the EPSG code of a legacy (2008 specification) "crs" member
 * @param warnings one sentence per feature skipped and why (capped, with a closing count)
 */
public record GeoJsonData(GeometryKind kind, List<VectorFeature> features, long read, int srid, List<String> warnings) {
    public GeoJsonData {
        Objects.requireNonNull(kind, "kind");
        features = List.copyOf(features);
        warnings = List.copyOf(warnings);
    }
}

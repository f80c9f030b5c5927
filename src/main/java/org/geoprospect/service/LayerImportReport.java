package org.geoprospect.service;

import java.util.List;

/**
 * What a layer import did; field names are the {@code import layer --json} keys.
 *
 * @param features   features (records) in the file
 * @param imported   features stored in the project
 * @param repaired   invalid geometries repaired before storing (JTS GeometryFixer)
 * @param skipped    features not stored (no geometry, unrepairable, other geometry family); each named in warnings
 * @param sourceSrid EPSG code of the file's CRS
 * @param bbox4326   the source data's extent in WGS84: [minLon, minLat, maxLon, maxLat]
 */
public record LayerImportReport(String layer, long features, long imported, long repaired, long skipped,
                                int sourceSrid, double[] bbox4326, List<String> warnings) {
    public LayerImportReport {
        warnings = List.copyOf(warnings);
    }
}

package org.geoprospect.service;

import java.util.List;
import java.util.Objects;
import org.geoprospect.model.GeometryKind;

/**
 * What a vector file holds, read before importing it, for the import dialog. Immutable.
 *
 * @param fileName     the file's name
 * @param kind         the geometry family
 * @param features     features (records) in the file, including those without geometry
 * @param crs          the CRS the file declares, or null when it declares none we recognise
 * @param crsEvidence  how the CRS was found (or why not)
 * @param crsReason    one English sentence on how the .prj was recognised, or null
 * @param encoding     the DBF text encoding used (shapefiles), or null for GeoJSON (always UTF-8)
 * @param columns      attribute names in file order
 * @param rows         the first features' attribute values as text, aligned with {@code columns}
 * @param warnings     the reader's sentences (skipped records, sidecar problems…)
 * @param sourceExtent [minX, minY, maxX, maxY] of the geometries in the file's own coordinates, or null
 *                     when no feature has a geometry
 */
public record LayerPreview(String fileName, GeometryKind kind, long features, CrsOption crs, CrsEvidence crsEvidence,
                           String crsReason, String encoding, List<String> columns, List<List<String>> rows,
                           List<String> warnings, double[] sourceExtent) {
    /** How the CRS of a file was found. */
    public enum CrsEvidence {
        /** The .prj carries an EPSG authority code. */
        PRJ_AUTHORITY,
        /** The .prj's CRS name is a known EPSG or ESRI name. */
        PRJ_NAME,
        /** The .prj's datum and projection parameters match one known CRS. */
        PRJ_PARAMETERS,
        /** GeoJSON: WGS84 longitude/latitude (RFC 7946) or the file's legacy "crs" member. */
        GEOJSON,
        /** The shapefile has no .prj. */
        NO_PRJ,
        /** The .prj describes a CRS that is not recognised. */
        UNRECOGNISED_PRJ
    }

    public LayerPreview {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(crsEvidence, "crsEvidence");
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        warnings = List.copyOf(warnings);
        sourceExtent = sourceExtent == null ? null : sourceExtent.clone();
    }

    /** Whether the user must choose the CRS before importing (none declared, or not recognised). */
    public boolean crsRequired() {
        return crs == null;
    }

    @Override
    public double[] sourceExtent() {
        return sourceExtent == null ? null : sourceExtent.clone();
    }
}

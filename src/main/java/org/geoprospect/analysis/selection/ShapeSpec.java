package org.geoprospect.analysis.selection;

import java.util.List;
import java.util.Objects;

/**
 * One shape of a map selection and how it combines with the shapes before it, in a form that survives
 * a re-run on updated data: coordinates in WGS84 (not the project CRS), competitors, sectors and
 * communes by code. Fields a kind does not use are null. Immutable.
 *
 * @param op         how it combines (null means ADD)
 * @param kind       the shape
 * @param wkt        POLYGON: WKT in WGS84 (lon lat), Polygon or MultiPolygon
 * @param lon        CIRCLE: centre longitude
 * @param lat        CIRCLE: centre latitude
 * @param radiusKm   CIRCLE and COMPETITOR_RADIUS: radius in km (planar, in the project CRS)
 * @param code       COMPETITOR_RADIUS: competitor code; SECTOR: sector code; COMMUNE: INSEE code
 * @param bbox       RECTANGLE: [minLon, minLat, maxLon, maxLat]
 */
public record ShapeSpec(SelectionOp op, ShapeKind kind, String wkt, Double lon, Double lat, Double radiusKm,
                        String code, List<Double> bbox) {
    public ShapeSpec {
        Objects.requireNonNull(kind, "kind");
        op = op == null ? SelectionOp.ADD : op;
        bbox = bbox == null ? null : List.copyOf(bbox);
    }

    public static ShapeSpec polygon(String wkt4326) {
        return new ShapeSpec(SelectionOp.ADD, ShapeKind.POLYGON, wkt4326, null, null, null, null, null);
    }

    public static ShapeSpec rectangle(double minLon, double minLat, double maxLon, double maxLat) {
        return new ShapeSpec(SelectionOp.ADD, ShapeKind.RECTANGLE, null, null, null, null, null,
                List.of(minLon, minLat, maxLon, maxLat));
    }

    public static ShapeSpec circle(double lon, double lat, double radiusKm) {
        return new ShapeSpec(SelectionOp.ADD, ShapeKind.CIRCLE, null, lon, lat, radiusKm, null, null);
    }

    public static ShapeSpec aroundCompetitor(String competitorCode, double radiusKm) {
        return new ShapeSpec(SelectionOp.ADD, ShapeKind.COMPETITOR_RADIUS, null, null, null, radiusKm, competitorCode, null);
    }

    public static ShapeSpec sector(String sectorCode) {
        return new ShapeSpec(SelectionOp.ADD, ShapeKind.SECTOR, null, null, null, null, sectorCode, null);
    }

    public static ShapeSpec commune(String insee) {
        return new ShapeSpec(SelectionOp.ADD, ShapeKind.COMMUNE, null, null, null, null, insee, null);
    }

    /** The same shape combined with {@code operation}. */
    public ShapeSpec as(SelectionOp operation) {
        return new ShapeSpec(operation, kind, wkt, lon, lat, radiusKm, code, bbox);
    }
}

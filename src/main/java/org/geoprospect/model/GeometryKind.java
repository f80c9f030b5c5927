package org.geoprospect.model;

/** The geometry family of a vector layer; multi-part geometries belong to the family of their parts. */
public enum GeometryKind {
    POINT, LINE, POLYGON;

    /**
     * Returns the family of a JTS geometry type name such as {@code "MultiLineString"}.
     *
     * @throws IllegalArgumentException for a type that has no family here (e.g. GeometryCollection)
     */
    public static GeometryKind ofJtsType(String geometryType) {
        return switch (geometryType) {
            case "Point", "MultiPoint" -> POINT;
            case "LineString", "LinearRing", "MultiLineString" -> LINE;
            case "Polygon", "MultiPolygon" -> POLYGON;
            default -> throw new IllegalArgumentException("Unsupported geometry type: " + geometryType);
        };
    }
}

package org.geoprospect.io.shp;

import org.geoprospect.model.GeometryKind;

/**
 * The shape type codes of the ESRI Shapefile Technical Description (July 1998) that this package
 * understands, with their geometry family and whether they carry Z and M values.
 */
enum ShapeType {
    NULL(0, null, false, false),
    POINT(1, GeometryKind.POINT, false, false),
    POLYLINE(3, GeometryKind.LINE, false, false),
    POLYGON(5, GeometryKind.POLYGON, false, false),
    MULTIPOINT(8, GeometryKind.POINT, false, false),
    POINT_Z(11, GeometryKind.POINT, true, true),
    POLYLINE_Z(13, GeometryKind.LINE, true, true),
    POLYGON_Z(15, GeometryKind.POLYGON, true, true),
    MULTIPOINT_Z(18, GeometryKind.POINT, true, true),
    POINT_M(21, GeometryKind.POINT, false, true),
    POLYLINE_M(23, GeometryKind.LINE, false, true),
    POLYGON_M(25, GeometryKind.POLYGON, false, true),
    MULTIPOINT_M(28, GeometryKind.POINT, false, true),
    MULTIPATCH(31, GeometryKind.POLYGON, true, true);

    /** The code written in the file. */
    final int code;
    /** The geometry family, null for the null shape. */
    final GeometryKind kind;
    final boolean hasZ;
    final boolean hasM;

    ShapeType(int code, GeometryKind kind, boolean hasZ, boolean hasM) {
        this.code = code;
        this.kind = kind;
        this.hasZ = hasZ;
        this.hasM = hasM;
    }

    /** Returns the shape type of a code, or null when the code is not one of the specification. */
    static ShapeType ofCode(int code) {
        for (ShapeType type : values()) {
            if (type.code == code) {
                return type;
            }
        }
        return null;
    }

    /** Whether records of this type are single points (X, Y [, Z] [, M]). */
    boolean isSinglePoint() {
        return this == POINT || this == POINT_Z || this == POINT_M;
    }

    /** Whether records of this type are multipoints (box, count, points). */
    boolean isMultiPoint() {
        return this == MULTIPOINT || this == MULTIPOINT_Z || this == MULTIPOINT_M;
    }

    /** A readable name for messages, e.g. "PolygonZ (15)". */
    String label() {
        String base = switch (this) {
            case NULL -> "Null";
            case POINT, POINT_Z, POINT_M -> "Point";
            case POLYLINE, POLYLINE_Z, POLYLINE_M -> "PolyLine";
            case POLYGON, POLYGON_Z, POLYGON_M -> "Polygon";
            case MULTIPOINT, MULTIPOINT_Z, MULTIPOINT_M -> "MultiPoint";
            case MULTIPATCH -> "MultiPatch";
        };
        String suffix = hasZ && this != MULTIPATCH ? "Z" : (hasM && !hasZ ? "M" : "");
        return base + suffix + " (" + code + ")";
    }
}

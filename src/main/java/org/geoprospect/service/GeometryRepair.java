package org.geoprospect.service;

import org.geoprospect.model.GeometryKind;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * The documented repair rule for imported geometries: an invalid polygon (self-intersection, wrong
 * nesting, duplicate points…) is rebuilt by JTS's {@link GeometryFixer}, which keeps every area the
 * rings enclose; the result must still be polygonal and not empty, else the feature is skipped.
 * Lines and points need no repair beyond what the readers check (finite coordinates).
 */
final class GeometryRepair {
    /** The verdict for one geometry: the geometry to store (null when skipped), whether it was repaired, why skipped. */
    record Outcome(Geometry geometry, boolean repaired, String skipReason) {
    }

    private GeometryRepair() {
    }

    static Outcome check(Geometry geometry, GeometryKind kind) {
        if (geometry == null || geometry.isEmpty()) {
            return new Outcome(null, false, "its geometry is empty");
        }
        if (kind != GeometryKind.POLYGON || geometry.isValid()) {
            return new Outcome(geometry, false, null);
        }
        Geometry fixed = polygonalPart(GeometryFixer.fix(geometry));
        if (fixed == null || fixed.isEmpty()) {
            return new Outcome(null, false, "its polygon is invalid and encloses no area once repaired");
        }
        return new Outcome(fixed, true, null);
    }

    /** The polygons of a fixer's result (it may return a collection mixing lower dimensions). */
    private static Geometry polygonalPart(Geometry geometry) {
        if (geometry instanceof Polygon || geometry instanceof MultiPolygon) {
            return geometry;
        }
        java.util.List<Polygon> polygons = new java.util.ArrayList<>();
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Geometry part = geometry.getGeometryN(i);
            if (part instanceof Polygon polygon && !polygon.isEmpty()) {
                polygons.add(polygon);
            } else if (part instanceof MultiPolygon multi) {
                for (int j = 0; j < multi.getNumGeometries(); j++) {
                    polygons.add((Polygon) multi.getGeometryN(j));
                }
            }
        }
        if (polygons.isEmpty()) {
            return null;
        }
        GeometryFactory factory = geometry.getFactory();
        return polygons.size() == 1 ? polygons.get(0) : factory.createMultiPolygon(polygons.toArray(Polygon[]::new));
    }

}

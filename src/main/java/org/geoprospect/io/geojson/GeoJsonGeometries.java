package org.geoprospect.io.geojson;

import com.fasterxml.jackson.databind.JsonNode;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Converts RFC 7946 geometry objects to JTS. Positions are [x, y] or [x, y, z]; further ordinates are
 * ignored as the RFC allows. Stateless apart from the factory; thread-safe.
 */
final class GeoJsonGeometries {
    private final GeometryFactory factory;

    GeoJsonGeometries(GeometryFactory factory) {
        this.factory = factory;
    }

    /**
     * Converts one geometry object.
     *
     * @throws IllegalArgumentException with a short reason when the object is not a valid geometry
     */
    Geometry toJts(JsonNode geometry) {
        String type = text(geometry, "type");
        JsonNode coordinates = geometry.get("coordinates");
        if (type.equals("GeometryCollection")) {
            throw new IllegalArgumentException("a GeometryCollection, which a map layer cannot hold");
        }
        if (coordinates == null || !coordinates.isArray()) {
            throw new IllegalArgumentException("a " + type + " without a coordinates array");
        }
        return switch (type) {
            case "Point" -> point(coordinates);
            case "MultiPoint" -> factory.createMultiPoint(map(coordinates, this::point, Point[]::new));
            case "LineString" -> line(coordinates);
            case "MultiLineString" -> factory.createMultiLineString(map(coordinates, this::line, LineString[]::new));
            case "Polygon" -> polygon(coordinates);
            case "MultiPolygon" -> factory.createMultiPolygon(map(coordinates, this::polygon, Polygon[]::new));
            default -> throw new IllegalArgumentException("an unknown geometry type '" + type + "'");
        };
    }

    private Point point(JsonNode position) {
        return factory.createPoint(coordinate(position));
    }

    private LineString line(JsonNode positions) {
        Coordinate[] coordinates = coordinates(positions);
        if (coordinates.length < 2) {
            throw new IllegalArgumentException("a LineString with fewer than 2 positions");
        }
        return factory.createLineString(coordinates);
    }

    private LinearRing ring(JsonNode positions) {
        Coordinate[] coordinates = coordinates(positions);
        if (coordinates.length < 4) {
            throw new IllegalArgumentException("a polygon ring with fewer than 4 positions");
        }
        if (!coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
            throw new IllegalArgumentException("a polygon ring that is not closed (its last position differs from its first)");
        }
        return factory.createLinearRing(coordinates);
    }

    private Polygon polygon(JsonNode rings) {
        if (!rings.isArray() || rings.isEmpty()) {
            throw new IllegalArgumentException("a Polygon without rings");
        }
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return factory.createPolygon(shell, holes);
    }

    private Coordinate[] coordinates(JsonNode positions) {
        if (!positions.isArray()) {
            throw new IllegalArgumentException("positions that are not an array");
        }
        Coordinate[] coordinates = new Coordinate[positions.size()];
        for (int i = 0; i < coordinates.length; i++) {
            coordinates[i] = coordinate(positions.get(i));
        }
        return coordinates;
    }

    private static Coordinate coordinate(JsonNode position) {
        if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
            throw new IllegalArgumentException("a position that is not [x, y] numbers");
        }
        double x = position.get(0).asDouble();
        double y = position.get(1).asDouble();
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("a position with a coordinate that is not a finite number");
        }
        return position.size() >= 3 && position.get(2).isNumber()
                ? new Coordinate(x, y, position.get(2).asDouble()) : new Coordinate(x, y);
    }

    private static <T> T[] map(JsonNode array, java.util.function.Function<JsonNode, T> convert,
                               java.util.function.IntFunction<T[]> newArray) {
        if (!array.isArray()) {
            throw new IllegalArgumentException("coordinates that are not an array");
        }
        T[] parts = newArray.apply(array.size());
        for (int i = 0; i < parts.length; i++) {
            parts[i] = convert.apply(array.get(i));
        }
        return parts;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("a geometry without a \"" + field + "\"");
        }
        return value.asText();
    }
}

package org.geoprospect.analysis.selection;

import java.util.List;
import java.util.Objects;
import org.geoprospect.analysis.AnalysisData;
import org.geoprospect.geo.CoordinateTransform;
import org.geoprospect.geo.GeometryReprojector;
import org.geoprospect.geo.Srids;
import org.geoprospect.index.HouseholdColumns;
import org.geoprospect.index.PackedPointIndex;
import org.geoprospect.index.Selection;
import org.geoprospect.index.SelectionBuilder;
import org.geoprospect.model.Competitor;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * Turns the map's shapes into selections of households and clients, on the in-memory indexes.
 *
 * <p>Combination: shapes apply in order to a running selection. With no shape, everything is selected.
 * Otherwise the running selection starts empty, or full when the first shape subtracts or intersects
 * (so "everything but this sector" is one SUBTRACT shape); then ADD is a union, SUBTRACT a difference,
 * INTERSECT an intersection. A COMMUNE shape selects the households recorded in that commune and no
 * client (clients carry no commune).
 *
 * <p>Stateless; thread-safe when the data is.
 */
public final class GeometrySelector {
    /** Rectangle edges are densified to this step (degrees) before projection, about 1 km. */
    private static final double RECTANGLE_STEP_DEGREES = 0.01;

    private GeometrySelector() {
    }

    /**
     * The households and clients the shapes select.
     *
     * @throws IllegalArgumentException with one sentence for bad WKT, an unknown competitor, sector or
     *                                  commune code, or a missing field of a shape
     */
    public static ShapeSelections select(List<ShapeSpec> shapes, AnalysisData data) {
        Objects.requireNonNull(shapes, "shapes");
        int households = data.households().size();
        int clients = data.clients().size();
        if (shapes.isEmpty()) {
            return new ShapeSelections(Selection.all(households), Selection.all(clients));
        }
        boolean startFull = shapes.get(0).op() != SelectionOp.ADD;
        Selection h = startFull ? Selection.all(households) : Selection.none(households);
        Selection c = startFull ? Selection.all(clients) : Selection.none(clients);
        CoordinateTransform toProject = CoordinateTransform.between(Srids.WGS84, data.projectSrid());
        for (ShapeSpec shape : shapes) {
            ShapeSelections one = selectOne(shape, data, toProject);
            h = combine(h, one.households(), shape.op());
            c = combine(c, one.clients(), shape.op());
        }
        return new ShapeSelections(h, c);
    }

    private static Selection combine(Selection running, Selection shape, SelectionOp op) {
        return switch (op) {
            case ADD -> running.or(shape);
            case SUBTRACT -> running.andNot(shape);
            case INTERSECT -> running.and(shape);
        };
    }

    private static ShapeSelections selectOne(ShapeSpec shape, AnalysisData data, CoordinateTransform toProject) {
        PackedPointIndex households = data.householdIndex();
        PackedPointIndex clients = data.clientIndex();
        switch (shape.kind()) {
            case POLYGON, RECTANGLE -> {
                Geometry projected = projectedArea(shape, toProject);
                return new ShapeSelections(households.selectPolygon(projected), clients.selectPolygon(projected));
            }
            case CIRCLE -> {
                double[] centre = toProject.transform(required(shape.lon(), "lon", shape), required(shape.lat(), "lat", shape));
                double radius = radiusMetres(shape);
                return new ShapeSelections(households.selectRadius(centre[0], centre[1], radius),
                        clients.selectRadius(centre[0], centre[1], radius));
            }
            case COMPETITOR_RADIUS -> {
                int id = data.competitorId(required(shape.code(), "code", shape));
                if (id < 0) {
                    throw new IllegalArgumentException("Unknown competitor '" + shape.code() + "'; the project's competitors are: "
                            + String.join(", ", data.competitors().stream().map(Competitor::code).toList()) + ".");
                }
                Competitor k = data.competitors().get(id);
                double radius = radiusMetres(shape);
                return new ShapeSelections(households.selectRadius(k.x(), k.y(), radius), clients.selectRadius(k.x(), k.y(), radius));
            }
            case SECTOR -> {
                int id = data.sectorId(required(shape.code(), "code", shape));
                if (id < 0) {
                    throw new IllegalArgumentException("Unknown commercial sector '" + shape.code() + "'; the project's sectors are: "
                            + String.join(", ", data.sectors().stream().map(s -> s.code()).toList()) + ".");
                }
                Geometry area = data.sectors().get(id).area();
                return new ShapeSelections(households.selectPolygon(area), clients.selectPolygon(area));
            }
            case COMMUNE -> {
                return new ShapeSelections(commune(data.households(), required(shape.code(), "code", shape)),
                        Selection.none(data.clients().size()));
            }
            default -> throw new IllegalArgumentException("Unsupported shape " + shape.kind() + ".");
        }
    }

    /**
     * The area a shape covers in the project CRS, to draw its outline on the map: the polygon or
     * rectangle, the circle (as a 64-gon), the sector's polygon; empty for a commune (the data knows its
     * households, not its boundary) and for a code the data does not hold.
     */
    public static java.util.Optional<Geometry> outline(ShapeSpec shape, AnalysisData data) {
        CoordinateTransform toProject = CoordinateTransform.between(Srids.WGS84, data.projectSrid());
        GeometryFactory factory = new GeometryFactory();
        try {
            return switch (shape.kind()) {
                case POLYGON, RECTANGLE -> java.util.Optional.of(projectedArea(shape, toProject));
                case CIRCLE -> {
                    double[] c = toProject.transform(required(shape.lon(), "lon", shape), required(shape.lat(), "lat", shape));
                    yield java.util.Optional.of(factory.createPoint(new Coordinate(c[0], c[1])).buffer(radiusMetres(shape), 16));
                }
                case COMPETITOR_RADIUS -> {
                    int id = data.competitorId(required(shape.code(), "code", shape));
                    if (id < 0) {
                        yield java.util.Optional.empty();
                    }
                    Competitor k = data.competitors().get(id);
                    yield java.util.Optional.of(factory.createPoint(new Coordinate(k.x(), k.y())).buffer(radiusMetres(shape), 16));
                }
                case SECTOR -> {
                    int id = data.sectorId(required(shape.code(), "code", shape));
                    yield id < 0 ? java.util.Optional.empty() : java.util.Optional.of(data.sectors().get(id).area());
                }
                default -> java.util.Optional.empty();
            };
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    /** The households recorded in the commune; an INSEE code absent from the data selects none. */
    static Selection commune(HouseholdColumns households, String insee) {
        int number = households.communeCodes().indexOf(insee.trim());
        SelectionBuilder builder = new SelectionBuilder(households.size());
        if (number >= 0) {
            for (int id = 0; id < households.size(); id++) {
                if (households.communeIndex(id) == number) {
                    builder.add(id);
                }
            }
        }
        return builder.build();
    }

    /** A POLYGON or RECTANGLE shape's area in the project CRS. */
    static Geometry projectedArea(ShapeSpec shape, CoordinateTransform toProject) {
        GeometryFactory factory = new GeometryFactory();
        Geometry lonLat;
        if (shape.kind() == ShapeKind.RECTANGLE) {
            List<Double> b = shape.bbox();
            if (b == null || b.size() != 4 || !(b.get(0) < b.get(2)) || !(b.get(1) < b.get(3))) {
                throw new IllegalArgumentException("A rectangle needs minLon,minLat,maxLon,maxLat with min below max, got "
                        + b + ".");
            }
            Coordinate[] ring = {new Coordinate(b.get(0), b.get(1)), new Coordinate(b.get(2), b.get(1)),
                    new Coordinate(b.get(2), b.get(3)), new Coordinate(b.get(0), b.get(3)), new Coordinate(b.get(0), b.get(1))};
            lonLat = Densifier.densify(factory.createPolygon(ring), RECTANGLE_STEP_DEGREES);
        } else {
            String wkt = required(shape.wkt(), "wkt", shape);
            try {
                lonLat = new WKTReader(factory).read(wkt);
            } catch (ParseException e) {
                throw new IllegalArgumentException("The polygon is not valid WKT (" + e.getMessage()
                        + "); give e.g. POLYGON((-0.9 47.0, -0.8 47.0, -0.8 47.1, -0.9 47.0)) in longitude latitude.", e);
            }
            if (lonLat.getDimension() != 2) {
                throw new IllegalArgumentException("The selection polygon is a " + lonLat.getGeometryType()
                        + "; give a POLYGON or MULTIPOLYGON in longitude latitude.");
            }
        }
        return new GeometryReprojector(toProject).reproject(lonLat);
    }

    private static double radiusMetres(ShapeSpec shape) {
        double km = required(shape.radiusKm(), "radiusKm", shape);
        if (!(km >= 0) || Double.isInfinite(km)) {
            throw new IllegalArgumentException("A selection radius must be 0 km or more, got " + km + ".");
        }
        return km * 1000;
    }

    private static <T> T required(T value, String field, ShapeSpec shape) {
        if (value == null) {
            throw new IllegalArgumentException("A " + shape.kind().name().toLowerCase(java.util.Locale.ROOT)
                    + " selection needs its " + field + ".");
        }
        return value;
    }
}

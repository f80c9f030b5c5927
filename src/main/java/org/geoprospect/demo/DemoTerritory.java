package org.geoprospect.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.geoprospect.geo.Commune;
import org.geoprospect.geo.CommuneTable;
import org.geoprospect.geo.CoordinateTransform;
import org.geoprospect.geo.Srids;
import org.locationtech.jts.algorithm.hull.ConcaveHull;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * The demo territory: the real communes of Maine-et-Loire (département 49, town-centre positions and
 * populations from the shipped commune table) and an approximate outline of the département, built
 * from them (there is no real boundary in the project's data).
 *
 * <p>Outline: the concave hull of the 105 town centres (edge-length ratio {@value #HULL_LENGTH_RATIO}),
 * buffered by {@value #OUTLINE_BUFFER_M} m so that the outer communes' land lies inside, simplified to
 * {@value #OUTLINE_TOLERANCE_M} m. Everything is in Lambert-93 (EPSG:2154) metres. Immutable and
 * thread-safe once built; building it involves no randomness.
 */
public final class DemoTerritory {
    /** The département of the demo territory. */
    public static final String DEPARTEMENT = "49";
    static final double HULL_LENGTH_RATIO = 0.3;
    static final double OUTLINE_BUFFER_M = 7000;
    static final double OUTLINE_TOLERANCE_M = 300;
    private static final CoordinateTransform TO_LAMBERT = CoordinateTransform.between(Srids.WGS84, Srids.LAMBERT_93);

    private final List<Commune> communes;
    private final Coordinate[] positions;
    private final GeometryFactory factory;
    private final Polygon outline;
    private final IndexedPointInAreaLocator locator;

    private DemoTerritory(List<Commune> communes, Coordinate[] positions, GeometryFactory factory, Polygon outline) {
        this.communes = communes;
        this.positions = positions;
        this.factory = factory;
        this.outline = outline;
        this.locator = new IndexedPointInAreaLocator(outline);
    }

    /** Builds the territory of Maine-et-Loire from the shipped commune table. */
    public static DemoTerritory maineEtLoire() {
        return of(CommuneTable.shipped().inDepartement(DEPARTEMENT));
    }

    /** Builds a territory from communes (at least 3, not aligned); their order is kept. */
    static DemoTerritory of(List<Commune> communes) {
        GeometryFactory factory = new GeometryFactory(new PrecisionModel(), Srids.LAMBERT_93);
        Coordinate[] positions = new Coordinate[communes.size()];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = lambert(communes.get(i).lon(), communes.get(i).lat());
        }
        Geometry hull = ConcaveHull.concaveHullByLengthRatio(factory.createMultiPointFromCoords(positions), HULL_LENGTH_RATIO);
        Geometry buffered = DouglasPeuckerSimplifier.simplify(hull.buffer(OUTLINE_BUFFER_M, 8), OUTLINE_TOLERANCE_M);
        Polygon outline = largestPolygon(buffered);
        outline.setSRID(Srids.LAMBERT_93);
        return new DemoTerritory(List.copyOf(communes), positions, factory, outline);
    }

    private static Polygon largestPolygon(Geometry geometry) {
        List<Polygon> parts = new ArrayList<>();
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            if (geometry.getGeometryN(i) instanceof Polygon polygon) {
                parts.add(polygon);
            }
        }
        return parts.stream().max(Comparator.comparingDouble(Geometry::getArea))
                .orElseThrow(() -> new IllegalStateException("The territory outline is empty"));
    }

    /** The communes, in commune-table (INSEE) order. */
    public List<Commune> communes() {
        return communes;
    }

    /** Lambert-93 position of commune {@code i}'s town centre (a copy). */
    public Coordinate position(int i) {
        return positions[i].copy();
    }

    /** Index of the commune with this INSEE code, or -1. */
    public int indexOf(String insee) {
        for (int i = 0; i < communes.size(); i++) {
            if (communes.get(i).insee().equals(insee)) {
                return i;
            }
        }
        return -1;
    }

    /** The approximate département outline in Lambert-93 (shared instance: do not modify). */
    public Polygon outline() {
        return outline;
    }

    /** The geometry factory of the territory (Lambert-93, floating precision). */
    public GeometryFactory factory() {
        return factory;
    }

    /**
     * Where the straight line from an inside point toward a point outside the territory first crosses
     * the outline; {@code target} itself when it lies inside.
     */
    public Coordinate borderPointToward(Coordinate from, Coordinate target) {
        Geometry crossings = factory.createLineString(new Coordinate[] {from, target}).intersection(outline.getExteriorRing());
        Coordinate nearest = target.copy();
        for (Coordinate crossing : crossings.getCoordinates()) {
            if (crossing.distance(from) < nearest.distance(from)) {
                nearest = crossing.copy();
            }
        }
        return nearest;
    }

    /** Lambert-93 position of a WGS84 longitude/latitude. */
    public static Coordinate lambert(double lon, double lat) {
        double[] xy = TO_LAMBERT.transform(lon, lat);
        return new Coordinate(xy[0], xy[1]);
    }

    /** Whether a Lambert-93 point lies inside the outline (boundary included). Thread-safe after first use. */
    public boolean contains(double x, double y) {
        return locator.locate(new Coordinate(x, y)) != Location.EXTERIOR;
    }
}

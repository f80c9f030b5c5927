package org.geoprospect.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.geoprospect.geo.Commune;
import org.geoprospect.geo.CommuneTable;
import org.geoprospect.geo.CoordinateTransform;
import org.geoprospect.geo.Srids;
import org.geoprospect.model.GeometryKind;
import org.geoprospect.model.LayerInfo;
import org.geoprospect.model.VectorFeature;
import org.geoprospect.model.VectorLayer;
import org.geoprospect.service.MapContent;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPoint;

/**
 * Map contents built in code for tests and screenshots: a tiny map whose pixels are known by
 * construction, and a demo-like Maine-et-Loire map (real commune positions from the shipped
 * commune table, invented roads, rails and sectors) to judge styles and measure speed.
 */
public final class SyntheticMaps {
    private static final GeometryFactory GF = new GeometryFactory();

    private SyntheticMaps() {
    }

    /**
     * A 400 m × 300 m world, meant to be drawn at 1 m per pixel in a 400 × 300 image, so that
     * screen x = world x and screen y = 300 − world y: a territory square (100..300, 100..250), a
     * sector square (110..190, 160..240) named "Nord", a motorway along y = 150, a railway along
     * x = 50 (y 100..280) and three communes.
     */
    public static MapContent small() {
        List<VectorLayer> layers = List.of(
                layer("territory", GeometryKind.POLYGON, feature(1, rectangle(100, 100, 300, 250), Map.of())),
                layer("sectors", GeometryKind.POLYGON,
                        feature(1, rectangle(110, 160, 190, 240), Map.of("code", "S1", "name", "Nord"))),
                layer("roads", GeometryKind.LINE,
                        feature(1, line(20, 150, 380, 150), Map.of("class", "motorway", "name", "A11"))),
                layer("railways", GeometryKind.LINE, feature(1, line(50, 100, 50, 280), Map.of("name", "Ligne"))),
                layer("communes", GeometryKind.POINT,
                        feature(1, point(200, 220), Map.of("name", "Alpha", "population", 5000L)),
                        feature(2, point(60, 60), Map.of("name", "Beta", "population", 100L)),
                        feature(3, point(340, 60), Map.of("name", "Gamma", "population", 2000L))));
        return new MapContent(Srids.LAMBERT_93, layers, new Envelope(0, 400, 0, 300));
    }

    /** A viewport showing {@link #small()} at exactly 1 m per pixel. */
    public static Viewport smallViewport() {
        return Viewport.of(200, 150, 1.0, 400, 300);
    }

    /**
     * A demo-like map of Maine-et-Loire in Lambert-93: the département's communes from the shipped
     * table, a territory around them, six sectors, about 3 motorways, 40 main and 600 dense local
     * roads, and 3 railways. Deterministic.
     */
    public static MapContent maineEtLoireLike() {
        Random random = new Random(49);
        CoordinateTransform toL93 = CoordinateTransform.between(Srids.WGS84, Srids.LAMBERT_93);
        List<Commune> communes = new ArrayList<>(CommuneTable.shipped().inDepartement("49"));
        communes.sort(Comparator.comparingInt(Commune::population).reversed());
        List<Coordinate> towns = new ArrayList<>();
        List<VectorFeature> communeFeatures = new ArrayList<>();
        for (Commune c : communes) {
            double[] xy = toL93.transform(c.lon(), c.lat());
            towns.add(new Coordinate(xy[0], xy[1]));
            Map<String, Object> attributes = new LinkedHashMap<>();
            attributes.put("name", c.name());
            attributes.put("insee", c.insee());
            attributes.put("postal_cd", c.postalCodes().get(0));
            attributes.put("population", (long) c.population());
            communeFeatures.add(feature(communeFeatures.size() + 1, GF.createPoint(towns.get(towns.size() - 1)), attributes));
        }
        MultiPoint all = GF.createMultiPointFromCoords(towns.toArray(new Coordinate[0]));
        Geometry territory = all.convexHull().buffer(4000, 24);
        territory = wobble(territory, random);
        Envelope extent = territory.getEnvelopeInternal();

        List<VectorFeature> sectors = new ArrayList<>();
        String[] names = {"Segréen", "Angers Nord", "Baugeois", "Mauges", "Layon", "Saumurois"};
        for (int row = 0; row < 2; row++) {
            for (int col = 0; col < 3; col++) {
                double x0 = extent.getMinX() + extent.getWidth() * col / 3;
                double y0 = extent.getMaxY() - extent.getHeight() * (row + 1) / 2;
                Geometry cell = rectangle(x0, y0, x0 + extent.getWidth() / 3, y0 + extent.getHeight() / 2);
                int n = row * 3 + col;
                sectors.add(feature(n + 1, cell.intersection(territory),
                        Map.of("code", "S" + (n + 1), "name", names[n])));
            }
        }

        List<VectorFeature> roads = new ArrayList<>();
        int[][] motorways = {{0, 1}, {0, 2}, {0, 3}};
        for (int[] m : motorways) {
            roads.add(feature(roads.size() + 1, road(towns.get(m[0]), towns.get(m[1]), 400, random),
                    Map.of("class", "motorway", "name", "A" + (roads.size() + 10))));
        }
        for (int i = 0; i < 25; i++) {
            for (int j : nearest(towns, i, 2, 25)) {
                roads.add(feature(roads.size() + 1, road(towns.get(i), towns.get(j), 250, random),
                        Map.of("class", "main", "name", "D" + (roads.size() + 100))));
            }
        }
        for (int i = 0; i < towns.size(); i++) {
            for (int j : nearest(towns, i, 3, towns.size())) {
                if (j > i) {
                    roads.add(feature(roads.size() + 1, road(towns.get(i), towns.get(j), 60, random),
                            Map.of("class", "local", "name", "C" + roads.size())));
                }
            }
        }
        List<VectorFeature> rails = new ArrayList<>();
        for (int[] r : new int[][] {{0, 2}, {0, 1}, {0, 5}}) {
            rails.add(feature(rails.size() + 1, road(towns.get(r[0]), towns.get(r[1]), 500, random), Map.of("name", "Ligne " + rails.size())));
        }
        List<VectorLayer> layers = List.of(
                layer("territory", GeometryKind.POLYGON, List.of(feature(1, territory, Map.of()))),
                layer("sectors", GeometryKind.POLYGON, sectors),
                layer("roads", GeometryKind.LINE, roads),
                layer("railways", GeometryKind.LINE, rails),
                layer("communes", GeometryKind.POINT, communeFeatures));
        return new MapContent(Srids.LAMBERT_93, layers, extent);
    }

    /** A natural-looking boundary: densified to 300 m, pushed in and out by a smooth random walk. */
    private static Geometry wobble(Geometry polygon, Random random) {
        Coordinate[] ring = org.locationtech.jts.densify.Densifier.densify(polygon, 300).getCoordinates();
        Coordinate centre = polygon.getCentroid().getCoordinate();
        Coordinate[] out = new Coordinate[ring.length];
        double offset = 0;
        for (int i = 0; i < ring.length - 1; i++) {
            offset = offset * 0.97 + random.nextGaussian() * 150;
            double dx = ring[i].x - centre.x;
            double dy = ring[i].y - centre.y;
            double d = Math.hypot(dx, dy);
            out[i] = new Coordinate(ring[i].x + dx / d * offset, ring[i].y + dy / d * offset);
        }
        out[ring.length - 1] = out[0];
        Geometry fixed = GF.createPolygon(out).buffer(0);
        Geometry largest = fixed.getGeometryN(0);
        for (int i = 1; i < fixed.getNumGeometries(); i++) {
            if (fixed.getGeometryN(i).getArea() > largest.getArea()) {
                largest = fixed.getGeometryN(i);
            }
        }
        return largest;
    }

    private static List<Integer> nearest(List<Coordinate> towns, int from, int k, int limit) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < limit; i++) {
            if (i != from) {
                idx.add(i);
            }
        }
        idx.sort(Comparator.comparingDouble(i -> towns.get(i).distance(towns.get(from))));
        return idx.subList(0, Math.min(k, idx.size()));
    }

    /** A wiggly line from a to b with a vertex every {@code step} metres. */
    private static LineString road(Coordinate a, Coordinate b, double step, Random random) {
        int n = Math.max(2, (int) (a.distance(b) / step));
        Coordinate[] cs = new Coordinate[n + 1];
        double wander = 0;
        for (int i = 0; i <= n; i++) {
            double t = (double) i / n;
            wander += random.nextGaussian() * step * 0.3;
            double bend = Math.sin(Math.PI * t) * wander * 0.5;
            double nx = -(b.y - a.y) / a.distance(b);
            double ny = (b.x - a.x) / a.distance(b);
            cs[i] = new Coordinate(a.x + (b.x - a.x) * t + nx * bend, a.y + (b.y - a.y) * t + ny * bend);
        }
        cs[0] = a;
        cs[n] = b;
        return GF.createLineString(cs);
    }

    static VectorLayer layer(String name, GeometryKind kind, VectorFeature... features) {
        return layer(name, kind, List.of(features));
    }

    static VectorLayer layer(String name, GeometryKind kind, List<VectorFeature> features) {
        Envelope extent = new Envelope();
        for (VectorFeature f : features) {
            extent.expandToInclude(f.geometry().getEnvelopeInternal());
        }
        return new VectorLayer(new LayerInfo(name, kind, features.size(), Srids.LAMBERT_93, extent, new Envelope()), features);
    }

    static VectorFeature feature(long id, Geometry geometry, Map<String, Object> attributes) {
        return new VectorFeature(id, geometry, attributes);
    }

    static Geometry rectangle(double x0, double y0, double x1, double y1) {
        return GF.createPolygon(new Coordinate[] {
            new Coordinate(x0, y0), new Coordinate(x1, y0), new Coordinate(x1, y1), new Coordinate(x0, y1), new Coordinate(x0, y0)});
    }

    static Geometry line(double x0, double y0, double x1, double y1) {
        return GF.createLineString(new Coordinate[] {new Coordinate(x0, y0), new Coordinate(x1, y1)});
    }

    static Geometry point(double x, double y) {
        return GF.createPoint(new Coordinate(x, y));
    }
}

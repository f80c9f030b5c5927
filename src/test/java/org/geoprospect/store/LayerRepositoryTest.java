package org.geoprospect.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.geoprospect.geo.Srids;
import org.geoprospect.model.CancelledException;
import org.geoprospect.model.GeometryKind;
import org.geoprospect.model.LayerInfo;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.model.VectorFeature;
import org.geoprospect.model.VectorLayer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class LayerRepositoryTest {
    @TempDir
    static Path temp;
    private static ProjectDatabase database;
    private static LayerRepository layers;
    private static final Envelope LYON_4326 = new Envelope(4.7, 5.0, 45.6, 45.9);

    @BeforeAll
    static void createProject() {
        database = ProjectDatabase.create(temp.resolve("layers"), Srids.LAMBERT_93, "Layers");
        layers = new LayerRepository(database);
    }

    @AfterAll
    static void closeProject() {
        database.close();
    }

    @Test
    void pointsLinesAndPolygonsRoundTripWithTypedAttributesAndTheProjectSrid() {
        List<VectorFeature> towns = List.of(
                feature(1, "POINT (842000 6519000)", attrs("NAME", "Lyon", "POP", 522_250L, "AREA_KM2", 47.87,
                        "CAPITAL", Boolean.TRUE, "FOUNDED", LocalDate.of(1, 1, 1), "NOTE", null)),
                feature(2, "MULTIPOINT ((800000 6500000), (800010 6500010))", attrs("NAME", "Twin", "POP", 3L)));
        List<VectorFeature> roads = List.of(
                feature(7, "LINESTRING (840000 6510000, 845000 6515000, 850000 6512000)", attrs("REF", "A7")),
                feature(9, "MULTILINESTRING ((0 0, 1 1), (2 2, 3 3))", attrs("REF", "D1")));
        List<VectorFeature> communes = List.of(
                feature(1, "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 4 2, 4 4, 2 4, 2 2))", attrs("INSEE", "69123")));

        layers.save("towns", GeometryKind.POINT, Srids.WGS84, LYON_4326, towns, ProgressMonitor.NONE);
        layers.save("roads", GeometryKind.LINE, Srids.LAMBERT_93, LYON_4326, roads, ProgressMonitor.NONE);
        layers.save("communes", GeometryKind.POLYGON, 0, new Envelope(), communes, ProgressMonitor.NONE);

        checkRoundTrip("towns", towns);
        checkRoundTrip("roads", roads);
        checkRoundTrip("communes", communes);

        LayerInfo info = layers.load("towns").orElseThrow().info();
        assertEquals(new LayerInfo("towns", GeometryKind.POINT, 2, Srids.WGS84,
                new Envelope(800000, 842000, 6500000, 6519000), LYON_4326), info);
        assertTrue(layers.load("communes").orElseThrow().info().extent4326().isNull(), "unknown WGS84 extent stays empty");
        Map<String, Object> lyon = layers.load("towns").orElseThrow().features().get(0).attributes();
        assertEquals(List.of("NAME", "POP", "AREA_KM2", "CAPITAL", "FOUNDED", "NOTE"), new ArrayList<>(lyon.keySet()));
        assertEquals(LocalDate.of(1, 1, 1), lyon.get("FOUNDED"));
        assertEquals(Long.class, lyon.get("POP").getClass());
    }

    @Test
    void savingUnderAnExistingNameReplacesTheLayerAndKeepsItsPlace() {
        layers.save("r-bottom", GeometryKind.LINE, 0, new Envelope(), List.of(feature(1, "LINESTRING (0 0, 1 1)", attrs())), ProgressMonitor.NONE);
        layers.save("r-top", GeometryKind.POINT, 0, new Envelope(), List.of(feature(1, "POINT (5 5)", attrs())), ProgressMonitor.NONE);
        List<VectorFeature> replacement = List.of(feature(1, "LINESTRING (0 0, 2 2)", attrs("V", 2L)),
                feature(2, "LINESTRING (3 3, 4 4)", attrs("V", 3L)));
        layers.save("r-bottom", GeometryKind.LINE, 0, new Envelope(), replacement, ProgressMonitor.NONE);

        checkRoundTrip("r-bottom", replacement);
        List<String> names = layers.list().stream().map(LayerInfo::name).toList();
        assertEquals(1, names.stream().filter("r-bottom"::equals).count());
        assertTrue(names.indexOf("r-bottom") < names.indexOf("r-top"), "the replaced layer keeps its draw order");
        assertEquals(2, layers.list().get(names.indexOf("r-bottom")).featureCount());
    }

    @Test
    void listFollowsTheDrawingOrderAndReorderChangesIt() {
        for (String name : List.of("o-a", "o-b", "o-c")) {
            layers.save(name, GeometryKind.POINT, 0, new Envelope(), List.of(feature(1, "POINT (1 1)", attrs())), ProgressMonitor.NONE);
        }
        List<String> before = layers.list().stream().map(LayerInfo::name).filter(n -> n.startsWith("o-")).toList();
        assertEquals(List.of("o-a", "o-b", "o-c"), before);
        layers.reorder(List.of("o-c", "o-a"));
        List<String> names = layers.list().stream().map(LayerInfo::name).toList();
        assertEquals(List.of("o-c", "o-a"), names.subList(0, 2));
        assertTrue(names.indexOf("o-b") > 1);
        assertThrows(IllegalArgumentException.class, () -> layers.reorder(List.of("no-such-layer")));
    }

    @Test
    void deleteRemovesTheLayerAndItsFeatures() {
        layers.save("doomed", GeometryKind.POINT, 0, new Envelope(), List.of(feature(1, "POINT (1 1)", attrs())), ProgressMonitor.NONE);
        assertTrue(layers.delete("doomed"));
        assertTrue(layers.load("doomed").isEmpty());
        assertFalse(layers.delete("doomed"));
    }

    @Test
    void styleIsStoredPerLayer() {
        layers.save("styled", GeometryKind.POINT, 0, new Envelope(), List.of(feature(1, "POINT (1 1)", attrs())), ProgressMonitor.NONE);
        assertTrue(layers.style("styled").isEmpty());
        layers.setStyle("styled", "{\"stroke\":\"#ff0000\"}");
        assertEquals("{\"stroke\":\"#ff0000\"}", layers.style("styled").orElseThrow());
        assertThrows(IllegalArgumentException.class, () -> layers.setStyle("nope", "{}"));
    }

    @Test
    void aGeometryInAnotherCrsOrOfTheWrongFamilyIsRefusedAndNothingChanges() {
        Geometry wgs84 = geometry("POINT (4.8 45.7)");
        wgs84.setSRID(Srids.WGS84);
        IllegalArgumentException crs = assertThrows(IllegalArgumentException.class, () -> layers.save("bad-crs",
                GeometryKind.POINT, 0, new Envelope(), List.of(new VectorFeature(3, wgs84, Map.of())), ProgressMonitor.NONE));
        assertTrue(crs.getMessage().contains("feature 3 of layer 'bad-crs' is in EPSG:4326"), crs.getMessage());
        IllegalArgumentException kind = assertThrows(IllegalArgumentException.class, () -> layers.save("bad-kind",
                GeometryKind.POINT, 0, new Envelope(), List.of(feature(4, "LINESTRING (0 0, 1 1)", attrs())), ProgressMonitor.NONE));
        assertTrue(kind.getMessage().contains("is a LineString but the layer holds POINT"), kind.getMessage());
        assertTrue(layers.load("bad-crs").isEmpty());
        assertTrue(layers.load("bad-kind").isEmpty());
    }

    @Test
    void cancellingASaveKeepsThePreviousLayer() {
        List<VectorFeature> original = List.of(feature(1, "POINT (1 1)", attrs("V", 1L)));
        layers.save("cancelled", GeometryKind.POINT, 0, new Envelope(), original, ProgressMonitor.NONE);
        List<VectorFeature> many = new ArrayList<>();
        for (int i = 1; i <= 5_000; i++) {
            many.add(feature(i, "POINT (" + i + " " + i + ")", attrs()));
        }
        AtomicInteger progressCalls = new AtomicInteger();
        ProgressMonitor cancelAfterFirstBatch = new ProgressMonitor() {
            @Override
            public void progress(long done, long total) {
                progressCalls.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return progressCalls.get() >= 1;
            }
        };
        assertThrows(CancelledException.class, () -> layers.save("cancelled", GeometryKind.POINT, 0, new Envelope(),
                many, cancelAfterFirstBatch));
        checkRoundTrip("cancelled", original);
    }

    private static void checkRoundTrip(String name, List<VectorFeature> expected) {
        VectorLayer loaded = layers.load(name).orElseThrow();
        assertEquals(expected.size(), loaded.features().size());
        assertEquals(expected.size(), loaded.info().featureCount());
        for (int i = 0; i < expected.size(); i++) {
            VectorFeature want = expected.get(i);
            VectorFeature got = loaded.features().get(i);
            assertEquals(want.id(), got.id());
            assertTrue(want.geometry().equalsExact(got.geometry()), () -> got.geometry() + " != " + want.geometry());
            assertEquals(want.geometry().getGeometryType(), got.geometry().getGeometryType());
            assertEquals(Srids.LAMBERT_93, got.geometry().getSRID());
            assertEquals(want.attributes(), got.attributes());
        }
    }

    private static VectorFeature feature(long id, String wkt, Map<String, Object> attributes) {
        return new VectorFeature(id, geometry(wkt), attributes);
    }

    private static Geometry geometry(String wkt) {
        try {
            return new WKTReader(new GeometryFactory()).read(wkt);
        } catch (ParseException e) {
            throw new IllegalArgumentException(wkt, e);
        }
    }

    private static Map<String, Object> attrs(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}

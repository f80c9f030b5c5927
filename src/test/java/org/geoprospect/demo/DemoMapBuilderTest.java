package org.geoprospect.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.geoprospect.model.GeometryKind;
import org.geoprospect.model.VectorFeature;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoMapBuilderTest {
    private static DemoTerritory territory;
    private static DemoMaps maps;

    @BeforeAll
    static void build() {
        territory = DemoTerritory.maineEtLoire();
        maps = DemoMapBuilder.build(territory, SampleGenerator.DEFAULT_SEED);
    }

    private static List<String> wkt(List<VectorFeature> features) {
        return features.stream().map(f -> f.geometry().toText()).toList();
    }

    @Test
    void outlineContainsEveryCommuneAndHasAPlausibleArea() {
        assertEquals(105, territory.communes().size());
        for (int i = 0; i < territory.communes().size(); i++) {
            assertTrue(territory.contains(territory.position(i).x, territory.position(i).y), territory.communes().get(i).name());
        }
        double areaKm2 = territory.outline().getArea() / 1e6;
        // Maine-et-Loire covers 7,166 km²; the buffered hull is an approximation.
        assertTrue(areaKm2 > 6_000 && areaKm2 < 9_000, "area " + areaKm2);
        assertTrue(territory.outline().isValid());
    }

    @Test
    void communeLayerCarriesRealAttributes() {
        assertEquals(105, maps.communes().features().size());
        VectorFeature angers = maps.communes().features().stream().filter(f -> "49007".equals(f.text("insee"))).findFirst().orElseThrow();
        assertEquals("Angers", angers.text("name"));
        assertEquals("49000", angers.text("postal_cd"));
        assertEquals(159_022L, angers.attributes().get("population"));
        assertTrue(angers.geometry() instanceof Point);
    }

    @Test
    void sectorsTileTheTerritoryWithoutOverlap() {
        List<VectorFeature> sectors = maps.sectors().features();
        assertEquals(SectorBuilder.SECTOR_COUNT, sectors.size());
        assertEquals("S01", sectors.get(0).text("code"));
        assertEquals("Angers", sectors.get(0).text("name"));
        double sum = sectors.stream().mapToDouble(f -> f.geometry().getArea()).sum();
        Geometry union = UnaryUnionOp.union(sectors.stream().map(VectorFeature::geometry).toList());
        double outline = territory.outline().getArea();
        assertEquals(outline, sum, outline * 1e-6, "sectors do not overlap");
        assertEquals(outline, union.getArea(), outline * 1e-6, "sectors cover the territory");
        for (VectorFeature sector : sectors) {
            assertEquals(GeometryKind.POLYGON, GeometryKind.ofJtsType(sector.geometry().getGeometryType()));
        }
    }

    @Test
    void roadNetworkHasThreeClassesAndReachesEveryCommune() {
        List<VectorFeature> roads = maps.roads().features();
        Set<String> classes = new TreeSet<>();
        roads.forEach(r -> classes.add(r.text("class")));
        assertEquals(Set.of("local", "main", "motorway"), classes);
        assertEquals(6, roads.stream().filter(r -> "motorway".equals(r.text("class"))).count());
        assertTrue(roads.stream().anyMatch(r -> "Angers – Cholet".equals(r.text("name"))));
        Geometry network = UnaryUnionOp.union(roads.stream().map(VectorFeature::geometry).toList());
        for (int i = 0; i < territory.communes().size(); i++) {
            assertTrue(network.distance(territory.factory().createPoint(territory.position(i))) < 1e-6,
                    territory.communes().get(i).name() + " is on the network");
        }
    }

    @Test
    void railwaysLinkTheMainTowns() {
        List<String> names = maps.railways().features().stream().map(f -> f.text("name")).toList();
        assertTrue(names.containsAll(List.of("Angers – Saumur – Tours", "Angers – Cholet", "Angers – Nantes")), names.toString());
        for (VectorFeature line : maps.railways().features()) {
            assertTrue(line.geometry().getLength() > 10_000);
        }
    }

    @Test
    void sameSeedSameGeometryOtherSeedOtherRoads() {
        DemoMaps again = DemoMapBuilder.build(DemoTerritory.maineEtLoire(), SampleGenerator.DEFAULT_SEED);
        DemoMaps other = DemoMapBuilder.build(territory, 50);
        assertEquals(wkt(maps.roads().features()), wkt(again.roads().features()));
        assertEquals(wkt(maps.railways().features()), wkt(again.railways().features()));
        assertEquals(wkt(maps.sectors().features()), wkt(again.sectors().features()));
        assertNotEquals(wkt(maps.roads().features()), wkt(other.roads().features()));
        assertEquals(wkt(maps.sectors().features()), wkt(other.sectors().features()), "sectors do not depend on the seed");
    }
}

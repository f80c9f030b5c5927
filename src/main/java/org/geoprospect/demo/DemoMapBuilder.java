package org.geoprospect.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.geoprospect.geo.Commune;
import org.geoprospect.io.shp.DbfField;
import org.geoprospect.model.GeometryKind;
import org.geoprospect.model.VectorFeature;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * Builds the demo's map layers in memory (no files): real commune points and synthetic sectors, roads,
 * railways and outline. Deterministic for a seed (only the jitter of roads and railways depends on
 * it). Stateless.
 */
public final class DemoMapBuilder {
    private DemoMapBuilder() {
    }

    /** Builds every layer of the territory. */
    public static DemoMaps build(DemoTerritory territory, long seed) {
        DemoMaps.Layer communes = new DemoMaps.Layer("communes.shp", GeometryKind.POINT,
                List.of(DbfField.text("name", 60), DbfField.text("insee", 5), DbfField.text("postal_cd", 5),
                        DbfField.integer("population", 9)),
                communes(territory));
        DemoMaps.Layer sectors = new DemoMaps.Layer("sectors.shp", GeometryKind.POLYGON,
                List.of(DbfField.text("code", 3), DbfField.text("name", 60)), SectorBuilder.build(territory));
        DemoMaps.Layer roads = new DemoMaps.Layer("roads.shp", GeometryKind.LINE,
                List.of(DbfField.text("class", 8), DbfField.text("ref", 4), DbfField.text("name", 100)),
                RoadNetworkBuilder.build(territory, seed));
        DemoMaps.Layer railways = new DemoMaps.Layer("railways.shp", GeometryKind.LINE,
                List.of(DbfField.text("name", 60)), RailwayBuilder.build(territory, seed));
        DemoMaps.Layer outline = new DemoMaps.Layer("territory.shp", GeometryKind.POLYGON,
                List.of(DbfField.text("code", 3), DbfField.text("name", 60)),
                List.of(feature(1, territory.outline(), Map.of("code", DemoTerritory.DEPARTEMENT,
                        "name", "Maine-et-Loire (approximate outline)"))));
        return new DemoMaps(territory.outline(), communes, sectors, roads, railways, outline);
    }

    private static List<VectorFeature> communes(DemoTerritory territory) {
        List<VectorFeature> features = new ArrayList<>();
        for (int i = 0; i < territory.communes().size(); i++) {
            Commune commune = territory.communes().get(i);
            Map<String, Object> attributes = new LinkedHashMap<>();
            attributes.put("name", commune.name());
            attributes.put("insee", commune.insee());
            attributes.put("postal_cd", commune.postalCodes().get(0));
            attributes.put("population", (long) commune.population());
            Point point = territory.factory().createPoint(territory.position(i));
            features.add(feature(i + 1, point, attributes));
        }
        return features;
    }

    private static VectorFeature feature(long id, Geometry geometry, Map<String, Object> attributes) {
        Map<String, Object> ordered = new LinkedHashMap<>();
        // Map.of has no stable order: copy the known keys in field order.
        for (String key : List.of("code", "name", "insee", "postal_cd", "population")) {
            if (attributes.containsKey(key)) {
                ordered.put(key, attributes.get(key));
            }
        }
        return new VectorFeature(id, geometry, ordered);
    }
}

package org.geoprospect.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.geoprospect.model.VectorFeature;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;

/**
 * Builds the demo's synthetic railway lines (attribute {@code name}): Angers–Saumur continuing to the
 * border toward Tours, Angers–Cholet, Angers to the border toward Nantes, Cholet to the border toward
 * Nantes, Angers to the border toward Le Mans. Each line is a gently bent polyline through its stations
 * ({@link JitteredLine}); deterministic for a seed; stateless.
 */
final class RailwayBuilder {
    private RailwayBuilder() {
    }

    static List<VectorFeature> build(DemoTerritory territory, long seed) {
        SeededRandom random = SeededRandom.derive(seed, "railways");
        Coordinate angers = position(territory, ExternalTowns.ANGERS);
        Coordinate cholet = position(territory, ExternalTowns.CHOLET);
        Coordinate saumur = position(territory, ExternalTowns.SAUMUR);
        List<VectorFeature> features = new ArrayList<>();
        add(features, territory, "Angers – Saumur – Tours",
                line(territory, random, angers, saumur, territory.borderPointToward(saumur, ExternalTowns.TOURS)));
        add(features, territory, "Angers – Cholet", line(territory, random, angers, cholet));
        add(features, territory, "Angers – Nantes", line(territory, random, angers, territory.borderPointToward(angers, ExternalTowns.NANTES)));
        add(features, territory, "Cholet – Nantes", line(territory, random, cholet, territory.borderPointToward(cholet, ExternalTowns.NANTES)));
        add(features, territory, "Angers – Le Mans", line(territory, random, angers, territory.borderPointToward(angers, ExternalTowns.LE_MANS)));
        return features;
    }

    private static Coordinate position(DemoTerritory territory, String insee) {
        int index = territory.indexOf(insee);
        if (index < 0) {
            throw new IllegalStateException("The demo territory lacks the commune " + insee);
        }
        return territory.position(index);
    }

    /** Joins jittered legs between consecutive stations into one line. */
    private static LineString line(DemoTerritory territory, SeededRandom random, Coordinate... stations) {
        List<Coordinate> points = new ArrayList<>();
        for (int i = 0; i + 1 < stations.length; i++) {
            Coordinate[] leg = JitteredLine.between(territory.factory(), stations[i], stations[i + 1], 0.02, random).getCoordinates();
            for (int j = i == 0 ? 0 : 1; j < leg.length; j++) {
                points.add(leg[j]);
            }
        }
        return territory.factory().createLineString(points.toArray(new Coordinate[0]));
    }

    private static void add(List<VectorFeature> features, DemoTerritory territory, String name, LineString line) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("name", name);
        line.setSRID(territory.outline().getSRID());
        features.add(new VectorFeature(features.size() + 1, line, attributes));
    }
}

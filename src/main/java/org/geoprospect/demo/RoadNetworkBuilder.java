package org.geoprospect.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.geoprospect.geo.Commune;
import org.geoprospect.model.VectorFeature;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;

/**
 * Builds the demo's synthetic road network (attributes {@code class}, {@code ref}, {@code name}):
 * <ul>
 * <li>motorway: Angers–Cholet, Angers–Saumur, Angers–Segré, and from Angers or Saumur to the border
 *     toward Nantes, Le Mans and Tours;</li>
 * <li>main: the minimum spanning tree of the {@value #MAIN_TOWNS} most populous communes;</li>
 * <li>local: every commune linked to its {@value #LOCAL_NEIGHBOURS} nearest neighbours.</li>
 * </ul>
 * Geometry is a jittered line between town centres ({@link JitteredLine}); refs (M1, R1...) are
 * invented. Deterministic for a seed; stateless.
 */
final class RoadNetworkBuilder {
    static final int MAIN_TOWNS = 20;
    static final int LOCAL_NEIGHBOURS = 2;

    private final DemoTerritory territory;
    private final SeededRandom random;
    private final TreeSet<Long> linkedPairs = new TreeSet<>();
    private final List<VectorFeature> features = new ArrayList<>();

    private RoadNetworkBuilder(DemoTerritory territory, long seed) {
        this.territory = territory;
        this.random = SeededRandom.derive(seed, "roads");
    }

    /** The road features: motorways first, then main roads, then local roads. */
    static List<VectorFeature> build(DemoTerritory territory, long seed) {
        RoadNetworkBuilder builder = new RoadNetworkBuilder(territory, seed);
        builder.addMotorways();
        builder.addMainRoads();
        builder.addLocalRoads();
        return builder.features;
    }

    private void addMotorways() {
        int angers = town(ExternalTowns.ANGERS);
        int saumur = town(ExternalTowns.SAUMUR);
        motorway(angers, town(ExternalTowns.CHOLET));
        motorway(angers, saumur);
        motorway(angers, town(ExternalTowns.SEGRE));
        motorwayToBorder(angers, ExternalTowns.NANTES, "Nantes");
        motorwayToBorder(angers, ExternalTowns.LE_MANS, "Le Mans");
        motorwayToBorder(saumur, ExternalTowns.TOURS, "Tours");
    }

    private void motorway(int from, int to) {
        link(from, to);
        add("motorway", "M" + (countOf("motorway") + 1), name(from) + " – " + name(to),
                JitteredLine.between(territory.factory(), territory.position(from), territory.position(to), 0.03, random));
    }

    private void motorwayToBorder(int from, Coordinate outside, String direction) {
        Coordinate start = territory.position(from);
        Coordinate end = territory.borderPointToward(start, outside);
        add("motorway", "M" + (countOf("motorway") + 1), name(from) + " – " + direction,
                JitteredLine.between(territory.factory(), start, end, 0.03, random));
    }

    /** Prim's algorithm over the most populous towns; ties go to the lower index, so the tree is stable. */
    private void addMainRoads() {
        List<Integer> towns = SectorBuilder.byDecreasingPopulation(territory).subList(0, Math.min(MAIN_TOWNS, territory.communes().size()));
        int n = towns.size();
        boolean[] inTree = new boolean[n];
        double[] distance = new double[n];
        int[] parent = new int[n];
        java.util.Arrays.fill(distance, Double.POSITIVE_INFINITY);
        distance[0] = 0;
        parent[0] = -1;
        for (int step = 0; step < n; step++) {
            int next = -1;
            for (int i = 0; i < n; i++) {
                if (!inTree[i] && (next < 0 || distance[i] < distance[next])) {
                    next = i;
                }
            }
            inTree[next] = true;
            if (parent[next] >= 0) {
                int a = towns.get(parent[next]);
                int b = towns.get(next);
                if (link(a, b)) {
                    add("main", "R" + (countOf("main") + 1), name(a) + " – " + name(b),
                            JitteredLine.between(territory.factory(), territory.position(a), territory.position(b), 0.05, random));
                }
            }
            for (int i = 0; i < n; i++) {
                double d = territory.position(towns.get(next)).distance(territory.position(towns.get(i)));
                if (!inTree[i] && d < distance[i]) {
                    distance[i] = d;
                    parent[i] = next;
                }
            }
        }
    }

    private void addLocalRoads() {
        int n = territory.communes().size();
        for (int i = 0; i < n; i++) {
            for (int neighbour : nearest(i, LOCAL_NEIGHBOURS)) {
                if (link(i, neighbour)) {
                    add("local", "", name(i) + " – " + name(neighbour),
                            JitteredLine.between(territory.factory(), territory.position(i), territory.position(neighbour), 0.07, random));
                }
            }
        }
    }

    private List<Integer> nearest(int from, int count) {
        List<Integer> others = new ArrayList<>();
        for (int i = 0; i < territory.communes().size(); i++) {
            if (i != from) {
                others.add(i);
            }
        }
        Coordinate origin = territory.position(from);
        others.sort(java.util.Comparator.<Integer>comparingDouble(i -> territory.position(i).distance(origin))
                .thenComparingInt(i -> i));
        return others.subList(0, Math.min(count, others.size()));
    }

    /** Records that two towns are joined; false when they already were (no duplicate roads). */
    private boolean link(int a, int b) {
        return linkedPairs.add((long) Math.min(a, b) * 100_000 + Math.max(a, b));
    }

    private int town(String insee) {
        int index = territory.indexOf(insee);
        if (index < 0) {
            throw new IllegalStateException("The demo territory lacks the commune " + insee);
        }
        return index;
    }

    private String name(int index) {
        Commune commune = territory.communes().get(index);
        return commune.name();
    }

    private long countOf(String roadClass) {
        return features.stream().filter(f -> roadClass.equals(f.attributes().get("class"))).count();
    }

    private void add(String roadClass, String ref, String name, LineString line) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("class", roadClass);
        attributes.put("ref", ref);
        attributes.put("name", name);
        line.setSRID(territory.outline().getSRID());
        features.add(new VectorFeature(features.size() + 1, line, attributes));
    }
}

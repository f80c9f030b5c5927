package org.geoprospect.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.geoprospect.geo.Commune;
import org.geoprospect.model.VectorFeature;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * Builds the demo's commercial sectors: the Voronoi cells of the main towns, clipped to the territory
 * outline. Main towns are picked by decreasing population, skipping a town closer than
 * {@value #MIN_SPACING_M} m to one already picked, until there are {@value #SECTOR_COUNT}.
 * Deterministic (no randomness); stateless.
 */
final class SectorBuilder {
    static final int SECTOR_COUNT = 9;
    static final double MIN_SPACING_M = 20_000;

    private SectorBuilder() {
    }

    /** Indexes of the main towns in the territory, by decreasing population. */
    static List<Integer> mainTowns(DemoTerritory territory, int count, double minSpacing) {
        List<Integer> byPopulation = byDecreasingPopulation(territory);
        List<Integer> picked = new ArrayList<>();
        for (int candidate : byPopulation) {
            Coordinate position = territory.position(candidate);
            boolean farEnough = picked.stream().allMatch(p -> territory.position(p).distance(position) >= minSpacing);
            if (farEnough) {
                picked.add(candidate);
                if (picked.size() == count) {
                    break;
                }
            }
        }
        return picked;
    }

    /** Commune indexes sorted by decreasing population, ties by INSEE code. */
    static List<Integer> byDecreasingPopulation(DemoTerritory territory) {
        List<Commune> communes = territory.communes();
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < communes.size(); i++) {
            indexes.add(i);
        }
        indexes.sort(Comparator.<Integer>comparingInt(i -> -communes.get(i).population())
                .thenComparing(i -> communes.get(i).insee()));
        return indexes;
    }

    /** The sector features (attributes code, name), in code order S01, S02... (S01 = largest town). */
    static List<VectorFeature> build(DemoTerritory territory) {
        List<Integer> towns = mainTowns(territory, SECTOR_COUNT, MIN_SPACING_M);
        List<Coordinate> sites = new ArrayList<>();
        for (int town : towns) {
            sites.add(territory.position(town));
        }
        Envelope clip = new Envelope(territory.outline().getEnvelopeInternal());
        clip.expandBy(50_000);
        VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
        builder.setSites(sites);
        builder.setClipEnvelope(clip);
        Geometry cells = builder.getDiagram(territory.factory());

        List<VectorFeature> features = new ArrayList<>();
        for (int i = 0; i < towns.size(); i++) {
            Geometry cell = cellContaining(cells, sites.get(i));
            Geometry area = cell.intersection(territory.outline());
            area.setSRID(territory.outline().getSRID());
            Map<String, Object> attributes = new LinkedHashMap<>();
            attributes.put("code", String.format(java.util.Locale.ROOT, "S%02d", i + 1));
            attributes.put("name", territory.communes().get(towns.get(i)).name());
            features.add(new VectorFeature(i + 1, area, attributes));
        }
        return features;
    }

    private static Geometry cellContaining(Geometry cells, Coordinate site) {
        for (int i = 0; i < cells.getNumGeometries(); i++) {
            Geometry cell = cells.getGeometryN(i);
            if (cell instanceof Polygon && cell.getUserData() instanceof Coordinate userSite && userSite.equals2D(site)) {
                return cell;
            }
        }
        throw new IllegalStateException("No Voronoi cell around the sector site " + site);
    }
}

package org.geoprospect.demo;

import java.util.ArrayList;
import java.util.List;
import org.geoprospect.geo.Commune;
import org.geoprospect.geo.CommuneTable;
import org.geoprospect.model.Competitor;
import org.locationtech.jts.geom.Coordinate;

/**
 * Generates the demo's competitors (invented brands): outlets near Angers, Cholet and Saumur, and one
 * large outlet just beyond the territory border, near Ancenis-Saint-Géréon on the way from Angers to
 * Nantes — the red square on a neighbouring territory whose pull explains "escaping" prospects.
 * Attractiveness is a floor area in m². Deterministic for a seed; stateless.
 */
final class CompetitorGenerator {
    static final String ANCENIS_INSEE = "44003";
    /** Spread of the outside outlet around Ancenis' town centre. */
    static final double NEAR_TOWN_SPREAD_M = 800;

    private record Outlet(String insee, String name, String brand, double attractiveness) {
    }

    private static final List<Outlet> INSIDE = List.of(
            new Outlet(ExternalTowns.ANGERS, "Grand Air Exemple Angers", "Grand Air Exemple", 4_500),
            new Outlet(ExternalTowns.ANGERS, "VéloFictif Angers", "VéloFictif", 1_800),
            new Outlet(ExternalTowns.CHOLET, "Grand Air Exemple Cholet", "Grand Air Exemple", 3_500),
            new Outlet(ExternalTowns.CHOLET, "Sport Démo Cholet", "Sport Démo", 1_200),
            new Outlet(ExternalTowns.SAUMUR, "VéloFictif Saumur", "VéloFictif", 1_500));

    private CompetitorGenerator() {
    }

    static List<Competitor> generate(DemoTerritory territory, long seed) {
        SeededRandom random = SeededRandom.derive(seed, "competitors");
        PointScatter scatter = new PointScatter(territory, random);
        List<Competitor> competitors = new ArrayList<>();
        for (Outlet outlet : INSIDE) {
            PointScatter.Position at = scatter.aroundCommune(territory.indexOf(outlet.insee()), 0.4);
            competitors.add(competitor(competitors.size() + 1, outlet, at));
        }
        Outlet beyond = new Outlet(null, "Méga Plein Air Démo Ancenis", "Méga Plein Air Démo", 8_000);
        competitors.add(competitor(competitors.size() + 1, beyond, beyondBorderTowardNantes(territory, random)));
        return competitors;
    }

    /**
     * Near Ancenis-Saint-Géréon (Loire-Atlantique), the first real town past the border on the way
     * from Angers to Nantes; pushed further west until it lies outside the approximate outline.
     */
    static PointScatter.Position beyondBorderTowardNantes(DemoTerritory territory, SeededRandom random) {
        Commune ancenis = CommuneTable.shipped().byInsee(ANCENIS_INSEE)
                .orElseThrow(() -> new IllegalStateException("The commune table lacks Ancenis-Saint-Géréon (" + ANCENIS_INSEE + ")"));
        Coordinate centre = DemoTerritory.lambert(ancenis.lon(), ancenis.lat());
        double dx = random.nextGaussian() * NEAR_TOWN_SPREAD_M;
        double dy = random.nextGaussian() * NEAR_TOWN_SPREAD_M;
        for (double west = 0; ; west += 1_000) {
            PointScatter.Position p = PointScatter.at(ANCENIS_INSEE, centre.x + dx - west, centre.y + dy);
            if (!territory.contains(p.x(), p.y())) {
                return p;
            }
        }
    }

    private static Competitor competitor(int number, Outlet outlet, PointScatter.Position at) {
        return new Competitor("K" + number, outlet.name(), outlet.brand(), at.lon(), at.lat(), at.x(), at.y(),
                outlet.attractiveness());
    }
}

package org.geoprospect.demo;

import org.geoprospect.geo.Commune;
import org.geoprospect.geo.CoordinateTransform;
import org.geoprospect.geo.Srids;
import org.locationtech.jts.geom.Coordinate;

/**
 * Scatters a few points (clients, competitors) around real town centres, inside the territory, with
 * lon/lat rounded to 5 decimals as written in the CSV files. Not thread-safe; deterministic for a
 * random stream.
 */
final class PointScatter {
    private static final CoordinateTransform TO_WGS84 = CoordinateTransform.between(Srids.LAMBERT_93, Srids.WGS84);
    private static final CoordinateTransform TO_LAMBERT = CoordinateTransform.between(Srids.WGS84, Srids.LAMBERT_93);

    /** A rounded WGS84 position and its Lambert-93 projection. */
    record Position(String insee, double lon, double lat, double x, double y) {
    }

    private final DemoTerritory territory;
    private final SeededRandom random;
    private final double[] cumulativePopulation;

    PointScatter(DemoTerritory territory, SeededRandom random) {
        this.territory = territory;
        this.random = random;
        double[] populations = territory.communes().stream().mapToDouble(Commune::population).toArray();
        this.cumulativePopulation = SeededRandom.cumulative(populations);
    }

    /** Around a commune drawn in proportion to population; spread as households' times {@code spreadFactor}. */
    Position aroundWeightedCommune(double spreadFactor) {
        return aroundCommune(random.pickCumulative(cumulativePopulation), spreadFactor);
    }

    /** Around commune {@code index}, inside the territory (falls back to the town centre). */
    Position aroundCommune(int index, double spreadFactor) {
        Coordinate centre = territory.position(index);
        double sigma = spreadFactor * (HouseholdPlacer.BASE_SPREAD_M
                + HouseholdPlacer.SPREAD_PER_SQRT_POP * StrictMath.sqrt(territory.communes().get(index).population()));
        for (int attempt = 0; attempt < 50; attempt++) {
            Position p = at(territory.communes().get(index).insee(),
                    centre.x + random.nextGaussian() * sigma, centre.y + random.nextGaussian() * sigma);
            if (territory.contains(p.x(), p.y())) {
                return p;
            }
        }
        return at(territory.communes().get(index).insee(), centre.x, centre.y);
    }

    /** The rounded position of a Lambert-93 point. */
    static Position at(String insee, double x, double y) {
        double[] lonLat = TO_WGS84.transform(x, y);
        double lon = HouseholdPlacer.round5(lonLat[0]);
        double lat = HouseholdPlacer.round5(lonLat[1]);
        double[] xy = TO_LAMBERT.transform(lon, lat);
        return new Position(insee, lon, lat, xy[0], xy[1]);
    }
}

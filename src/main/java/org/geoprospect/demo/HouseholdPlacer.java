package org.geoprospect.demo;

import org.geoprospect.geo.Commune;
import org.geoprospect.geo.CoordinateTransform;
import org.geoprospect.geo.Srids;

/**
 * Places synthetic households around the real communes: the commune is drawn in proportion to its
 * population; the position is Gaussian around the town centre with a spread of
 * {@value #BASE_SPREAD_M} m + {@value #SPREAD_PER_SQRT_POP} m × √population (Angers ≈ 3.7 km, a
 * town of 1,000 ≈ 0.75 km), and {@value #SUB_CLUSTER_SHARE} of them fall into a few dense
 * sub-clusters (districts, hamlets) with a quarter of that spread. Positions outside the territory
 * outline are drawn again. Lon/lat are rounded to 5 decimals (as written in the CSV) before being
 * projected, so x/y are exactly what a reader of the file computes.
 *
 * <p>Not thread-safe; deterministic for a seed and a call sequence.
 */
final class HouseholdPlacer {
    static final double BASE_SPREAD_M = 500;
    static final double SPREAD_PER_SQRT_POP = 8;
    static final double SUB_CLUSTER_SHARE = 0.35;
    static final int MAX_SUB_CLUSTERS = 5;
    private static final double METRES_PER_DEGREE = 111_320;
    private static final int MAX_ATTEMPTS = 50;

    /** A placed household: commune index, rounded WGS84 position and its Lambert-93 projection. */
    record Placement(int commune, double lon, double lat, double x, double y) {
    }

    private final DemoTerritory territory;
    private final SeededRandom random;
    private final CoordinateTransform toLambert = CoordinateTransform.between(Srids.WGS84, Srids.LAMBERT_93);
    private final double[] cumulativePopulation;
    private final double[] spread;
    private final double[][] subClusterOffsets;

    HouseholdPlacer(DemoTerritory territory, SeededRandom random, long seed) {
        this.territory = territory;
        this.random = random;
        int n = territory.communes().size();
        double[] populations = new double[n];
        spread = new double[n];
        subClusterOffsets = new double[n][];
        // Sub-cluster centres come from their own stream so that they do not depend on the household count.
        SeededRandom clusters = SeededRandom.derive(seed, "sub-clusters");
        for (int i = 0; i < n; i++) {
            int population = territory.communes().get(i).population();
            populations[i] = population;
            spread[i] = BASE_SPREAD_M + SPREAD_PER_SQRT_POP * StrictMath.sqrt(population);
            int count = Math.min(MAX_SUB_CLUSTERS, 1 + population / 15_000);
            subClusterOffsets[i] = new double[count * 2];
            for (int k = 0; k < count * 2; k++) {
                subClusterOffsets[i][k] = clusters.nextGaussian() * spread[i];
            }
        }
        cumulativePopulation = SeededRandom.cumulative(populations);
    }

    /** Places the next household. */
    Placement next() {
        int commune = random.pickCumulative(cumulativePopulation);
        Commune c = territory.communes().get(commune);
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            double dx;
            double dy;
            if (random.chance(SUB_CLUSTER_SHARE)) {
                int k = random.nextInt(subClusterOffsets[commune].length / 2);
                double sigma = spread[commune] / 4;
                dx = subClusterOffsets[commune][2 * k] + random.nextGaussian() * sigma;
                dy = subClusterOffsets[commune][2 * k + 1] + random.nextGaussian() * sigma;
            } else {
                dx = random.nextGaussian() * spread[commune];
                dy = random.nextGaussian() * spread[commune];
            }
            Placement placement = project(commune, c.lon() + dx / (METRES_PER_DEGREE * StrictMath.cos(StrictMath.toRadians(c.lat()))),
                    c.lat() + dy / METRES_PER_DEGREE);
            if (territory.contains(placement.x(), placement.y())) {
                return placement;
            }
        }
        // Town centres lie inside the outline by construction (it is a buffered hull of them).
        return project(commune, c.lon(), c.lat());
    }

    private Placement project(int commune, double lon, double lat) {
        double roundedLon = round5(lon);
        double roundedLat = round5(lat);
        double[] xy = toLambert.transform(roundedLon, roundedLat);
        return new Placement(commune, roundedLon, roundedLat, xy[0], xy[1]);
    }

    /** Rounds to 5 decimals so that the value equals what parsing its 5-decimal text gives. */
    static double round5(double value) {
        return Math.round(value * 100_000) / 100_000.0;
    }
}

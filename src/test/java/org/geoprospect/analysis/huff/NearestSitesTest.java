package org.geoprospect.analysis.huff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NearestSitesTest {
    @Test
    void agreesWithBruteForceIncludingQueriesOutsideTheSitesExtent() {
        SplittableRandom random = new SplittableRandom(42);
        int sites = 1000;
        double[] sx = new double[sites], sy = new double[sites];
        for (int k = 0; k < sites; k++) {
            // Clustered: half the sites in a small town, half spread out.
            boolean town = k % 2 == 0;
            sx[k] = town ? 50_000 + random.nextDouble(0, 2000) : random.nextDouble(0, 100_000);
            sy[k] = town ? 50_000 + random.nextDouble(0, 2000) : random.nextDouble(0, 100_000);
        }
        int queries = 5000;
        double[] qx = new double[queries], qy = new double[queries];
        for (int i = 0; i < queries; i++) {
            qx[i] = random.nextDouble(-50_000, 150_000);
            qy[i] = random.nextDouble(-50_000, 150_000);
        }
        NearestSites.Result result = NearestSites.of(sx, sy).find(qx, qy, queries);
        for (int i = 0; i < queries; i++) {
            int best = -1;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (int k = 0; k < sites; k++) {
                double d = Math.hypot(sx[k] - qx[i], sy[k] - qy[i]);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = k;
                }
            }
            assertEquals(bestDistance, result.distance()[i], 0.01, "query " + i);
            assertEquals(best, result.site()[i], "query " + i);
        }
    }

    @Test
    void noSiteGivesMinusOneAndInfinity() {
        NearestSites.Result result = NearestSites.of(new double[0], new double[0]).find(new double[]{1}, new double[]{2}, 1);
        assertEquals(-1, result.site()[0]);
        assertEquals(Float.POSITIVE_INFINITY, result.distance()[0]);
    }

    @Test
    void singleSiteAndTiesGoToTheLowerId() {
        NearestSites sites = NearestSites.of(new double[]{0, 10, 10}, new double[]{0, 0, 0});
        assertEquals(1, sites.nearest(9, 0));
        assertEquals(0, sites.nearest(-1000, 5));
        assertEquals(0, NearestSites.of(new double[]{3}, new double[]{4}).nearest(1e6, -1e6));
    }
}

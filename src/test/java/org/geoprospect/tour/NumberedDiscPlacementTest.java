package org.geoprospect.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The numbered discs of a printed tour map never cover one another, and stay on their stop when they can. */
class NumberedDiscPlacementTest {
    @Test
    void aFreeDiscStaysOnItsStop() {
        double[] at = NumberedDiscPlacement.place(new double[] {100, 200}, new double[] {100, 100}, new double[] {13, 13},
                List.of());
        assertEquals(List.of(100.0, 100.0, 200.0, 100.0), List.of(at[0], at[1], at[2], at[3]));
    }

    @Test
    void tenHouseholdsInOneBuildingAreTenReadableDiscs() {
        int n = 10;
        double[] xs = new double[n];
        double[] ys = new double[n];
        double[] radii = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = 300 + (i % 2);
            ys[i] = 300;
            radii[i] = 13;
        }
        double[] at = NumberedDiscPlacement.place(xs, ys, radii,
                List.of(new NumberedDiscPlacement.Obstacle(330, 300, 10)));
        assertEquals(300.0, at[0], "the first stays on its stop");
        for (int i = 0; i < n; i++) {
            assertTrue(Math.abs(at[2 * i] - 330) >= 13 + 10 || Math.abs(at[2 * i + 1] - 300) >= 13 + 10,
                    "disc " + i + " clear of the office square");
            for (int j = 0; j < i; j++) {
                double d = Math.hypot(at[2 * i] - at[2 * j], at[2 * i + 1] - at[2 * j + 1]);
                assertTrue(d >= 26, "discs " + i + " and " + j + " overlap: " + d);
            }
            double away = Math.hypot(at[2 * i] - xs[i], at[2 * i + 1] - ys[i]);
            assertTrue(away <= 2 * (2 * 13 + NumberedDiscPlacement.GAP) + 1e-9,
                    "disc " + i + " within two rings of its stop: " + away);
        }
    }
}

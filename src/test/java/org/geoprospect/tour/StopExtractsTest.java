package org.geoprospect.tour;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/**
 * Detail maps of a day: 800 m across, aspect 1/2 (400 m high), inner area 640 × 320 m (10 % margins).
 * Groups follow the visiting order; positions and expected groups are worked by hand.
 */
class StopExtractsTest {
    private static final double ASPECT = 0.5;

    @Test
    void nearbyStopsShareAMapAndAFarOneGetsItsOwn() {
        // Three stops within 600 m east-west and 300 m north-south, then one 5 km away, then two near the first.
        double[] xs = {0, 300, 600, 5_000, 100, 200};
        double[] ys = {0, 300, 100, 0, 50, 0};
        List<StopExtracts.Extract> extracts = StopExtracts.of(2, xs, ys, ASPECT);
        assertEquals(List.of("2A", "2B", "2C"), extracts.stream().map(StopExtracts.Extract::label).toList());
        assertArrayEquals(new int[] {0, 1, 2}, extracts.get(0).stops());
        assertArrayEquals(new int[] {3}, extracts.get(1).stops());
        assertArrayEquals(new int[] {4, 5}, extracts.get(2).stops(), "back near the start: a map of its own, in order");
        // Centred on its stops' bounds (0..600, 0..300), 800 × 400 m.
        assertEquals(new Envelope(-100, 700, -50, 350), extracts.get(0).area());
    }

    @Test
    void everyStopIsInsideItsMapClearOfTheEdges() {
        double[] xs = new double[60];
        double[] ys = new double[60];
        for (int i = 0; i < 60; i++) {
            xs[i] = (i * 137) % 2_900;
            ys[i] = (i * 211) % 1_700;
        }
        List<StopExtracts.Extract> extracts = StopExtracts.of(1, xs, ys, ASPECT);
        boolean[] seen = new boolean[60];
        for (StopExtracts.Extract e : extracts) {
            Envelope inner = e.area();
            inner.expandBy(-80 + 1e-6, -40 + 1e-6);
            for (int s : e.stops()) {
                assertTrue(inner.contains(xs[s], ys[s]), "stop " + s + " clear of the edges of " + e.label());
                assertTrue(!seen[s], "stop " + s + " in one map only");
                seen[s] = true;
            }
            assertEquals(800, e.area().getWidth(), 1e-9);
            assertEquals(400, e.area().getHeight(), 1e-9);
        }
        for (int s = 0; s < 60; s++) {
            assertTrue(seen[s], "stop " + s + " has a map");
        }
    }

    @Test
    void labelsGoOnPastZ() {
        assertEquals("A", StopExtracts.letters(0));
        assertEquals("Z", StopExtracts.letters(25));
        assertEquals("AA", StopExtracts.letters(26));
        assertEquals("AB", StopExtracts.letters(27));
        assertEquals("BA", StopExtracts.letters(52));
    }
}

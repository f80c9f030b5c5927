package org.geoprospect.analysis.aggregation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.geoprospect.index.PackedPointIndex;
import org.geoprospect.index.Selection;
import org.geoprospect.index.SelectionBuilder;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class ProspectDotsTest {
    /** 10 m per pixel → 480 m wanted → cells of 512 m. */
    private static final double MPP = 10;
    private static final double CELL = 512;
    private static final Envelope VIEW = new Envelope(0, 19_200, 0, 10_800);

    /** n households scattered within 20 m of (x, y). */
    private static void cluster(double[] xs, double[] ys, int from, int n, double x, double y) {
        for (int k = 0; k < n; k++) {
            xs[from + k] = x + (k % 5) * 4;
            ys[from + k] = y + (k / 5 % 5) * 4;
        }
    }

    @Test
    void cellSizeIsAPowerOfTwoNearFortyEightPixels() {
        assertEquals(CELL, AggregationGrid.cellSize(MPP));
        for (double mpp = 0.3; mpp < 5000; mpp *= 1.37) {
            double pixels = AggregationGrid.cellSize(mpp) / mpp;
            assertTrue(pixels >= 33.9 && pixels <= 68, mpp + " m/px gives " + pixels + " px");
        }
    }

    @Test
    void aGroupOf87BecomesOneDotOfEachSize() {
        double[] x = new double[87];
        double[] y = new double[87];
        cluster(x, y, 0, 87, 1100, 1100);
        ProspectDotMap map = ProspectDots.aggregate(PackedPointIndex.build(x, y), null, VIEW, MPP);
        assertEquals(1, map.groups().size());
        assertEquals(87, map.groups().get(0).count());
        assertEquals(List.of(DotSize.LARGE, DotSize.MEDIUM, DotSize.SMALL),
                map.dots().stream().map(ProspectDot::size).toList());
        for (ProspectDot dot : map.dots()) {
            assertEquals(87, dot.groupCount());
            // side by side around the centroid, within half a cell
            assertTrue(Math.abs(dot.x() - map.groups().get(0).x()) <= CELL / 2);
        }
        assertFalse(map.dots().get(0).x() == map.dots().get(1).x() && map.dots().get(0).y() == map.dots().get(1).y(),
                "two dots of a group do not sit on each other");
    }

    @Test
    void aGroupOfNineIsNeitherDrawnNorCounted() {
        double[] x = new double[9 + 10];
        double[] y = new double[9 + 10];
        cluster(x, y, 0, 9, 1100, 1100);
        cluster(x, y, 9, 10, 3100, 3100);
        ProspectDotMap map = ProspectDots.aggregate(PackedPointIndex.build(x, y), null, VIEW, MPP);
        assertEquals(1, map.groups().size());
        assertEquals(10, map.shownHouseholds());
        assertEquals(1, map.dots().size());
        assertEquals(DotSize.SMALL, map.dots().get(0).size());
    }

    @Test
    void theFilterLimitsTheDotsToMatchingHouseholds() {
        double[] x = new double[30];
        double[] y = new double[30];
        cluster(x, y, 0, 30, 1100, 1100);
        PackedPointIndex index = PackedPointIndex.build(x, y);
        SelectionBuilder twelve = new SelectionBuilder(30);
        for (int id = 0; id < 12; id++) {
            twelve.add(id);
        }
        ProspectDotMap map = ProspectDots.aggregate(index, twelve.build(), VIEW, MPP);
        assertEquals(1, map.dots().size());
        assertEquals(12, map.dots().get(0).groupCount());
        Selection nine = Selection.of(30, 0, 1, 2, 3, 4, 5, 6, 7, 8);
        assertTrue(ProspectDots.aggregate(index, nine, VIEW, MPP).dots().isEmpty());
        assertEquals(30, ProspectDots.aggregate(index, Selection.all(30), VIEW, MPP).shownHouseholds());
    }

    @Test
    void neverShowsAGroupUnderTenAndCountsMatchTheCells() {
        for (long seed = 1; seed <= 40; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            int n = 3000;
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                // clustered: a few hot spots plus scatter, so cells hold from 0 to hundreds
                double cx = random.nextInt(6) * 3000 + 500;
                double cy = random.nextInt(3) * 3000 + 500;
                double spread = random.nextBoolean() ? 300 : 4000;
                x[i] = cx + random.nextDouble(-spread, spread);
                y[i] = cy + random.nextDouble(-spread, spread);
            }
            SelectionBuilder filter = new SelectionBuilder(n);
            for (int i = 0; i < n; i++) {
                if (random.nextInt(3) > 0) {
                    filter.add(i);
                }
            }
            Selection matching = filter.build();
            ProspectDotMap map = ProspectDots.aggregate(PackedPointIndex.build(x, y), matching, VIEW, MPP);
            Map<Long, Integer> expected = new HashMap<>();
            for (int i = 0; i < n; i++) {
                long col = (long) Math.floor(x[i] / CELL);
                long row = (long) Math.floor(y[i] / CELL);
                boolean cellTouchesView = col >= 0 && col <= Math.floor(VIEW.getMaxX() / CELL)
                        && row >= 0 && row <= Math.floor(VIEW.getMaxY() / CELL);
                if (matching.contains(i) && cellTouchesView) {
                    expected.merge(col * 1_000_000 + row, 1, Integer::sum);
                }
            }
            expected.values().removeIf(count -> count < 10);
            assertEquals(expected.size(), map.groups().size(), "seed " + seed);
            int dotsExpected = 0;
            for (ProspectGroup group : map.groups()) {
                assertTrue(group.count() >= 10, "seed " + seed);
                assertEquals(expected.get(group.cellX() * 1_000_000 + group.cellY()), group.count(), "seed " + seed);
                for (int d : DotSize.decompose(group.count())) {
                    dotsExpected += d;
                }
            }
            assertEquals(dotsExpected, map.dots().size());
            for (ProspectDot dot : map.dots()) {
                assertTrue(dot.groupCount() >= 10);
            }
        }
    }

    @Test
    void panningKeepsTheGroupsOfTheCellsStillInView() {
        SplittableRandom random = new SplittableRandom(3);
        int n = 20_000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextDouble(0, 30_000);
            y[i] = random.nextDouble(0, 20_000);
        }
        PackedPointIndex index = PackedPointIndex.build(x, y);
        ProspectDotMap before = ProspectDots.aggregate(index, null, VIEW, MPP);
        Envelope panned = new Envelope(VIEW);
        panned.translate(1234.5, 678.9);
        ProspectDotMap after = ProspectDots.aggregate(index, null, panned, MPP);
        Map<Long, ProspectGroup> old = new HashMap<>();
        for (ProspectGroup g : before.groups()) {
            old.put(g.cellX() * 1_000_000 + g.cellY(), g);
        }
        int common = 0;
        for (ProspectGroup g : after.groups()) {
            ProspectGroup same = old.get(g.cellX() * 1_000_000 + g.cellY());
            if (same != null) {
                assertEquals(same, g);
                common++;
            }
        }
        assertTrue(common > 100);
    }

    @Test
    void recordsReplaceDotsFromOneToTwentyFiveThousand() {
        assertTrue(ProspectDots.showsRecords(25_000));
        assertTrue(ProspectDots.showsRecords(5_000));
        assertFalse(ProspectDots.showsRecords(25_001));
        assertFalse(ProspectDots.showsRecords(250_000));
    }
}

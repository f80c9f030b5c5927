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

    /** Cell side on screen at {@link #MPP}: 51.2 px. */
    private static final double CELL_PIXELS = CELL / MPP;

    private static double pixelDistance(ProspectDot a, ProspectDot b) {
        return Math.hypot(a.x() - b.x(), a.y() - b.y()) / MPP;
    }

    /** Asserts that no two of the dots overlap (centres at least the sum of the radii apart). */
    private static void assertNoOverlap(List<ProspectDot> dots, String what) {
        for (int i = 0; i < dots.size(); i++) {
            for (int j = i + 1; j < dots.size(); j++) {
                double need = dots.get(i).size().pixelRadius() + dots.get(j).size().pixelRadius();
                assertTrue(pixelDistance(dots.get(i), dots.get(j)) >= need - 1e-9,
                        what + ": dots " + i + " and " + j + " overlap");
            }
        }
    }

    /** Asserts that every dot lies, with its radius, inside the square of {@code span} cells at (col, row). */
    private static void assertInside(List<ProspectDot> dots, long col, long row, int span) {
        for (ProspectDot dot : dots) {
            double r = dot.size().pixelRadius() * MPP;
            assertTrue(dot.x() - r >= col * CELL && dot.x() + r <= (col + span) * CELL
                    && dot.y() - r >= row * CELL && dot.y() + r <= (row + span) * CELL,
                    "dot at " + dot.x() + "," + dot.y() + " leaves its cells");
        }
    }

    @Test
    void theDotsOfAGroupLieSideBySideInsideItsCell() {
        // 150 households near the south-west corner of cell (2, 2): three 50-dots, which fit side by side in 51 px.
        double[] x = new double[150];
        double[] y = new double[150];
        cluster(x, y, 0, 150, 1030, 1030);
        ProspectDotMap map = ProspectDots.aggregate(PackedPointIndex.build(x, y), null, VIEW, MPP);
        assertEquals(List.of(new ProspectGroup(2, 2, 1, map.groups().get(0).x(), map.groups().get(0).y(), 150)), map.groups());
        assertEquals(List.of(DotSize.LARGE, DotSize.LARGE, DotSize.LARGE), map.dots().stream().map(ProspectDot::size).toList());
        assertNoOverlap(map.dots(), "150");
        // The layout was moved inside the cell rather than centred on the corner where the households are.
        assertInside(map.dots(), 2, 2, 1);
    }

    @Test
    void aCrowdedCellSpreadsItsDotsOverItsTwoByTwoBlock() {
        // 400 households in cell (2, 2): eight 50-dots need 3 columns, 2 x 22 + 20 = 64 px > 51 px; the block
        // of cells (2..3, 2..3), 102 px, holds them.
        assertFalse(DotLayout.fits(400, CELL_PIXELS));
        assertTrue(DotLayout.fits(400, 2 * CELL_PIXELS));
        double[] x = new double[400 + 30];
        double[] y = new double[400 + 30];
        cluster(x, y, 0, 400, 1100, 1100);
        cluster(x, y, 400, 30, 1600, 1100); // cell (3, 2), same block: merged with it
        ProspectDotMap map = ProspectDots.aggregate(PackedPointIndex.build(x, y), null, VIEW, MPP);
        assertEquals(1, map.groups().size());
        ProspectGroup group = map.groups().get(0);
        assertEquals(2, group.cellX());
        assertEquals(2, group.cellY());
        assertEquals(2, group.span());
        assertEquals(430, group.count());
        assertEquals((400 * (1100 + 8) + 30 * (1600 + 8)) / 430.0, group.x(), 1e-6, "the weighted centroid");
        // 430 = 8 x 50 + 1 x 25: every dot still stands for exactly its 50 or 25 prospects.
        assertEquals(List.of(8, 1, 0), java.util.Arrays.stream(DotSize.values())
                .map(s -> (int) map.dots().stream().filter(d -> d.size() == s).count()).toList());
        assertNoOverlap(map.dots(), "430");
        assertInside(map.dots(), 2, 2, 2);
    }

    @Test
    void aPlaceTooDenseForItsBlockStaysInItsCellSqueezed() {
        // 2,000 households: forty 50-dots need 7 columns, 6 x 22 + 20 = 152 px, more than the block's 102 px.
        assertFalse(DotLayout.fits(2000, 2 * CELL_PIXELS));
        double[] x = new double[2000];
        double[] y = new double[2000];
        for (int i = 0; i < 2000; i++) {
            x[i] = 1100 + (i % 40) * 5;
            y[i] = 1100 + (i / 40) * 5;
        }
        ProspectDotMap map = ProspectDots.aggregate(PackedPointIndex.build(x, y), null, VIEW, MPP);
        assertEquals(1, map.groups().size());
        assertEquals(1, map.groups().get(0).span());
        assertEquals(40, map.dots().size());
        assertInside(map.dots(), 2, 2, 1);
    }

    @Test
    void mergedGroupsAreExactSumsOfShownCellsAndDotsOfDifferentGroupsNeverOverlap() {
        int merges = 0;
        for (long seed = 1; seed <= 20; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            int n = 12_000;
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                // towns of various sizes (some crowded enough to merge, some too dense even for a block) plus scatter
                int town = random.nextInt(12);
                double spread = town < 2 ? 150 : town < 8 ? 700 : 6000;
                x[i] = 2000 + (town % 4) * 4500 + random.nextDouble(-spread, spread);
                y[i] = 2000 + (town / 4) * 3500 + random.nextDouble(-spread, spread);
            }
            ProspectDotMap map = ProspectDots.aggregate(PackedPointIndex.build(x, y), null, VIEW, MPP);
            Map<Long, Integer> cells = new HashMap<>();
            for (int i = 0; i < n; i++) {
                cells.merge((long) Math.floor(x[i] / CELL) * 1_000_000 + (long) Math.floor(y[i] / CELL), 1, Integer::sum);
            }
            Map<Long, ProspectGroup> groupOfCell = new HashMap<>();
            int dotIndex = 0;
            for (ProspectGroup g : map.groups()) {
                assertTrue(g.span() == 1 || g.span() == 2, "span " + g.span());
                assertEquals(0, g.cellX() % g.span(), "a block is aligned on the grid");
                assertEquals(0, g.cellY() % g.span());
                int sum = 0;
                for (long c = g.cellX(); c < g.cellX() + g.span(); c++) {
                    for (long r = g.cellY(); r < g.cellY() + g.span(); r++) {
                        int count = cells.getOrDefault(c * 1_000_000 + r, 0);
                        if (count >= DotSize.MINIMUM_GROUP) {
                            sum += count;
                            assertEquals(null, groupOfCell.put(c * 1_000_000 + r, g), "a cell in two groups");
                        }
                    }
                }
                assertEquals(sum, g.count(), "seed " + seed + ": a group counts exactly its shown cells");
                if (g.span() == 2) {
                    merges++;
                    assertTrue(DotLayout.fits(g.count(), 2 * CELL_PIXELS), "a block is merged only when its dots fit it");
                }
                int[] expected = DotSize.decompose(g.count());
                int dotsOfGroup = expected[0] + expected[1] + expected[2];
                List<ProspectDot> own = map.dots().subList(dotIndex, dotIndex + dotsOfGroup);
                dotIndex += dotsOfGroup;
                for (DotSize size : DotSize.values()) {
                    assertEquals(expected[size.ordinal()], own.stream().filter(d -> d.size() == size).count());
                }
                own.forEach(d -> assertEquals(g.count(), d.groupCount()));
                assertInside(own, g.cellX(), g.cellY(), g.span());
                if (DotLayout.fits(g.count(), g.span() * CELL_PIXELS)) {
                    assertNoOverlap(own, "seed " + seed);
                }
            }
            assertEquals(map.dots().size(), dotIndex);
            // Every shown cell of a block touching the view belongs to one group.
            for (Map.Entry<Long, Integer> cell : cells.entrySet()) {
                long col = Math.floorDiv(cell.getKey(), 1_000_000L);
                long row = Math.floorMod(cell.getKey(), 1_000_000L);
                boolean inView = col >= 0 && row >= 0 && col * CELL <= VIEW.getMaxX() && row * CELL <= VIEW.getMaxY();
                if (cell.getValue() >= DotSize.MINIMUM_GROUP && inView) {
                    assertTrue(groupOfCell.containsKey(cell.getKey()), "seed " + seed + ": a shown cell without group");
                }
            }
        }
        assertTrue(merges > 10, "the data merged blocks " + merges + " times");
    }

    @Test
    void panningKeepsMergedGroupsAndTheirDots() {
        SplittableRandom random = new SplittableRandom(5);
        int n = 30_000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double cx = random.nextInt(8) * 3000 + 1000;
            double cy = random.nextInt(5) * 3000 + 1000;
            x[i] = cx + random.nextDouble(-400, 400);
            y[i] = cy + random.nextDouble(-400, 400);
        }
        PackedPointIndex index = PackedPointIndex.build(x, y);
        ProspectDotMap before = ProspectDots.aggregate(index, null, VIEW, MPP);
        Envelope panned = new Envelope(VIEW);
        panned.translate(1234.5, 678.9);
        ProspectDotMap after = ProspectDots.aggregate(index, null, panned, MPP);
        Map<String, ProspectGroup> old = new HashMap<>();
        before.groups().forEach(g -> old.put(g.cellX() + "/" + g.cellY() + "/" + g.span(), g));
        int merged = 0;
        for (ProspectGroup g : after.groups()) {
            ProspectGroup same = old.get(g.cellX() + "/" + g.cellY() + "/" + g.span());
            if (same != null) {
                assertEquals(same, g);
                merged += g.span() > 1 ? 1 : 0;
            }
        }
        assertTrue(merged > 5, "merged groups seen in both views: " + merged);
        java.util.Set<ProspectDot> dotsBefore = new java.util.HashSet<>(before.dots());
        long kept = after.dots().stream().filter(dotsBefore::contains).count();
        assertTrue(kept > after.dots().size() / 2, "dots that stood still: " + kept + " of " + after.dots().size());
    }
}

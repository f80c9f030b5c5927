package org.geoprospect.render.points;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.geoprospect.analysis.aggregation.AggregationGrid;
import org.geoprospect.index.PackedPointIndex;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.render.Colors;
import org.geoprospect.render.RasterCanvas;
import org.geoprospect.render.Viewport;
import org.junit.jupiter.api.Test;

/**
 * Overview: a 200 x 100 image at 10 m per pixel (1:37,800, past the records scale) over world
 * x 0..2000, y 0..1000, where the aggregation cells are 512 m: cell (0, 0) covers pixels x 0..51,
 * y 49..100; cell (1, 0) pixels x 52..102.
 */
class EscapeRampPainterTest {
    private static final Viewport OVERVIEW = Viewport.of(1000, 500, 10, 200, 100);
    private static final Viewport RECORDS = Viewport.of(100, 50, 1, 200, 100);

    private record Households(PackedPointIndex index, float[] probability) {
    }

    /** {@code n} households around (x, y), the probabilities given cyclically. */
    private static void add(List<double[]> points, List<Float> probabilities, int n, double x, double y, float... ps) {
        for (int k = 0; k < n; k++) {
            points.add(new double[] {x + k, y + k});
            probabilities.add(ps[k % ps.length]);
        }
    }

    private static Households households(List<double[]> points, List<Float> probabilities) {
        double[] xs = points.stream().mapToDouble(p -> p[0]).toArray();
        double[] ys = points.stream().mapToDouble(p -> p[1]).toArray();
        float[] ps = new float[probabilities.size()];
        for (int i = 0; i < ps.length; i++) {
            ps[i] = probabilities.get(i);
        }
        return new Households(PackedPointIndex.build(xs, ys), ps);
    }

    @Test
    void theTestViewIsAtOverviewScaleWith512MetreCells() {
        assertEquals(512, AggregationGrid.cellSize(OVERVIEW.metresPerPixel()));
    }

    @Test
    void aCellOfTenGetsTheRampColourOfItsMeanAndACellOfNineGetsNothing() {
        List<double[]> points = new ArrayList<>();
        List<Float> ps = new ArrayList<>();
        // Ten households of mean 0.25 (five at 0.125, five at 0.375): the ramp's orange stop #fc8d59.
        add(points, ps, 10, 256, 256, 0.125f, 0.375f);
        // Nine households all of 0.9 in the next cell: under the privacy threshold.
        add(points, ps, 9, 768, 256, 0.9f);
        Households h = households(points, ps);
        RasterCanvas canvas = new RasterCanvas(200, 100);
        int painted = new EscapeRampPainter().paint(canvas, OVERVIEW, h.index(), null, h.probability(), ProgressMonitor.NONE);
        assertEquals(1, painted);
        int pixel = canvas.pixels()[75 * 200 + 25];
        assertEquals(Colors.premultiply(Colors.withAlpha(Colors.rgb("#fc8d59"), EscapeRampPainter.CELL_ALPHA)), pixel);
        assertEquals(0, canvas.pixels()[75 * 200 + 77], "a group of 9 is never shown");
        assertEquals(0, canvas.pixels()[25 * 200 + 25], "an empty cell stays transparent");
    }

    @Test
    void householdsWithoutAProbabilityDoNotCountTowardsTheTen() {
        List<double[]> points = new ArrayList<>();
        List<Float> ps = new ArrayList<>();
        add(points, ps, 9, 256, 256, 1f);
        add(points, ps, 1, 300, 300, Float.NaN);
        Households h = households(points, ps);
        RasterCanvas canvas = new RasterCanvas(200, 100);
        assertEquals(0, new EscapeRampPainter().paint(canvas, OVERVIEW, h.index(), null, h.probability(),
                ProgressMonitor.NONE));
    }

    @Test
    void atRecordScalesEachHouseholdGetsItsOwnRampColour() {
        List<double[]> points = new ArrayList<>();
        List<Float> ps = new ArrayList<>();
        add(points, ps, 1, 40.5, 50.5, 0f);
        add(points, ps, 1, 160.5, 50.5, 1f);
        Households h = households(points, ps);
        RasterCanvas canvas = new RasterCanvas(200, 100);
        int painted = new EscapeRampPainter().paint(canvas, RECORDS, h.index(), null, h.probability(), ProgressMonitor.NONE);
        assertEquals(2, painted, "a single household is shown at record scales, as the other markers are");
        assertEquals(Colors.rgb("#d73027"), canvas.argbAt(40, 49), "red: likely to escape");
        assertEquals(Colors.rgb("#1a9850"), canvas.argbAt(160, 49), "green: likely ours");
    }

    @Test
    void fiveClassesOfTheEscapeProbabilityFromGreenToRed() {
        // Escape probability = 1 − P(us): under 20 % green, 20–40 light green, 40–60 yellow, 60–80 orange, 80+ red.
        assertEquals(Colors.rgb("#1a9850"), EscapeRamp.argb(1), "P(us) 1: escape 0 %");
        assertEquals(Colors.rgb("#1a9850"), EscapeRamp.argb(0.81), "escape 19 %");
        assertEquals(Colors.rgb("#91cf60"), EscapeRamp.argb(0.8f), "escape 20 % (a float 0.8 too) starts light green");
        assertEquals(Colors.rgb("#fee08b"), EscapeRamp.argb(0.5), "escape 50 %");
        assertEquals(Colors.rgb("#fc8d59"), EscapeRamp.argb(0.25), "escape 75 %");
        assertEquals(Colors.rgb("#d73027"), EscapeRamp.argb(0.2f), "escape 80 % (a float 0.2) is red");
        assertEquals(Colors.rgb("#d73027"), EscapeRamp.argb(0), "escape 100 %");
        assertEquals(Colors.rgb("#1a9850"), EscapeRamp.argb(7), "clamped");
        assertEquals(80, EscapeRamp.lowerBoundPercent(4));
        assertThrows(IllegalArgumentException.class, () -> EscapeRamp.argb(Double.NaN));
    }

    @Test
    void theLegendSaysWhatEachColourMeansRedFirst() {
        List<PointLegend.Item> items = PointLegend.escapeItems();
        assertEquals(List.of("legend.points.escape", "legend.points.escape.class4", "legend.points.escape.class3",
                "legend.points.escape.class2", "legend.points.escape.class1", "legend.points.escape.class0"),
                items.stream().map(PointLegend.Item::textKey).toList());
        RasterCanvas bar = PointLegend.swatch(items.get(0), 24, 24);
        int left = bar.argbAt(2, 12);
        int right = bar.argbAt(21, 12);
        assertTrue(Colors.red(left) > Colors.green(left) && Colors.green(right) > Colors.red(right),
                "the bar goes from red (escaping) to green (ours)");
        assertEquals(Colors.rgb("#d73027"), PointLegend.swatch(items.get(1), 24, 24).argbAt(12, 12), "the first class is red");
        assertEquals(Colors.rgb("#1a9850"), PointLegend.swatch(items.get(5), 24, 24).argbAt(12, 12), "the last one green");
        var english = java.util.ResourceBundle.getBundle("org.geoprospect.ui.messages", java.util.Locale.ENGLISH);
        var french = java.util.ResourceBundle.getBundle("org.geoprospect.ui.messages", java.util.Locale.FRENCH);
        assertEquals("Red: 80% or more — most likely to buy from a competitor", english.getString("legend.points.escape.class4"));
        assertEquals("Vert : moins de 20\u00a0% — achètent le plus probablement chez nous", french.getString("legend.points.escape.class0"));
    }

    @Test
    void probabilitiesForOtherHouseholdsAreRefused() {
        Households h = households(List.<double[]>of(new double[] {1, 1}), List.of(0.5f));
        assertThrows(IllegalArgumentException.class, () -> new EscapeRampPainter().paint(new RasterCanvas(200, 100),
                OVERVIEW, h.index(), null, new float[3], ProgressMonitor.NONE));
    }
}

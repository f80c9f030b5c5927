package org.geoprospect.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class ViewportTest {
    private static final double EPS = 1e-6;
    /** 100 m per pixel, 800 × 600 pixels, centred on (500 000, 6 700 000): 80 km × 60 km. */
    private final Viewport base = Viewport.of(500_000, 6_700_000, 100, 800, 600);

    @Test
    void envelopeSpansSizeTimesResolutionAroundTheCentre() {
        Envelope e = base.envelope();
        assertEquals(460_000, e.getMinX(), EPS);
        assertEquals(540_000, e.getMaxX(), EPS);
        assertEquals(6_670_000, e.getMinY(), EPS);
        assertEquals(6_730_000, e.getMaxY(), EPS);
    }

    @Test
    void topLeftPixelIsTheNorthWestCorner() {
        assertEquals(0, base.toScreenX(460_000), EPS);
        assertEquals(0, base.toScreenY(6_730_000), EPS);
        assertEquals(800, base.toScreenX(540_000), EPS);
        assertEquals(600, base.toScreenY(6_670_000), EPS);
    }

    @Test
    void worldToScreenRoundTripReturnsThePoint() {
        double sx = base.toScreenX(487_654.321);
        double sy = base.toScreenY(6_712_345.678);
        assertEquals(487_654.321, base.toWorldX(sx), EPS);
        assertEquals(6_712_345.678, base.toWorldY(sy), EPS);
    }

    @Test
    void zoomAroundKeepsTheWorldPointUnderTheCursor() {
        double cursorX = 123;
        double cursorY = 456;
        double worldX = base.toWorldX(cursorX);
        double worldY = base.toWorldY(cursorY);
        Viewport zoomed = base.zoomAround(cursorX, cursorY, 2.0);
        assertEquals(50, zoomed.metresPerPixel(), EPS);
        assertEquals(cursorX, zoomed.toScreenX(worldX), EPS);
        assertEquals(cursorY, zoomed.toScreenY(worldY), EPS);
        Viewport back = zoomed.zoomAround(cursorX, cursorY, 0.5);
        assertEquals(base.centerX(), back.centerX(), EPS);
        assertEquals(base.centerY(), back.centerY(), EPS);
    }

    @Test
    void zoomingAtTheCentreKeepsTheCentre() {
        Viewport zoomed = base.zoom(4);
        assertEquals(25, zoomed.metresPerPixel(), EPS);
        assertEquals(500_000, zoomed.centerX(), EPS);
        assertEquals(6_700_000, zoomed.centerY(), EPS);
    }

    @Test
    void panMovesTheContentWithTheMouse() {
        // Dragging 10 px right and 20 px down: what was at (400, 300) is now at (410, 320).
        double worldX = base.toWorldX(400);
        double worldY = base.toWorldY(300);
        Viewport panned = base.pan(10, 20);
        assertEquals(410, panned.toScreenX(worldX), EPS);
        assertEquals(320, panned.toScreenY(worldY), EPS);
        assertEquals(500_000 - 1_000, panned.centerX(), EPS);
        assertEquals(6_700_000 + 2_000, panned.centerY(), EPS);
    }

    @Test
    void fittingShowsTheWholeEnvelopeWithTheLimitingAxisFilled() {
        // 150 km × 110 km into 1920 × 1080: height limits (110000/1080 > 150000/1920).
        Envelope world = new Envelope(350_000, 500_000, 6_650_000, 6_760_000);
        Viewport v = Viewport.fitting(world, 1920, 1080);
        assertEquals(110_000.0 / 1080, v.metresPerPixel(), EPS);
        assertTrue(v.envelope().contains(world));
        assertEquals(world.getHeight(), v.envelope().getHeight(), 1e-3);
        assertEquals(425_000, v.centerX(), EPS);
        assertEquals(6_705_000, v.centerY(), EPS);
    }

    @Test
    void fittingAnEmptyEnvelopeGivesOneMetrePerPixel() {
        assertEquals(1, Viewport.fitting(new Envelope(), 10, 10).metresPerPixel(), EPS);
    }

    @Test
    void scaleDenominatorAssumes96Dpi() {
        // One pixel is 0.0254 / 96 m on screen; at 100 m/px the scale is 100 / (0.0254 / 96).
        assertEquals(377_952.755905, base.scaleDenominator(), 1e-3);
    }

    @Test
    void withSizeKeepsCentreAndResolution() {
        Viewport bigger = base.withSize(1000, 700);
        assertEquals(base.centerX(), bigger.centerX(), EPS);
        assertEquals(base.metresPerPixel(), bigger.metresPerPixel(), EPS);
        assertEquals(1000, bigger.width());
    }

    @Test
    void rejectsNonPositiveSizeOrZoom() {
        assertThrows(IllegalArgumentException.class, () -> Viewport.of(0, 0, 1, 0, 10));
        assertThrows(IllegalArgumentException.class, () -> Viewport.of(0, 0, 0, 10, 10));
        assertThrows(IllegalArgumentException.class, () -> base.zoom(0));
    }

    @Test
    void aPrintOfTheSameGroundAtItsDeviceScaleHasTheScreensReferenceResolutionAndScale() {
        // 150 dpi: 150 / 96 image pixels per reference pixel; 64 m per image pixel is 100 m per reference pixel.
        Viewport print = Viewport.of(base.centerX(), base.centerY(), 64, 625, 469).withDeviceScale(150 / 96.0);
        assertEquals(100, print.referenceMetresPerPixel(), EPS);
        assertEquals(base.scaleDenominator(), print.scaleDenominator(), 1e-6);
        assertEquals(1, base.deviceScale(), 0);
        assertEquals(base.metresPerPixel(), base.referenceMetresPerPixel(), 0);
    }

    @Test
    void theDeviceScaleSurvivesZoomPanAndResizeAndTellsViewsApart() {
        Viewport print = base.withDeviceScale(2);
        assertEquals(2, print.zoom(2).deviceScale(), 0);
        assertEquals(2, print.pan(10, 5).deviceScale(), 0);
        assertEquals(2, print.withSize(100, 100).deviceScale(), 0);
        assertEquals(2, print.withMetresPerPixel(3).deviceScale(), 0);
        assertTrue(!print.equals(base) && print.equals(base.withDeviceScale(2)));
        assertThrows(IllegalArgumentException.class, () -> base.withDeviceScale(0));
        assertThrows(IllegalArgumentException.class, () -> base.withDeviceScale(Double.NaN));
    }
}

package org.geoprospect.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LegendPainterTest {
    private static final int RED = 0xFFFF0000;
    private static final int BLUE = 0xFF0000FF;

    private static RasterCanvas solid(int argb) {
        RasterCanvas swatch = new RasterCanvas(LegendPainter.SWATCH, LegendPainter.SWATCH);
        swatch.fill(argb);
        return swatch;
    }

    @Test
    void theBoxSitsInTheBottomRightCornerWithEachSwatchInItsRow() {
        RasterCanvas canvas = new RasterCanvas(400, 300);
        canvas.fill(0xFF000000);
        int[] box = LegendPainter.paint(canvas, null, List.of(
                new LegendPainter.Line(solid(RED), "red things"), new LegendPainter.Line(solid(BLUE), "blue things")));
        // Right and bottom edges at the margin from the image's edges.
        assertEquals(400 - LegendPainter.MARGIN, box[0] + box[2]);
        assertEquals(300 - LegendPainter.MARGIN, box[1] + box[3]);
        // Rows of 28 px after an 8 px padding, swatches centred: first row's swatch centre, then the second's.
        int swatchCentreX = box[0] + 8 + LegendPainter.SWATCH / 2;
        assertEquals(RED, canvas.argbAt(swatchCentreX, box[1] + 8 + 14));
        assertEquals(BLUE, canvas.argbAt(swatchCentreX, box[1] + 8 + 28 + 14));
        // Outside the box the canvas is untouched.
        assertEquals(0xFF000000, canvas.argbAt(box[0] - 2, box[1] + 20));
        assertEquals(0xFF000000, canvas.argbAt(10, 10));
    }

    @Test
    void noLinesDrawNothing() {
        RasterCanvas canvas = new RasterCanvas(100, 80);
        canvas.fill(0xFF123456);
        assertNull(LegendPainter.paint(canvas, "Legend", List.of()));
        int[] expected = new int[100 * 80];
        java.util.Arrays.fill(expected, 0xFF123456);
        assertArrayEquals(expected, canvas.pixels());
    }

    @Test
    void linesBeyondTheImageHeightAreCutWithAnEllipsisRow() {
        RasterCanvas canvas = new RasterCanvas(300, 120);
        List<LegendPainter.Line> many = java.util.Collections.nCopies(10, new LegendPainter.Line(solid(RED), "x"));
        int[] box = LegendPainter.paint(canvas, null, many);
        // 120 - 2*12 margins - 2*8 padding = 80 px: two rows of 28 fit, one of them becomes "…".
        assertEquals(2 * 8 + 2 * 28, box[3]);
        assertTrue(box[1] >= LegendPainter.MARGIN);
    }
}

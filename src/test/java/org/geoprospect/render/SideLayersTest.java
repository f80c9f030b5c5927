package org.geoprospect.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.geoprospect.render.points.Stamp;
import org.junit.jupiter.api.Test;

class SideLayersTest {
    @Test
    void packedSourceOverRoundsEveryProductLikeTheTextbookFormula() {
        // Every channel value against every inverse alpha, in each of the four channel positions.
        for (int value = 0; value < 256; value++) {
            for (int inverse = 0; inverse < 256; inverse++) {
                int expected = (value * inverse + 127) / 255;
                for (int shift = 0; shift < 32; shift += 8) {
                    int result = Stamp.over(0, value << shift, inverse);
                    assertEquals(expected << shift, result, "value " + value + ", inverse alpha " + inverse + ", shift " + shift);
                }
            }
        }
    }

    @Test
    void compositingPutsLowerThenUpperOverTheCanvas() {
        int[] dst = {0xFFFFFFFF, 0xFFFFFFFF, 0xFF000000, 0xFF102030};
        int[] lower = {0x80800000, 0x80800000, 0, 0};
        int[] upper = {0, 0xFF0000FF, 0x80008000, 0};
        SideLayers.compositeOver(lower, upper, dst);
        // Half-transparent red (pre-multiplied 0x80) over white: 128 + 255 × 127/255 = 255 red, 127 green and blue.
        assertEquals(0xFFFF7F7F, dst[0]);
        assertEquals(0xFF0000FF, dst[1], "an opaque upper pixel covers both");
        // Half-transparent green over black: 128 green, alpha 128 + 255 × 127/255 = 255.
        assertEquals(0xFF008000, dst[2]);
        assertEquals(0xFF102030, dst[3], "transparent side pixels leave the canvas alone");
    }

    @Test
    void aMarkerPaintedAsideThenCompositedLooksLikeOnePaintedInPlace() {
        Stamp marker = Stamp.disc(4.3, 0xC0E07020, 0xFF402010, 1.2f);
        int width = 40;
        int height = 30;
        int[] direct = new int[width * height];
        Arrays.fill(direct, Colors.premultiply(0xFFE4E6E3));
        int[] canvas = direct.clone();
        int[] aside = new int[width * height];
        int[] none = new int[width * height];
        for (int[] at : new int[][] {{10, 10}, {14, 12}, {30, 20}, {0, 0}}) {
            marker.blit(direct, width, height, at[0], at[1]);
            marker.blit(aside, width, height, at[0], at[1]);
        }
        SideLayers.compositeOver(aside, none, canvas);
        int worst = 0;
        int changed = 0;
        for (int i = 0; i < direct.length; i++) {
            for (int shift = 0; shift < 32; shift += 8) {
                worst = Math.max(worst, Math.abs(((direct[i] >>> shift) & 0xFF) - ((canvas[i] >>> shift) & 0xFF)));
            }
            changed += canvas[i] != Colors.premultiply(0xFFE4E6E3) ? 1 : 0;
        }
        assertTrue(changed > 100, "the markers were drawn: " + changed);
        assertTrue(worst <= 1, "rounding only, got " + worst + " levels");
    }
}

package org.geoprospect.render.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Page sizes by hand: A4 is 210 × 297 mm = 595.28 × 841.89 pt; 150 dpi makes it 1240 × 1754 pixels. */
class PageFormatTest {
    @Test
    void a4LandscapeIs297By210MillimetresAnd1754By1240PixelsAt150Dpi() {
        PageFormat page = PageFormat.parse("a4-landscape");
        assertEquals(297 * 72 / 25.4, page.widthPt(), 1e-9);
        assertEquals(210 * 72 / 25.4, page.heightPt(), 1e-9);
        assertEquals(1754, page.widthPx());
        assertEquals(1240, page.heightPx());
        assertTrue(page.paper());
        assertTrue(page.landscape());
    }

    @Test
    void namesAreReadWhateverTheirCase() {
        PageFormat a3 = PageFormat.parse(" A3-Portrait ");
        assertEquals(297 * 72 / 25.4, a3.widthPt(), 1e-9);
        assertEquals(420 * 72 / 25.4, a3.heightPt(), 1e-9);
        assertFalse(a3.landscape());
        assertEquals(PageFormat.a4(false), PageFormat.parse("A4-PORTRAIT"));
    }

    @Test
    void aSizeInPixelsIsAScreenPageOfThatManyPixels() {
        PageFormat page = PageFormat.parse("1920x1080");
        assertFalse(page.paper());
        assertEquals(1440, page.widthPt(), 1e-9);
        assertEquals(810, page.heightPt(), 1e-9);
        assertEquals(1920, page.widthPx());
        assertEquals(1080, page.heightPx());
    }

    @Test
    void aResolutionChangesThePixelsNotThePaper() {
        PageFormat page = PageFormat.a4(true).withDpi(300);
        assertEquals(3508, page.widthPx());
        assertEquals(2480, page.heightPx());
        assertEquals(PageFormat.a4(true).widthPt(), page.widthPt(), 1e-9);
    }

    @Test
    void badPagesAreRefusedWithOneSentence() {
        String unknown = assertThrows(IllegalArgumentException.class, () -> PageFormat.parse("letter")).getMessage();
        assertTrue(unknown.contains("a4-landscape") && unknown.contains("WIDTHxHEIGHT"), unknown);
        assertThrows(IllegalArgumentException.class, () -> PageFormat.parse("10x10"));
        assertThrows(IllegalArgumentException.class, () -> PageFormat.a4(true).withDpi(500));
        assertThrows(IllegalArgumentException.class, () -> PageFormat.pixels(800, 600).withDpi(150));
        String large = assertThrows(IllegalArgumentException.class, () -> PageFormat.pixels(20_000, 20_000)).getMessage();
        assertTrue(large.contains("too large"), large);
    }
}

package org.geoprospect.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The style editor's edits change what they name and nothing else; values worked out by hand. */
class SymbolEditsTest {
    /** A main road of the demo: casing #8a6d1c 3.6 px under a #f7c948 line of 2.3 px. */
    private static final LayerStyle MAIN = DefaultStyles.roads().classes().get(1).style();

    @Test
    void aWiderLineKeepsItsCasingAsMuchWider() {
        // The casing is 3.6 − 2.3 = 1.3 px wider than the line: at 4 px the casing is 5.3 px.
        LayerStyle wider = SymbolEdits.lineWidth(MAIN, 4f);
        assertEquals(4f, SymbolEdits.line(wider).width());
        assertEquals(5.3f, SymbolEdits.casing(wider).width(), 1e-5f);
        assertEquals(SymbolEdits.casing(MAIN).color(), SymbolEdits.casing(wider).color());
        assertEquals(SymbolEdits.line(MAIN).color(), SymbolEdits.line(wider).color());
    }

    @Test
    void colourAndDashTouchTheLineOnlyAndTheCasingCanGoAndComeBack() {
        LayerStyle blue = SymbolEdits.lineColour(MAIN, 0xFF0000FF);
        assertEquals(List.of(SymbolEdits.casing(MAIN), new StrokeSpec(0xFF0000FF, 2.3f, List.of())), blue.strokes());
        LayerStyle dashed = SymbolEdits.lineDash(MAIN, SymbolEdits.DASHED);
        assertEquals(SymbolEdits.DASHED, SymbolEdits.line(dashed).dash());
        assertEquals(SymbolEdits.casing(MAIN), SymbolEdits.casing(dashed));
        LayerStyle bare = SymbolEdits.casingColour(MAIN, null);
        assertNull(SymbolEdits.casing(bare));
        LayerStyle cased = SymbolEdits.casingColour(bare, 0xFF222222);
        assertEquals(StrokeSpec.solid(0xFF222222, 2.3f + SymbolEdits.NEW_CASING_MARGIN), SymbolEdits.casing(cased));
    }

    @Test
    void editingAValueToWhatItWasGivesAnEqualStyle() {
        StrokeSpec line = SymbolEdits.line(MAIN);
        assertEquals(MAIN, SymbolEdits.lineColour(MAIN, line.color()));
        assertEquals(MAIN, SymbolEdits.lineWidth(MAIN, line.width()));
        assertEquals(MAIN, SymbolEdits.lineDash(MAIN, line.dash()));
        assertEquals(MAIN, SymbolEdits.casingColour(MAIN, SymbolEdits.casing(MAIN).color()));
    }

    @Test
    void aPolygonFillKeepsItsOpacityWhenItsColourChanges() {
        LayerStyle sector = LayerStyle.polygon(0x618DD3C7, StrokeSpec.solid(0xD94B4F7A, 1.3f));
        assertEquals(0x61FF0000, SymbolEdits.fillColour(sector, 0xFFFF0000).fillColor(), "alpha 0x61 (38 %) kept");
        // 50 % of 255 = 127.5, rounded to 128 = 0x80.
        assertEquals(0x808DD3C7, SymbolEdits.fillOpacity(sector, 0.5).fillColor());
        assertEquals(List.of(), SymbolEdits.noOutline(sector).strokes());
        assertEquals(List.of(0x808DD3C7, 0x80FDB462), SymbolEdits.paletteOpacity(List.of(0x618DD3C7, 0x61FDB462), 0.5));
    }
}

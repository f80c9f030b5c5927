package org.geoprospect.render.labels;

import java.awt.Font;

/**
 * How a label's text is drawn: a sans-serif font of a size in pixels, plain or bold, a text colour
 * and a halo (an outline of {@value LabelPlacement#HALO_WIDTH} px around the glyphs that keeps the
 * text readable over roads, fills and dots). Immutable.
 *
 * @param fontSize  font size in pixels, positive
 * @param bold      whether the font is bold
 * @param color     text colour (straight ARGB)
 * @param haloColor halo colour (straight ARGB); alpha 0 draws no halo
 */
public record LabelStyle(float fontSize, boolean bold, int color, int haloColor) {
    public LabelStyle {
        if (!(fontSize > 0) || Float.isInfinite(fontSize)) {
            throw new IllegalArgumentException("A label font size must be positive, got " + fontSize + ".");
        }
    }

    /** The font of this style. */
    Font font() {
        return new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont(fontSize);
    }
}

package org.geoprospect.render.layout;

/**
 * Sizes of a layout's parts, in points, grown with the page: they are set for an A4 sheet (10 mm margins,
 * an 18 pt title, 8 pt legend text) and scale with the page's short side (A3 × 1.41, a 1920 × 1080 image
 * × 1.36), within 0.55 (0.85 for an image in pixels, so that its words stay readable) and 1.6. Images in
 * pixels get half the paper margins (they are seen on screens).
 * Immutable.
 *
 * @param margin       around the page's content
 * @param gap          between the map, the legend and the text blocks
 * @param title        the title's style
 * @param subtitle     the subtitle's (date line's) style
 * @param heading      the legend heading's style
 * @param legend       the legend lines' style
 * @param note         a legend note's style (e.g. what the dots count)
 * @param credits      the credits' style
 * @param scale        the scale bar's labels and numeric scale
 * @param pointsPerMapPixel how large a pixel of the map (and of a legend swatch) prints
 * @param padding      inside the legend's box
 * @param itemGap      between two legend lines
 * @param swatchGap    between a swatch and its words
 * @param columnGap    between two legend columns
 * @param furniture    height of the strip under the map holding the scale bar and the north arrow
 */
public record LayoutStyle(double margin, double gap, TextStyle title, TextStyle subtitle, TextStyle heading,
                          TextStyle legend, TextStyle note, TextStyle credits, TextStyle scale, double pointsPerMapPixel,
                          double padding, double itemGap, double swatchGap, double columnGap, double furniture) {
    private static final double A4_SHORT_SIDE = 210 * 72 / 25.4;
    static final int INK = 0xFF1F1F1F;
    static final int SOFT_INK = 0xFF555555;

    /** The sizes for a page. */
    public static LayoutStyle of(PageFormat page) {
        // An image keeps its words readable on a screen however small it is: 0.85 of A4's is 9 pixels of legend text.
        double s = Math.max(page.paper() ? 0.55 : 0.85, Math.min(1.6, Math.min(page.widthPt(), page.heightPt()) / A4_SHORT_SIDE));
        double margin = (page.paper() ? 28 : 14) * s;
        return new LayoutStyle(margin, 10 * s,
                new TextStyle(true, 18 * s, INK),
                new TextStyle(false, 9.5 * s, SOFT_INK),
                new TextStyle(true, 9.5 * s, INK),
                new TextStyle(false, 8 * s, INK),
                new TextStyle(false, 7.5 * s, SOFT_INK),
                new TextStyle(false, 6.5 * s, SOFT_INK),
                new TextStyle(false, 7.5 * s, INK),
                72 / page.dpi(), 6 * s, 2.5 * s, 5 * s, 10 * s, 26 * s);
    }

    /** The same sizes with the legend's words (heading, lines, notes) scaled by {@code factor}, to fit a long legend. */
    LayoutStyle withLegendText(double factor) {
        return new LayoutStyle(margin, gap, title, subtitle, heading.withSize(heading.sizePt() * factor),
                legend.withSize(legend.sizePt() * factor), note.withSize(note.sizePt() * factor), credits, scale,
                pointsPerMapPixel, padding, itemGap * factor, swatchGap, columnGap, furniture);
    }
}

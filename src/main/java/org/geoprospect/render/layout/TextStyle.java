package org.geoprospect.render.layout;

/**
 * How a text of a layout is set: Liberation Sans regular or bold, a size in points, a colour.
 *
 * @param bold   bold face
 * @param sizePt type size in points, positive
 * @param argb   colour, non-pre-multiplied ARGB
 */
public record TextStyle(boolean bold, double sizePt, int argb) {
    public TextStyle {
        if (!(sizePt > 0)) {
            throw new IllegalArgumentException("A type size must be positive, got " + sizePt + ".");
        }
    }

    /** The same face and colour at another size. */
    public TextStyle withSize(double newSizePt) {
        return new TextStyle(bold, newSizePt, argb);
    }

    /** Distance from the top of a line to its baseline. */
    public double ascent() {
        return LayoutFonts.ASCENT * sizePt;
    }

    /** Baseline-to-baseline distance of wrapped lines. */
    public double lineHeight() {
        return LayoutFonts.LINE_SPACING * sizePt;
    }
}

package org.geoprospect.render.layout;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The one typeface of the map layouts, Liberation Sans (regular and bold, SIL Open Font License, shipped
 * in the jar): the PNG page draws it with Java2D and the PDF embeds it, so both measure and show the same
 * glyphs on every machine, French accents, œ, « », € and ’ included (the PDF standard fonts lack some).
 * Widths are measured with fractional metrics, as a PDF viewer places glyphs. Stateless and thread-safe.
 */
public final class LayoutFonts {
    /** Ascent of Liberation Sans as a fraction of the type size (its hhea table: 1854 / 2048). */
    static final double ASCENT = 0.905;
    /** Baseline-to-baseline spacing of wrapped lines, as a fraction of the type size. */
    static final double LINE_SPACING = 1.2;
    private static final String FOLDER = "/org/geoprospect/render/layout/fonts/";
    private static final byte[] REGULAR_TTF = read("LiberationSans-Regular.ttf");
    private static final byte[] BOLD_TTF = read("LiberationSans-Bold.ttf");
    private static final Font REGULAR = create(REGULAR_TTF);
    private static final Font BOLD = create(BOLD_TTF);
    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

    private LayoutFonts() {
    }

    /** The TrueType file of the regular or bold face, for embedding (a fresh stream each call). */
    public static InputStream trueType(boolean bold) {
        return new ByteArrayInputStream(bold ? BOLD_TTF : REGULAR_TTF);
    }

    /** The Java2D font of a style, sized in points (draw it under a transform of pixels per point). */
    public static Font awt(TextStyle style) {
        return (style.bold() ? BOLD : REGULAR).deriveFont((float) style.sizePt());
    }

    /** Advance width of the text in points. */
    public static double width(TextStyle style, String text) {
        if (text.isEmpty()) {
            return 0;
        }
        return awt(style).getStringBounds(text, MEASURE).getWidth();
    }

    /**
     * The text with what the typeface cannot show replaced: line breaks and tabs by spaces, the narrow and
     * thin spaces that French number formats use by a no-break space, any other missing character by '?'.
     */
    public static String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\r' || cp == '\t') {
                b.append(' ');
            } else if (REGULAR.canDisplay(cp) && BOLD.canDisplay(cp)) {
                b.appendCodePoint(cp);
            } else if (Character.isSpaceChar(cp)) {
                b.append('\u00A0');
            } else if (!Character.isISOControl(cp)) {
                b.append('?');
            }
        });
        return b.toString();
    }

    private static byte[] read(String file) {
        try (InputStream in = LayoutFonts.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("The typeface " + file + " is missing from the application; reinstall it.");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the typeface " + file + " from the application.", e);
        }
    }

    private static Font create(byte[] ttf) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(ttf));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("The application's typeface cannot be read; reinstall it.", e);
        }
    }
}

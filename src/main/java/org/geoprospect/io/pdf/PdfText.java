package org.geoprospect.io.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text made printable with a Standard 14 font (WinAnsi encoding: Latin-1 plus œ, €, ’, …, which
 * covers French): characters the font cannot encode become '?', and text too wide is cut with an
 * ellipsis. Stateless.
 */
final class PdfText {
    private PdfText() {
    }

    /** The text with every character the font cannot encode replaced by '?'; null becomes "". */
    static String encodable(PDFont font, String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String s = new String(Character.toChars(cp));
            if (cp == '\t' || cp == '\n' || cp == '\r') {
                b.append(' ');
                return;
            }
            try {
                font.encode(s);
                b.append(s);
            } catch (IllegalArgumentException | IOException e) {
                b.append('?'); // not in WinAnsi (e.g. a narrow no-break space): a visible placeholder
            }
        });
        return b.toString();
    }

    /** Width of the text in points. */
    static float width(PDFont font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The encodable text, cut with "…" to fit the width. */
    static String fit(PDFont font, float size, String text, float maxWidth) {
        String s = encodable(font, text);
        if (width(font, size, s) <= maxWidth) {
            return s;
        }
        int end = s.length();
        while (end > 0 && width(font, size, s.substring(0, end) + "…") > maxWidth) {
            end--;
        }
        return s.substring(0, end) + "…";
    }
}

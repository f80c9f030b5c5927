package org.geoprospect.io.layout;

import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.geoprospect.render.layout.LayoutFonts;

/**
 * The layouts' typeface embedded in one PDF document (subsets of Liberation Sans regular and bold, loaded
 * once per document and shared by its pages). Not thread-safe: one per document.
 */
final class LayoutPdfFonts {
    private final PDDocument document;
    private PDFont regular;
    private PDFont bold;

    LayoutPdfFonts(PDDocument document) {
        this.document = document;
    }

    PDFont font(boolean wantBold) throws IOException {
        if (wantBold) {
            if (bold == null) {
                bold = load(true);
            }
            return bold;
        }
        if (regular == null) {
            regular = load(false);
        }
        return regular;
    }

    private PDFont load(boolean wantBold) throws IOException {
        try (InputStream in = LayoutFonts.trueType(wantBold)) {
            return PDType0Font.load(document, in, true);
        }
    }
}

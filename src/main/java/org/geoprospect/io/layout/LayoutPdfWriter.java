package org.geoprospect.io.layout;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Calendar;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.geoprospect.io.export.StagedFile;
import org.geoprospect.render.layout.ComposedMap;
import org.geoprospect.render.layout.LayoutPainter;
import org.geoprospect.render.layout.MapLayout;

/**
 * Writes map layouts as PDF pages: the page of the layout's size, its texts as real text in the embedded
 * Liberation Sans, the scale bar, north arrow and frames as vector paths, the map picture and the legend
 * swatches as lossless images at the page's resolution.
 *
 * <p>Two uses. {@link #write} makes a one-page PDF file (atomically: complete or not at all). A report with
 * several pages (the tour pack's day maps) keeps one writer per document and calls {@link #addPage} for
 * each map, so that the font is embedded once:
 * <pre>{@code
 * LayoutPdfWriter maps = new LayoutPdfWriter(document);
 * ComposedMap day = MapComposer.compose(PageFormat.a4(true), texts, scene, area, true, messages::get, monitor);
 * maps.addPage(day);
 * }</pre>
 * Not thread-safe (PDFBox documents are not).
 */
public final class LayoutPdfWriter {
    private final PDDocument document;
    private final LayoutPdfFonts fonts;

    /** A writer adding pages to {@code document} (which the caller saves and closes). */
    public LayoutPdfWriter(PDDocument document) {
        this.document = document;
        this.fonts = new LayoutPdfFonts(document);
    }

    /**
     * Appends a page holding the composed map.
     *
     * @return the new page
     * @throws IOException when PDFBox cannot write the page
     */
    public PDPage addPage(ComposedMap map) throws IOException {
        MapLayout layout = map.layout();
        PDPage page = new PDPage(new PDRectangle((float) layout.page().widthPt(), (float) layout.page().heightPt()));
        document.addPage(page);
        try (PdfPageCanvas canvas = new PdfPageCanvas(document, new PDPageContentStream(document, page), fonts,
                layout.page().heightPt())) {
            LayoutPainter.paint(layout, map.map().image(), canvas);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return page;
    }

    /**
     * Writes a one-page PDF of the composed map.
     *
     * @param title the document's title (its metadata; the page shows the layout's own)
     * @throws IOException with one sentence naming the file when it cannot be written
     */
    public static void write(ComposedMap map, Path target, String title) throws IOException {
        try (PDDocument document = new PDDocument(); StagedFile staged = StagedFile.create(target)) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("GeoProspect");
            info.setCreationDate(Calendar.getInstance());
            new LayoutPdfWriter(document).addPage(map);
            try (OutputStream out = staged.stream()) {
                document.save(out);
            }
            staged.publish();
        } catch (IOException e) {
            throw new IOException("Cannot write the PDF " + target.toAbsolutePath() + " (" + e.getMessage()
                    + "); check that the folder exists and is writable and that the disk is not full.", e);
        }
    }
}

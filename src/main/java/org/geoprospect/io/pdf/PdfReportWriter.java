package org.geoprospect.io.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.geoprospect.io.export.StagedFile;

/**
 * Writes a printable report: map pages, then a table over as many pages as it needs, on A4
 * landscape. Fonts are Helvetica from the Standard 14 set (no font file needed, every PDF reader
 * has it) with WinAnsi encoding, which covers French accents. The file is written atomically
 * (complete or not at all, see {@link StagedFile}).
 *
 * <p>Two uses: {@link #write(Path, String, List, PdfTable)} writes a report of map pages and a table; a report
 * mixing other pages (a tour pack's day maps laid out by {@code io.layout.LayoutPdfWriter}) is written by
 * {@link #write(Path, String, Pages)}, whose pages add themselves to the document, with one instance of this
 * class per document for its own kinds of page ({@link #addMapPage}, {@link #addTable}). Instances are not
 * thread-safe (PDFBox documents are not); the static methods are.
 */
public final class PdfReportWriter {
    /** Rows of the table on one page. */
    public static final int ROWS_PER_PAGE = 22;
    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 36;
    private static final float MAP_LEGEND_HEIGHT = 28;

    /** Adds a report's pages to its document, in order. */
    @FunctionalInterface
    public interface Pages {
        /**
         * Adds the pages.
         *
         * @throws IOException when PDFBox cannot write a page
         */
        void addTo(PDDocument document) throws IOException;
    }

    private final PDDocument document;
    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    /** A writer adding map and table pages to {@code document} (which the caller saves and closes). */
    public PdfReportWriter(PDDocument document) {
        this.document = document;
    }

    /** The number of pages a table of that many rows takes (at least one). */
    public static int tablePages(int rows) {
        return Math.max(1, (rows + ROWS_PER_PAGE - 1) / ROWS_PER_PAGE);
    }

    /**
     * Writes the report: the map pages, then the table.
     *
     * @param title document title (metadata)
     * @throws IOException with one sentence naming the file when it cannot be written
     */
    public static void write(Path target, String title, List<PdfMapPage> maps, PdfTable table) throws IOException {
        write(target, title, document -> {
            PdfReportWriter report = new PdfReportWriter(document);
            for (PdfMapPage map : maps) {
                report.addMapPage(map);
            }
            report.addTable(table);
        });
    }

    /**
     * Writes a report whose pages {@code pages} adds to a new document.
     *
     * @param title document title (metadata)
     * @throws IOException with one sentence naming the file when it cannot be written
     */
    public static void write(Path target, String title, Pages pages) throws IOException {
        try (PDDocument document = new PDDocument(); StagedFile staged = StagedFile.create(target)) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("GeoProspect");
            pages.addTo(document);
            try (OutputStream out = staged.stream()) {
                document.save(out);
            }
            staged.publish();
        } catch (IOException e) {
            throw new IOException("Cannot write the PDF " + target.toAbsolutePath() + " (" + e.getMessage()
                    + "); check that the folder is writable and the disk not full.", e);
        }
    }

    /**
     * How large a pixel of a map picture of that size prints on a map page, in points (the picture is scaled to the
     * room between the title and the legend, keeping its proportions): what the picture's device scale is chosen
     * from, so that its symbols print at their screen size.
     */
    public static double pointsPerMapPixel(int width, int height) {
        float availableW = PAGE.getWidth() - 2 * MARGIN;
        float availableH = PAGE.getHeight() - MARGIN - 40 - MARGIN - MAP_LEGEND_HEIGHT;
        return Math.min(availableW / width, availableH / height);
    }

    /**
     * Appends a map page: its title, details, the map scaled to the page and its legend under it.
     *
     * @throws IOException when PDFBox cannot write the page
     */
    public void addMapPage(PdfMapPage map) throws IOException {
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        PDImageXObject image = LosslessFactory.createFromImage(document, map.map());
        float top = PAGE.getHeight() - MARGIN;
        float availableW = PAGE.getWidth() - 2 * MARGIN;
        float scale = (float) pointsPerMapPixel(image.getWidth(), image.getHeight());
        float w = image.getWidth() * scale;
        float h = image.getHeight() * scale;
        try (PDPageContentStream s = new PDPageContentStream(document, page)) {
            text(s, bold, 16, MARGIN, top - 14, PdfText.fit(bold, 16, map.title(), availableW));
            text(s, regular, 10, MARGIN, top - 30, PdfText.fit(regular, 10, map.subtitle(), availableW));
            float imageTop = top - 40;
            s.drawImage(image, MARGIN, imageTop - h, w, h);
            s.setStrokingColor(Color.DARK_GRAY);
            s.setLineWidth(0.5f);
            s.addRect(MARGIN, imageTop - h, w, h);
            s.stroke();
            legend(s, map.legend(), regular, MARGIN, imageTop - h - 18);
        }
    }

    /**
     * Appends the table over {@link #tablePages} pages, its headers on each.
     *
     * @return the number of pages added
     * @throws IOException when PDFBox cannot write a page
     */
    public int addTable(PdfTable table) throws IOException {
        int pages = tablePages(table.rows().size());
        for (int p = 0; p < pages; p++) {
            List<List<String>> rows = table.rows().subList(p * ROWS_PER_PAGE,
                    Math.min(table.rows().size(), (p + 1) * ROWS_PER_PAGE));
            tablePage(document, table, rows, p + 1, pages, regular, bold);
        }
        return pages;
    }

    private static void legend(PDPageContentStream s, List<PdfMapPage.LegendItem> items, PDFont font, float x, float y)
            throws IOException {
        float cursor = x;
        for (PdfMapPage.LegendItem item : items) {
            Color colour = new Color(item.rgb());
            switch (item.symbol()) {
                case LINE -> {
                    s.setStrokingColor(colour);
                    s.setLineWidth(2.5f);
                    s.moveTo(cursor, y + 3);
                    s.lineTo(cursor + 22, y + 3);
                    s.stroke();
                    cursor += 26;
                }
                case CIRCLE -> {
                    s.setNonStrokingColor(colour);
                    circle(s, cursor + 6, y + 3, 6);
                    s.fill();
                    cursor += 16;
                }
                case SQUARE -> {
                    s.setNonStrokingColor(colour);
                    s.addRect(cursor, y - 3, 12, 12);
                    s.fill();
                    cursor += 16;
                }
            }
            s.setNonStrokingColor(Color.BLACK);
            String label = PdfText.encodable(font, item.label());
            text(s, font, 10, cursor, y, label);
            cursor += PdfText.width(font, 10, label) + 22;
        }
    }

    private static void tablePage(PDDocument document, PdfTable table, List<List<String>> rows, int number, int of,
                                  PDFont regular, PDFont bold) throws IOException {
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        float width = PAGE.getWidth() - 2 * MARGIN;
        double total = 0;
        for (double w : table.widths()) {
            total += w;
        }
        float[] columns = new float[table.widths().length];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = (float) (table.widths()[i] / total * width);
        }
        float top = PAGE.getHeight() - MARGIN;
        float rowHeight = 20;
        try (PDPageContentStream s = new PDPageContentStream(document, page)) {
            String title = table.title() + (of > 1 ? " (" + number + "/" + of + ")" : "");
            text(s, bold, 16, MARGIN, top - 14, PdfText.fit(bold, 16, title, width));
            float y = top - 44;
            s.setNonStrokingColor(new Color(0xE6E6E6));
            s.addRect(MARGIN, y - 6, width, rowHeight);
            s.fill();
            s.setNonStrokingColor(Color.BLACK);
            row(s, bold, table.headers(), columns, y);
            s.setStrokingColor(Color.GRAY);
            s.setLineWidth(0.4f);
            for (List<String> cells : rows) {
                y -= rowHeight;
                row(s, regular, cells, columns, y);
                s.moveTo(MARGIN, y - 6);
                s.lineTo(MARGIN + width, y - 6);
                s.stroke();
            }
        }
    }

    private static void row(PDPageContentStream s, PDFont font, List<String> cells, float[] columns, float y)
            throws IOException {
        float x = MARGIN + 3;
        for (int i = 0; i < columns.length; i++) {
            String cell = i < cells.size() ? cells.get(i) : "";
            text(s, font, 9, x, y, PdfText.fit(font, 9, cell, columns[i] - 6));
            x += columns[i];
        }
    }

    private static void text(PDPageContentStream s, PDFont font, float size, float x, float y, String text)
            throws IOException {
        if (text.isEmpty()) {
            return;
        }
        s.beginText();
        s.setFont(font, size);
        s.newLineAtOffset(x, y);
        s.showText(text);
        s.endText();
    }

    private static void circle(PDPageContentStream s, float cx, float cy, float r) throws IOException {
        float k = 0.5523f * r; // Bézier approximation of a quarter circle
        s.moveTo(cx + r, cy);
        s.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        s.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        s.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        s.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        s.closePath();
    }
}

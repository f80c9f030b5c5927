package org.geoprospect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.geoprospect.render.DefaultStyles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code render} writes a layout (title, map, legend beside or below it, credits) as PNG or PDF;
 * {@code --no-legend} without {@code --layout} still writes the map alone, filling the image.
 */
class RenderLayoutCommandTest {
    private static final int WIDTH = 900;
    private static final int HEIGHT = 700;
    /** The competitor square's fill, on the map and as a legend swatch. */
    private static final int COMPETITOR_RED = 0xe31a1c;
    private static final int PAPER_WHITE = 0xffffff;

    @TempDir
    static Path dir;
    private static Path demo;

    @BeforeAll
    static void createDemo() {
        demo = dir.resolve("demo");
        assertEquals(0, CommandRun.of("init", "--project", demo.toString(), "--sample").exitCode());
    }

    private static CommandRun render(String... extra) {
        String[] args = {"render", "--project", demo.toString()};
        String[] all = java.util.Arrays.copyOf(args, args.length + extra.length);
        System.arraycopy(extra, 0, all, args.length, extra.length);
        return CommandRun.of(all);
    }

    @Test
    void aLayoutPdfOnA4LandscapeHasOnePageTheTitleAndTheCredits() throws Exception {
        Path pdf = dir.resolve("map.pdf");
        CommandRun run = render("--layout", "a4-landscape", "--title", "Prospects VTT — Angers et Saumur", "--date", "2026-10-01",
                "--out", pdf.toString());
        assertEquals(0, run.exitCode(), run.err());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, document.getNumberOfPages());
            assertEquals(841.89, document.getPage(0).getMediaBox().getWidth(), 0.01);
            assertEquals(595.28, document.getPage(0).getMediaBox().getHeight(), 0.01);
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Prospects VTT — Angers et Saumur"), text);
            assertTrue(text.contains("October 1, 2026"), text);
            assertTrue(text.contains("GeoNames"), text);
        }
    }

    @Test
    void theFrenchLayoutSaysItsLegendAndDateInFrench() throws Exception {
        Path pdf = dir.resolve("carte.pdf");
        CommandRun run = render("--layout", "a4-portrait", "--lang", "fr", "--date", "2026-10-01", "--out", pdf.toString());
        assertEquals(0, run.exitCode(), run.err());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Légende") && text.contains("1 octobre 2026") && text.contains("Concurrent")
                    && text.contains("Échelle 1:"), text);
        }
    }

    @Test
    void withWidthAndHeightTheLayoutIsAnImageOfThatSizeWithItsLegendBesideTheMap() throws Exception {
        Path png = dir.resolve("layout.png");
        CommandRun run = render("--out", png.toString(), "--width", String.valueOf(WIDTH), "--height", String.valueOf(HEIGHT));
        assertEquals(0, run.exitCode(), run.err());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(WIDTH, image.getWidth());
        assertEquals(HEIGHT, image.getHeight());
        // A page: white margins around the map.
        assertEquals(PAPER_WHITE, image.getRGB(3, 3) & 0xFFFFFF);
        assertEquals(PAPER_WHITE, image.getRGB(WIDTH - 4, HEIGHT - 4) & 0xFFFFFF);
        // The legend column, right of the map's frame, holds the competitor swatch; the frame ends where white begins.
        int frameRight = frameRight(image, HEIGHT / 2);
        assertTrue(frameRight < WIDTH * 0.85, "the map should leave the right of the page to the legend, ends at " + frameRight);
        assertTrue(count(image, frameRight + 1, 0, WIDTH, HEIGHT, COMPETITOR_RED) >= 50, "competitor swatch in the legend");
    }

    @Test
    void noLegendWithoutALayoutWritesTheMapAloneFillingTheImage() throws Exception {
        Path png = dir.resolve("alone.png");
        CommandRun run = render("--out", png.toString(), "--width", "640", "--height", "480", "--no-legend");
        assertEquals(0, run.exitCode(), run.err());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(640, image.getWidth());
        // The map's grey background reaches the image's corners (no page margin), and there is no white band.
        assertEquals(DefaultStyles.BACKGROUND & 0xFFFFFF, image.getRGB(0, 0) & 0xFFFFFF);
        assertEquals(DefaultStyles.BACKGROUND & 0xFFFFFF, image.getRGB(639, 0) & 0xFFFFFF);
        assertEquals(0, count(image, 630, 200, 640, 280, PAPER_WHITE));
    }

    @Test
    void badLayoutsAndFilesAreRefusedWithOneSentence() {
        CommandRun letter = render("--layout", "letter", "--out", dir.resolve("x.pdf").toString());
        assertEquals(2, letter.exitCode());
        assertTrue(letter.err().contains("a4-landscape"), letter.err());
        CommandRun svg = render("--layout", "a4-portrait", "--out", dir.resolve("x.svg").toString());
        assertEquals(2, svg.exitCode());
        assertTrue(svg.err().contains(".png") && svg.err().contains(".pdf"), svg.err());
        CommandRun both = render("--layout", "a4-portrait", "--width", "800", "--out", dir.resolve("x.png").toString());
        assertEquals(2, both.exitCode());
        CommandRun dpiOnPixels = render("--layout", "800x600", "--dpi", "300", "--out", dir.resolve("x.png").toString());
        assertEquals(2, dpiOnPixels.exitCode());
        CommandRun tiny = render("--layout", "200x120", "--out", dir.resolve("tiny.png").toString());
        assertEquals(1, tiny.exitCode());
        assertTrue(tiny.err().contains("too small") && !tiny.err().contains("Exception"), tiny.err());
        assertTrue(!Files.exists(dir.resolve("tiny.png")));
    }

    @Test
    void clientsBySegmentPutTheSegmentsDrawnInTheLegendInsteadOfTheCategories() throws Exception {
        Path bySegment = dir.resolve("segments.pdf");
        CommandRun run = render("--layout", "a4-landscape", "--date", "2026-10-01", "--clients-by", "segment",
                "--out", bySegment.toString());
        assertEquals(0, run.exitCode(), run.err());
        String segmentText = pdfText(bySegment);
        // The demo's order history holds champions and lapsed clients alike: both kinds of line are in the legend.
        assertTrue(segmentText.contains("Champions (recent, frequent, profitable)"), segmentText);
        assertTrue(segmentText.contains("Lost (few orders, long ago)") || segmentText.contains("Hibernating"), segmentText);
        assertTrue(!segmentText.contains("Former client"), "categories give way to segments: " + segmentText);

        Path byCategory = dir.resolve("categories.pdf");
        assertEquals(0, render("--layout", "a4-landscape", "--date", "2026-10-01", "--out", byCategory.toString()).exitCode());
        String categoryText = pdfText(byCategory);
        assertTrue(categoryText.contains("Former client") && !categoryText.contains("Champions"), categoryText);
    }

    @Test
    void segmentsWithoutOrdersOrAnUnknownColouringAreRefusedWithOneSentence() {
        CommandRun unknown = render("--clients-by", "margin", "--out", dir.resolve("x.png").toString());
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("'category' or 'segment'"), unknown.err());

        Path empty = dir.resolve("empty");
        assertEquals(0, CommandRun.of("init", "--project", empty.toString()).exitCode());
        CommandRun noOrders = CommandRun.of("render", "--project", empty.toString(), "--clients-by", "segment",
                "--out", dir.resolve("none.png").toString());
        assertEquals(1, noOrders.exitCode());
        assertTrue(noOrders.err().contains("order") && !noOrders.err().contains("Exception"), noOrders.err());
        assertTrue(!Files.exists(dir.resolve("none.png")));
    }

    private static String pdfText(Path pdf) throws java.io.IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The x of the map frame's right edge on row y: the last non-white pixel before the white gap to the legend. */
    private static int frameRight(BufferedImage image, int y) {
        int x = (int) (image.getWidth() * 0.5);
        while (x < image.getWidth() - 1 && (image.getRGB(x, y) & 0xFFFFFF) != PAPER_WHITE) {
            x++;
        }
        return x;
    }

    private static int count(BufferedImage image, int x0, int y0, int x1, int y1, int rgb) {
        int n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                n += (image.getRGB(x, y) & 0xFFFFFF) == rgb ? 1 : 0;
            }
        }
        return n;
    }
}

package org.geoprospect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code render} draws the legend box in the bottom-right corner (with the swatches of the map's
 * symbols), and {@code --no-legend} leaves it out: the two images differ only in that corner.
 */
class RenderLegendTest {
    private static final int WIDTH = 900;
    private static final int HEIGHT = 700;
    /** The competitor square's fill and the motorway's core, both drawn as legend swatches. */
    private static final int COMPETITOR_RED = 0xe31a1c;
    private static final int MOTORWAY_ORANGE = 0xe8552d;

    @TempDir
    static Path dir;
    private static BufferedImage withLegend;
    private static BufferedImage withoutLegend;

    @BeforeAll
    static void renderBoth() throws Exception {
        Path demo = dir.resolve("demo");
        assertEquals(0, CommandRun.of("init", "--project", demo.toString(), "--sample").exitCode());
        withLegend = render(demo, "with.png");
        withoutLegend = render(demo, "without.png", "--no-legend");
    }

    private static BufferedImage render(Path demo, String name, String... extra) throws Exception {
        Path png = dir.resolve(name);
        String[] args = {"render", "--project", demo.toString(), "--out", png.toString(),
            "--width", String.valueOf(WIDTH), "--height", String.valueOf(HEIGHT)};
        String[] all = java.util.Arrays.copyOf(args, args.length + extra.length);
        System.arraycopy(extra, 0, all, args.length, extra.length);
        CommandRun run = CommandRun.of(all);
        assertEquals(0, run.exitCode(), run.err());
        return ImageIO.read(png.toFile());
    }

    @Test
    void theLegendChangesOnlyTheBottomRightCornerAndShowsTheSwatchColours() {
        int differing = 0;
        int red = 0;
        int orange = 0;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int a = withLegend.getRGB(x, y);
                if (a == withoutLegend.getRGB(x, y)) {
                    continue;
                }
                differing++;
                // The box is at most half the width, 12 px from the right and bottom edges.
                assertTrue(x >= WIDTH / 2 - 12 && x < WIDTH - 12 && y >= 12 && y < HEIGHT - 12,
                        "the legend reached (" + x + ", " + y + ")");
                red += (a & 0xFFFFFF) == COMPETITOR_RED ? 1 : 0;
                orange += (a & 0xFFFFFF) == MOTORWAY_ORANGE ? 1 : 0;
            }
        }
        assertTrue(differing > 5_000, "a legend box should cover thousands of pixels, got " + differing);
        assertTrue(red >= 50, "the competitor swatch (a 14-px red square) should show, got " + red);
        assertTrue(orange >= 20, "the motorway swatch should show its orange core, got " + orange);
    }
}

package org.geoprospect.io.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.geoprospect.render.RasterCanvas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngWriterTest {
    @TempDir
    Path dir;

    @Test
    void writesPixelsWithStraightAlpha() throws IOException {
        RasterCanvas canvas = new RasterCanvas(3, 2);
        canvas.fill(0xFF336699);
        canvas.pixels()[1] = 0x80402000; // pre-multiplied: straight (0x80, 0x80, 0x40, 0x00)
        Path file = dir.resolve("map.png");
        PngWriter.write(canvas, file);
        BufferedImage read = ImageIO.read(file.toFile());
        assertEquals(3, read.getWidth());
        assertEquals(2, read.getHeight());
        assertEquals(0xFF336699, read.getRGB(0, 0));
        assertEquals(0x80804000, read.getRGB(1, 0));
    }

    @Test
    void replacesAnExistingFileAndLeavesNoTemporaryFile() throws IOException {
        Path file = dir.resolve("map.png");
        Files.writeString(file, "old");
        RasterCanvas canvas = new RasterCanvas(2, 2);
        canvas.fill(0xFFFFFFFF);
        PngWriter.write(canvas, file);
        assertEquals(0xFFFFFFFF, ImageIO.read(file.toFile()).getRGB(1, 1));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void missingFolderIsReportedInOneSentence() {
        IOException e = assertThrows(IOException.class,
                () -> PngWriter.write(new RasterCanvas(1, 1), dir.resolve("nowhere/map.png")));
        assertEquals(true, e.getMessage().contains("does not exist"), e.getMessage());
    }
}

package org.geoprospect.io.image;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.ImageIO;
import org.geoprospect.render.RasterCanvas;

/**
 * Writes a {@link RasterCanvas} as a PNG file, atomically: the image goes to a temporary file in
 * the target folder, which is then moved over the target, so a reader never sees half a file and a
 * failed write leaves any previous file intact. Stateless and thread-safe (as long as the canvas is
 * not being drawn meanwhile).
 */
public final class PngWriter {
    private PngWriter() {
    }

    /**
     * Writes the canvas to {@code target}, replacing it if it exists.
     *
     * @throws IOException with a one-sentence message naming the file when it cannot be written
     */
    public static void write(RasterCanvas canvas, Path target) throws IOException {
        write(canvas, target, 0);
    }

    /**
     * Writes the canvas to {@code target} with its resolution recorded (the PNG {@code pHYs} chunk), so that
     * an image viewer or a word processor prints it at its size on paper.
     *
     * @param dotsPerInch the resolution; 0 or less records none
     * @throws IOException with a one-sentence message naming the file when it cannot be written
     */
    public static void write(RasterCanvas canvas, Path target, double dotsPerInch) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("Cannot write " + absolute + ": the folder " + folder + " does not exist.");
        }
        // PNG stores straight alpha: convert from the canvas's pre-multiplied pixels.
        BufferedImage straight = new BufferedImage(canvas.width(), canvas.height(), BufferedImage.TYPE_INT_ARGB);
        straight.setRGB(0, 0, canvas.width(), canvas.height(), toStraight(canvas), 0, canvas.width());
        Path temp = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
        try {
            if (dotsPerInch > 0) {
                writeWithResolution(straight, temp, dotsPerInch);
            } else if (!ImageIO.write(straight, "png", temp.toFile())) {
                throw new IOException("Cannot write " + absolute + ": this Java runtime has no PNG writer.");
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | UncheckedIOException e) {
            Files.deleteIfExists(temp);
            throw new IOException("Cannot write the image " + absolute + " (" + e.getMessage()
                    + "); check that the folder is writable and the disk not full.", e);
        }
    }

    private static void writeWithResolution(BufferedImage image, Path file, double dotsPerInch) throws IOException {
        java.util.Iterator<javax.imageio.ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("this Java runtime has no PNG writer");
        }
        javax.imageio.ImageWriter writer = writers.next();
        // A new file, as ImageIO.write makes one: it gets the folder's usual permissions, not the temporary file's.
        java.nio.file.Files.delete(file);
        try (javax.imageio.stream.ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
            javax.imageio.metadata.IIOMetadata metadata = writer.getDefaultImageMetadata(
                    javax.imageio.ImageTypeSpecifier.createFromRenderedImage(image), param);
            String format = "javax_imageio_png_1.0";
            javax.imageio.metadata.IIOMetadataNode physical = new javax.imageio.metadata.IIOMetadataNode("pHYs");
            String perMetre = Long.toString(Math.round(dotsPerInch / 0.0254));
            physical.setAttribute("pixelsPerUnitXAxis", perMetre);
            physical.setAttribute("pixelsPerUnitYAxis", perMetre);
            physical.setAttribute("unitSpecifier", "meter");
            javax.imageio.metadata.IIOMetadataNode root = new javax.imageio.metadata.IIOMetadataNode(format);
            root.appendChild(physical);
            metadata.mergeTree(format, root);
            writer.setOutput(out);
            writer.write(null, new javax.imageio.IIOImage(image, null, metadata), param);
        } finally {
            writer.dispose();
        }
    }

    private static int[] toStraight(RasterCanvas canvas) {
        int[] pixels = canvas.pixels();
        int[] out = new int[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            out[i] = org.geoprospect.render.Colors.unpremultiply(pixels[i]);
        }
        return out;
    }
}

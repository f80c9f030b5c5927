package org.geoprospect.io.layout;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.geoprospect.io.image.PngWriter;
import org.geoprospect.render.layout.ComposedMap;

/** Writes a composed map as the file's name asks: {@code .pdf} a one-page PDF, {@code .png} the page as an image. Stateless. */
public final class LayoutFiles {
    /** The kinds of file a layout is written to. */
    public enum Format { PNG, PDF }

    private LayoutFiles() {
    }

    /**
     * The format of a file name.
     *
     * @throws IllegalArgumentException with one sentence when it ends in neither .png nor .pdf
     */
    public static Format formatOf(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) {
            return Format.PDF;
        }
        if (name.endsWith(".png")) {
            return Format.PNG;
        }
        throw new IllegalArgumentException("The map file " + file + " must end in .png (an image) or .pdf (a printable page).");
    }

    /**
     * Writes the map, replacing the file if it exists (atomically: a reader never sees half a file).
     *
     * @param title the PDF's document title
     * @throws IOException with one sentence naming the file when it cannot be written
     */
    public static void write(ComposedMap map, Path file, String title) throws IOException {
        if (formatOf(file) == Format.PDF) {
            LayoutPdfWriter.write(map, file, title);
        } else {
            PngWriter.write(map.rasterize(), file, map.layout().page().paper() ? map.layout().page().dpi() : 0);
        }
    }
}

package org.geoprospect.demo;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.geoprospect.geo.Srids;
import org.geoprospect.io.shp.ShapefileWriter;

/**
 * Writes the demo's map layers as Lambert-93, UTF-8 shapefiles (.shp .shx .dbf .prj .cpg). Stateless.
 *
 * <p>The DBF header holds a "last update" date that {@link ShapefileWriter} takes from the clock; the
 * demo files must be the same bytes on every day, so that date is then set to
 * {@link SampleGenerator#REFERENCE_DATE}.
 */
public final class DemoMapWriter {
    /** Offset of the YY MM DD bytes of the last-update date in a dBase III header. */
    private static final int DBF_DATE_OFFSET = 1;

    private DemoMapWriter() {
    }

    /**
     * Writes every layer into a folder, creating it when needed.
     *
     * @return the .shp files written, in writing order
     */
    public static List<Path> write(Path mapsDir, DemoMaps maps) throws IOException {
        Files.createDirectories(mapsDir);
        List<Path> written = new ArrayList<>();
        for (DemoMaps.Layer layer : maps.layers()) {
            Path shp = mapsDir.resolve(layer.fileName());
            ShapefileWriter.write(shp, layer.kind(), layer.fields(), layer.features(), Srids.LAMBERT_93, StandardCharsets.UTF_8);
            String base = layer.fileName().substring(0, layer.fileName().length() - ".shp".length());
            setDbfDate(mapsDir.resolve(base + ".dbf"), SampleGenerator.REFERENCE_DATE);
            written.add(shp);
        }
        return written;
    }

    /** Overwrites the last-update date in a DBF header (years 1900-2155). */
    static void setDbfDate(Path dbf, LocalDate date) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(new byte[] {
            (byte) (date.getYear() - 1900), (byte) date.getMonthValue(), (byte) date.getDayOfMonth()});
        try (FileChannel channel = FileChannel.open(dbf, StandardOpenOption.WRITE)) {
            channel.write(bytes, DBF_DATE_OFFSET);
        }
    }
}

package org.geoprospect.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.geoprospect.geo.Srids;
import org.geoprospect.io.shp.ShapefileWriter;

/**
 * Writes the demo's map layers as Lambert-93, UTF-8 shapefiles (.shp .shx .dbf .prj .cpg). Stateless.
 *
 * <p>The DBF headers carry {@link SampleGenerator#REFERENCE_DATE} as their "last update" date rather
 * than the day they were written, so the demo files are the same bytes whenever they are made.
 */
public final class DemoMapWriter {

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
            ShapefileWriter.write(shp, layer.kind(), layer.fields(), layer.features(), Srids.LAMBERT_93,
                    StandardCharsets.UTF_8, SampleGenerator.REFERENCE_DATE);
            written.add(shp);
        }
        return written;
    }
}

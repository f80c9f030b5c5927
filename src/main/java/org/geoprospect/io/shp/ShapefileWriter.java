package org.geoprospect.io.shp;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import org.geoprospect.model.GeometryKind;
import org.geoprospect.model.VectorFeature;

/**
 * Writes a shapefile set (.shp, .shx, .dbf, .prj, .cpg). STUB: being implemented.
 */
public final class ShapefileWriter {
    private ShapefileWriter() {
    }

    /**
     * Writes features as a shapefile.
     *
     * @param shpPath  path of the .shp file; the other files get the same base name
     * @param kind     geometry family (multi-part geometries are written as such)
     * @param fields   the DBF fields; each feature's attributes are looked up by field name
     * @param features the features, written in list order
     * @param srid     EPSG code whose ESRI WKT goes into the .prj (at least 2154 and 4326)
     * @param charset  DBF text encoding, recorded in the .cpg
     */
    public static void write(Path shpPath, GeometryKind kind, List<DbfField> fields, List<VectorFeature> features,
                             int srid, Charset charset) throws IOException {
        throw new UnsupportedOperationException("not implemented yet");
    }
}

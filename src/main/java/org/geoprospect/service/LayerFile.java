package org.geoprospect.service;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.geoprospect.io.geojson.GeoJsonData;
import org.geoprospect.io.geojson.GeoJsonReader;
import org.geoprospect.io.shp.ShapefileData;
import org.geoprospect.io.shp.ShapefileReader;
import org.geoprospect.model.GeometryKind;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.model.VectorFeature;

/**
 * A vector file read into memory, whatever its format: its features in the source CRS, the CRS when
 * the file says it, and the reader's warnings.
 *
 * @param read        features (records) in the file, including those the reader skipped
 * @param srid        the EPSG code the file declares, empty when it declares none we recognise
 * @param hasCrsInfo  whether the file says anything about its CRS (a .prj), recognised or not
 */
record LayerFile(Path path, GeometryKind kind, List<VectorFeature> features, long read, OptionalInt srid,
                 boolean hasCrsInfo, List<String> warnings) {

    /**
     * Reads a shapefile ({@code .shp}) or a GeoJSON file ({@code .geojson}, {@code .json}).
     *
     * @param encoding DBF text encoding to force, or null to detect it (shapefiles only)
     * @throws UserFacingException for a file of another kind
     * @throws IOException         with one sentence when the file is missing or damaged
     */
    static LayerFile read(Path path, Charset encoding, ProgressMonitor monitor) throws IOException {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".shp")) {
            ShapefileData data = ShapefileReader.read(path, encoding, monitor);
            return new LayerFile(path, data.kind(), data.features(), data.features().size() + nullShapes(data),
                    data.srid(), data.prjWkt() != null, data.warnings());
        }
        if (name.endsWith(".geojson") || name.endsWith(".json")) {
            GeoJsonData data = GeoJsonReader.read(path, monitor);
            return new LayerFile(path, data.kind(), data.features(), data.read(), OptionalInt.of(data.srid()), true,
                    data.warnings());
        }
        throw new UserFacingException("The file " + path.getFileName()
                + " is neither a shapefile (.shp) nor GeoJSON (.geojson); convert it to one of these to import it.");
    }

    /** Records the shapefile reader skipped: the gaps in its 1-based record ids. */
    private static long nullShapes(ShapefileData data) {
        long maxId = data.features().stream().mapToLong(VectorFeature::id).max().orElse(0);
        return Math.max(0, maxId - data.features().size());
    }
}

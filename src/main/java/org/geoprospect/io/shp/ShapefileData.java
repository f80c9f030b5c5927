package org.geoprospect.io.shp;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.geoprospect.model.GeometryKind;
import org.geoprospect.model.VectorFeature;

/**
 * What {@link ShapefileReader} read from a shapefile set.
 *
 * @param kind     the geometry family declared by the .shp header
 * @param fields   the DBF fields in file order (names made unique if the file repeated one)
 * @param features the features with a geometry, in record order; ids are 1-based record numbers, so
 *                 ids are missing where records had no geometry (see {@code warnings})
 * @param prjWkt   the .prj text, or null when there is no .prj
 * @param charset  the encoding used to decode the DBF text
 * @param warnings sentences for the user about what was skipped or repaired; empty when all went well
 */
public record ShapefileData(GeometryKind kind, List<DbfField> fields, List<VectorFeature> features, String prjWkt,
                            Charset charset, List<String> warnings) {
    public ShapefileData {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(charset, "charset");
        fields = List.copyOf(fields);
        features = List.copyOf(features);
        warnings = List.copyOf(warnings);
    }

    /** The EPSG code recognised from the .prj (see {@link PrjSrid}); empty without .prj or when unknown. */
    public OptionalInt srid() {
        return PrjSrid.recognise(prjWkt);
    }
}

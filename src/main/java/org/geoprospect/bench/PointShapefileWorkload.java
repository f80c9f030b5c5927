package org.geoprospect.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.geoprospect.geo.Srids;
import org.geoprospect.io.csv.HouseholdCsvReader;
import org.geoprospect.io.shp.DbfField;
import org.geoprospect.io.shp.ShapefileWriter;
import org.geoprospect.model.GeometryKind;
import org.geoprospect.model.Household;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.model.VectorFeature;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * The point shapefile of the import benchmark: the generated households as WGS84 points (as an
 * OpenStreetMap extract would come, so that the import reprojects every point into Lambert-93) with
 * five attributes (code, INSEE code, household size, age and income bands). Written once per size with
 * our own {@link ShapefileWriter}.
 */
final class PointShapefileWorkload {
    static final List<DbfField> FIELDS = List.of(DbfField.text("anon_code", 12), DbfField.text("insee", 5),
            DbfField.integer("hh_size", 2), DbfField.text("age_band", 8), DbfField.text("income", 2));

    private PointShapefileWorkload() {
    }

    /** The shapefile {@code households.shp} beside the workload's CSV file, written on first use. */
    static Path pointsOf(Path workload) throws IOException {
        Path shp = workload.resolve("points").resolve("households.shp");
        Path complete = shp.resolveSibling(".complete");
        if (Files.exists(complete)) {
            return shp;
        }
        Scratch.deleteTree(shp.getParent());
        Files.createDirectories(shp.getParent());
        GeometryFactory factory = new GeometryFactory(new PrecisionModel(), Srids.WGS84);
        List<VectorFeature> features = new ArrayList<>();
        HouseholdCsvReader.readAll(workload.resolve("sample-data").resolve("households.csv"), Srids.WGS84,
                ProgressMonitor.NONE, row -> {
                    Household h = row.household();
                    Map<String, Object> attributes = new LinkedHashMap<>();
                    attributes.put("anon_code", h.anonCode());
                    attributes.put("insee", h.communeInsee());
                    attributes.put("hh_size", (long) h.householdSize());
                    attributes.put("age_band", h.ageBand());
                    attributes.put("income", h.incomeBand());
                    features.add(new VectorFeature(features.size() + 1L,
                            factory.createPoint(new Coordinate(h.lon(), h.lat())), attributes));
                });
        ShapefileWriter.write(shp, GeometryKind.POINT, FIELDS, features, Srids.WGS84, StandardCharsets.UTF_8);
        Files.createFile(complete);
        return shp;
    }

    /** The files a reader of the shapefile reads: .shp, .shx, .dbf. */
    static List<Path> filesOf(Path shp) {
        String base = shp.getFileName().toString().replaceFirst("\\.shp$", "");
        return List.of(shp, shp.resolveSibling(base + ".shx"), shp.resolveSibling(base + ".dbf"));
    }
}

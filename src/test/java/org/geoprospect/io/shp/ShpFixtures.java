package org.geoprospect.io.shp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.geoprospect.model.GeometryKind;
import org.geoprospect.model.VectorFeature;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** Small builders shared by the shapefile tests. */
final class ShpFixtures {
    private static final WKTReader WKT = new WKTReader();

    private ShpFixtures() {
    }

    static Geometry wkt(String text) {
        try {
            return WKT.read(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    static VectorFeature feature(long id, String wkt, Object... keyValues) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            attributes.put((String) keyValues[i], keyValues[i + 1]);
        }
        return new VectorFeature(id, wkt(wkt), attributes);
    }

    /** A valid three-point layer with a name and a count, written in UTF-8 and Lambert-93. */
    static Path threePoints(Path dir) throws IOException {
        Path shp = dir.resolve("points.shp");
        List<VectorFeature> features = new ArrayList<>();
        features.add(feature(1, "POINT (350000 6700000)", "NAME", "Ancenis-Saint-Géréon", "POP", 11000L));
        features.add(feature(2, "POINT (360000 6710000)", "NAME", "Sèvremoine", "POP", 25000L));
        features.add(feature(3, "POINT (370000 6720000)", "NAME", "Nantes", "POP", 320000L));
        ShapefileWriter.write(shp, GeometryKind.POINT,
                List.of(DbfField.text("NAME", 40), DbfField.integer("POP", 9)), features, 2154,
                StandardCharsets.UTF_8);
        return shp;
    }

    static Path sibling(Path shp, String ext) {
        String name = shp.getFileName().toString();
        return shp.resolveSibling(name.substring(0, name.length() - 3) + ext);
    }

    static LocalDate date(int y, int m, int d) {
        return LocalDate.of(y, m, d);
    }

    static void writeBytes(Path path, byte[] bytes) throws IOException {
        Files.write(path, bytes);
    }
}

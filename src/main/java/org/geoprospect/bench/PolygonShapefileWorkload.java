package org.geoprospect.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.geoprospect.geo.Srids;
import org.geoprospect.io.shp.DbfField;
import org.geoprospect.io.shp.ShapefileWriter;
import org.geoprospect.model.GeometryKind;
import org.geoprospect.model.VectorFeature;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The polygon shapefile of the import benchmark's MB/s metric: 10,000 valid star-shaped polygons of 500
 * vertices each in Lambert-93 (as IGN's BD TOPO delivers them), about 81 MB of .shp + .shx + .dbf, where
 * the bytes are coordinates rather than record overhead. Deterministic (seed 1), written once.
 */
final class PolygonShapefileWorkload {
    static final int POLYGONS = 10_000;
    static final int VERTICES = 500;

    private PolygonShapefileWorkload() {
    }

    /** {@code zones.shp} in the work folder, written on first use ({@code polygons} of them; normally {@link #POLYGONS}). */
    static Path polygonsIn(Path workDir, int polygons) throws IOException {
        Path shp = workDir.resolve("polygons-" + polygons).resolve("zones.shp");
        Path complete = shp.resolveSibling(".complete");
        if (Files.exists(complete)) {
            return shp;
        }
        Scratch.deleteTree(shp.getParent());
        Files.createDirectories(shp.getParent());
        GeometryFactory factory = new GeometryFactory();
        Random random = new Random(1);
        List<VectorFeature> features = new ArrayList<>(polygons);
        for (int i = 0; i < polygons; i++) {
            double cx = 400_000 + random.nextDouble() * 100_000;
            double cy = 6_650_000 + random.nextDouble() * 100_000;
            Coordinate[] ring = new Coordinate[VERTICES + 1];
            for (int k = 0; k < VERTICES; k++) {
                double angle = -2 * Math.PI * k / VERTICES; // clockwise: an ESRI outer ring
                double radius = 800 + 200 * Math.sin(7 * angle) + random.nextDouble() * 30;
                ring[k] = new Coordinate(cx + radius * Math.cos(angle), cy + radius * Math.sin(angle));
            }
            ring[VERTICES] = ring[0];
            Map<String, Object> attributes = new LinkedHashMap<>();
            attributes.put("code", "Z" + i);
            attributes.put("n", (long) i);
            features.add(new VectorFeature(i + 1L, factory.createPolygon(ring), attributes));
        }
        ShapefileWriter.write(shp, GeometryKind.POLYGON, List.of(DbfField.text("code", 10), DbfField.integer("n", 9)),
                features, Srids.LAMBERT_93, StandardCharsets.UTF_8);
        Files.createFile(complete);
        return shp;
    }
}

package org.geoprospect.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.geoprospect.geo.Srids;
import org.geoprospect.model.GeometryKind;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.model.VectorFeature;
import org.geoprospect.model.VectorLayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

/** Layers stored in chunks round-trip exactly; layers stored one row per feature (before V3) still load. */
class LayerChunkStorageTest {
    private final GeometryFactory factory = new GeometryFactory();

    @TempDir
    Path dir;

    @Test
    void aLayerOfSeveralChunksRoundTripsWithEveryValueKind() throws Exception {
        int count = 2 * LayerRepository.CHUNK + 17;
        List<VectorFeature> features = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Map<String, Object> attributes = new LinkedHashMap<>();
            attributes.put("name", i % 7 == 0 ? "Sèvremoine-" + i : "n" + i);
            attributes.put("count", (long) i);
            attributes.put("ratio", i / 4.0);
            attributes.put("flag", i % 2 == 0);
            attributes.put("since", LocalDate.of(2020, 1, 1).plusDays(i % 1000));
            attributes.put("empty", null);
            if (i == 5) {
                attributes.put("only_here", "x".repeat(70_000)); // beyond writeUTF's limit, and absent elsewhere
            }
            Coordinate c = i % 3 == 0 ? new Coordinate(400_000 + i, 6_700_000 + i, 12.5) : new Coordinate(400_000 + i, 6_700_000 + i);
            features.add(new VectorFeature(i, factory.createPoint(c), attributes));
        }
        try (ProjectDatabase db = ProjectDatabase.create(dir.resolve("p"), Srids.LAMBERT_93, "chunks")) {
            LayerRepository layers = new LayerRepository(db);
            layers.save("points", GeometryKind.POINT, Srids.LAMBERT_93, new Envelope(-1, 1, 47, 48), features, ProgressMonitor.NONE);
            VectorLayer loaded = layers.load("points").orElseThrow();
            assertEquals(count, loaded.features().size());
            assertEquals(3, chunkRows(db), "two full chunks and a partial one");
            for (int i = 0; i < count; i++) {
                VectorFeature expected = features.get(i);
                VectorFeature actual = loaded.features().get(i);
                assertEquals(expected.id(), actual.id());
                assertTrue(expected.geometry().equalsExact(actual.geometry()), "feature " + expected.id());
                assertEquals(expected.geometry().getCoordinate().getZ(), actual.geometry().getCoordinate().getZ(), 0.0);
                assertEquals(Srids.LAMBERT_93, actual.geometry().getSRID());
                assertEquals(expected.attributes(), actual.attributes(), "feature " + expected.id());
            }
            assertNull(loaded.features().get(0).attributes().get("only_here"));
            assertTrue(loaded.features().get(0).attributes().containsKey("empty"));
        }
    }

    @Test
    void aLayerSavedOneRowPerFeatureBeforeVersionThreeStillLoads() throws Exception {
        try (ProjectDatabase db = ProjectDatabase.create(dir.resolve("old"), Srids.LAMBERT_93, "old")) {
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.executeUpdate("INSERT INTO layer (name, geometry_type, source_srid, feature_count, draw_order) "
                        + "VALUES ('legacy', 'POINT', 2154, 2, 1)");
                long id;
                try (ResultSet rs = st.executeQuery("SELECT id FROM layer WHERE name = 'legacy'")) {
                    rs.next();
                    id = rs.getLong(1);
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO layer_feature (layer_id, fid, geom, attributes_json) VALUES (?, ?, ST_GeomFromText(?, 2154), ?)")) {
                    for (int fid = 1; fid <= 2; fid++) {
                        ps.setLong(1, id);
                        ps.setLong(2, fid);
                        ps.setString(3, "POINT (" + (400000 + fid) + " 6700000)");
                        ps.setString(4, AttributeJson.write(Map.of("name", "Angers")));
                        ps.executeUpdate();
                    }
                }
            }
            VectorLayer legacy = new LayerRepository(db).load("legacy").orElseThrow();
            assertEquals(2, legacy.features().size());
            assertEquals(400_002, legacy.features().get(1).geometry().getCoordinate().x, 0.0);
            assertEquals("Angers", legacy.features().get(1).attributes().get("name"));
        }
    }

    private static int chunkRows(ProjectDatabase db) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM layer_chunk")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}

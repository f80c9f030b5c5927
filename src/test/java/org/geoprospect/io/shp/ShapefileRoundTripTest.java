package org.geoprospect.io.shp;

import static org.geoprospect.io.shp.ShpFixtures.feature;
import static org.geoprospect.io.shp.ShpFixtures.wkt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.geoprospect.model.GeometryKind;
import org.geoprospect.model.VectorFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;

class ShapefileRoundTripTest {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @TempDir
    Path dir;

    private ShapefileData roundTrip(String name, GeometryKind kind, List<DbfField> fields,
                                    List<VectorFeature> features, Charset charset) throws IOException {
        Path shp = dir.resolve(name + ".shp");
        ShapefileWriter.write(shp, kind, fields, features, 2154, charset);
        return ShapefileReader.read(shp);
    }

    private static void assertSameGeometries(List<VectorFeature> expected, ShapefileData actual) {
        assertEquals(expected.size(), actual.features().size());
        for (int i = 0; i < expected.size(); i++) {
            Geometry want = expected.get(i).geometry();
            Geometry got = actual.features().get(i).geometry();
            assertEquals(want.getGeometryType(), got.getGeometryType(), "type of feature " + (i + 1));
            assertTrue(want.equalsTopo(got), "feature " + (i + 1) + ": expected " + want + " got " + got);
            assertEquals(i + 1L, actual.features().get(i).id());
        }
    }

    @Test
    void pointsKeepCoordinatesAndIds() throws IOException {
        List<VectorFeature> features = List.of(
                feature(10, "POINT (350000.25 6700000.5)", "NAME", "a"),
                feature(20, "POINT (-1.5 47.25)", "NAME", "b"));
        ShapefileData data = roundTrip("pts", GeometryKind.POINT, List.of(DbfField.text("NAME", 5)), features,
                StandardCharsets.UTF_8);
        assertEquals(GeometryKind.POINT, data.kind());
        assertSameGeometries(features, data);
        assertEquals("b", data.features().get(1).attributes().get("NAME"));
        assertTrue(data.warnings().isEmpty(), data.warnings().toString());
        assertEquals(2154, data.srid().orElseThrow());
    }

    @Test
    void multiPointsAreWrittenAsMultiPoint() throws IOException {
        List<VectorFeature> features = List.of(
                feature(1, "MULTIPOINT ((0 0), (1 1), (2 5))"),
                feature(2, "MULTIPOINT ((10 10))"));
        ShapefileData data = roundTrip("mpts", GeometryKind.POINT, List.of(), features, StandardCharsets.UTF_8);
        assertSameGeometries(features, data);
    }

    @Test
    void linesAndMultiLines() throws IOException {
        List<VectorFeature> features = List.of(
                feature(1, "LINESTRING (0 0, 10 0, 10 10)"),
                feature(2, "MULTILINESTRING ((0 0, 1 1), (5 5, 6 7, 8 9))"));
        ShapefileData data = roundTrip("lines", GeometryKind.LINE, List.of(), features, StandardCharsets.UTF_8);
        assertEquals(GeometryKind.LINE, data.kind());
        assertSameGeometries(features, data);
        // Vertex order of lines is preserved exactly (only polygon rings may be reversed).
        assertEquals(features.get(1).geometry(), data.features().get(1).geometry());
    }

    @Test
    void polygonsWithHolesAndMultiPolygons() throws IOException {
        List<VectorFeature> features = List.of(
                // counter-clockwise shell and clockwise hole (OGC habit): must come back equal
                feature(1, "POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0), (10 10, 10 20, 20 20, 20 10, 10 10))"),
                feature(2, "MULTIPOLYGON (((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 4 2, 4 4, 2 4, 2 2)),"
                        + " ((20 20, 30 20, 30 30, 20 30, 20 20)))"),
                // a polygon with two holes, to check each hole goes back to its shell
                feature(3, "POLYGON ((0 0, 50 0, 50 50, 0 50, 0 0), (5 5, 10 5, 10 10, 5 10, 5 5),"
                        + " (30 30, 40 30, 40 40, 30 40, 30 30))"));
        ShapefileData data = roundTrip("polys", GeometryKind.POLYGON, List.of(), features, StandardCharsets.UTF_8);
        assertEquals(GeometryKind.POLYGON, data.kind());
        assertSameGeometries(features, data);
        assertEquals(1, ((org.locationtech.jts.geom.Polygon) data.features().get(0).geometry()).getNumInteriorRing());
        assertEquals(2, data.features().get(1).geometry().getNumGeometries());
        assertEquals(2, ((org.locationtech.jts.geom.Polygon) data.features().get(2).geometry()).getNumInteriorRing());
    }

    @Test
    void zIsKept() throws IOException {
        List<VectorFeature> points = List.of(feature(1, "POINT Z (1 2 3)"));
        ShapefileData pointData = roundTrip("pz", GeometryKind.POINT, List.of(), points, StandardCharsets.UTF_8);
        assertEquals(3.0, pointData.features().get(0).geometry().getCoordinate().getZ());
        List<VectorFeature> polygons = List.of(feature(1, "POLYGON Z ((0 0 5, 0 10 6, 10 10 7, 10 0 8, 0 0 5))"));
        ShapefileData polygonData = roundTrip("polyz", GeometryKind.POLYGON, List.of(), polygons,
                StandardCharsets.UTF_8);
        Geometry read = polygonData.features().get(0).geometry();
        assertTrue(read.equalsExact(polygons.get(0).geometry()), read.toString());
        assertEquals(6.0, read.getCoordinates()[1].getZ());
    }

    @Test
    void everyDbfTypeComesBackTyped() throws IOException {
        List<DbfField> fields = List.of(DbfField.text("NAME", 30), DbfField.integer("COUNT", 10),
                DbfField.decimal("RATIO", 12, 3), new DbfField("FLOAT", 'F', 15, 4), new DbfField("OK", 'L', 1, 0),
                new DbfField("SINCE", 'D', 8, 0));
        List<VectorFeature> features = List.of(
                feature(1, "POINT (1 1)", "NAME", "Ancenis-Saint-Géréon", "COUNT", -42L, "RATIO", 3.14159,
                        "FLOAT", 2.5, "OK", true, "SINCE", LocalDate.of(2024, 2, 29)),
                feature(2, "POINT (2 2)", "NAME", null, "COUNT", null, "RATIO", null, "FLOAT", null, "OK", null,
                        "SINCE", null),
                feature(3, "POINT (3 3)", "NAME", "Sèvremoine", "COUNT", 1234567890L, "RATIO", -0.0005,
                        "FLOAT", Double.NaN, "OK", false, "SINCE", LocalDate.of(1999, 12, 31)));
        for (Charset charset : List.of(StandardCharsets.UTF_8, WINDOWS_1252)) {
            ShapefileData data = roundTrip("types" + charset.name(), GeometryKind.POINT, fields, features, charset);
            assertEquals(charset, data.charset());
            assertEquals(fields, data.fields());
            Map<String, Object> first = data.features().get(0).attributes();
            assertEquals("Ancenis-Saint-Géréon", first.get("NAME"));
            assertEquals(-42L, first.get("COUNT"));
            assertEquals(3.142, first.get("RATIO"));
            assertEquals(2.5, first.get("FLOAT"));
            assertEquals(Boolean.TRUE, first.get("OK"));
            assertEquals(LocalDate.of(2024, 2, 29), first.get("SINCE"));
            Map<String, Object> second = data.features().get(1).attributes();
            for (DbfField field : fields) {
                assertTrue(second.containsKey(field.name()));
                assertNull(second.get(field.name()), field.name());
            }
            Map<String, Object> third = data.features().get(2).attributes();
            assertEquals("Sèvremoine", third.get("NAME"));
            assertEquals(1234567890L, third.get("COUNT"));
            assertEquals(-0.001, third.get("RATIO"), "half-up rounding to 3 decimals");
            assertNull(third.get("FLOAT"), "NaN is written blank");
            assertEquals(Boolean.FALSE, third.get("OK"));
            assertEquals(LocalDate.of(1999, 12, 31), third.get("SINCE"));
            assertTrue(data.warnings().isEmpty(), data.warnings().toString());
        }
    }

    @Test
    void accentedNamesAreEncodedInTheRequestedCharset() throws IOException {
        List<VectorFeature> features = List.of(feature(1, "POINT (0 0)", "NOM", "Sèvremoine"));
        Path utf8 = dir.resolve("utf8.shp");
        Path ansi = dir.resolve("ansi.shp");
        ShapefileWriter.write(utf8, GeometryKind.POINT, List.of(DbfField.text("NOM", 20)), features, 2154,
                StandardCharsets.UTF_8);
        ShapefileWriter.write(ansi, GeometryKind.POINT, List.of(DbfField.text("NOM", 20)), features, 2154,
                WINDOWS_1252);
        byte[] utf8Dbf = Files.readAllBytes(ShpFixtures.sibling(utf8, "dbf"));
        byte[] ansiDbf = Files.readAllBytes(ShpFixtures.sibling(ansi, "dbf"));
        // record starts after the 32-byte header, one descriptor and the terminator, plus the deletion flag
        int text = 32 + 32 + 1 + 1;
        assertEquals((byte) 0xC3, utf8Dbf[text + 1], "è in UTF-8 is C3 A8");
        assertEquals((byte) 0xA8, utf8Dbf[text + 2]);
        assertEquals((byte) 0xE8, ansiDbf[text + 1], "è in windows-1252 is E8");
        assertEquals(0x00, utf8Dbf[29], "no language driver for UTF-8");
        assertEquals(0x57, ansiDbf[29], "ANSI language driver");
        assertEquals("UTF-8", Files.readString(ShpFixtures.sibling(utf8, "cpg")));
        assertEquals("1252", Files.readString(ShpFixtures.sibling(ansi, "cpg")));
        assertEquals("Sèvremoine", ShapefileReader.read(utf8).features().get(0).text("NOM"));
        assertEquals("Sèvremoine", ShapefileReader.read(ansi).features().get(0).text("NOM"));
    }

    @Test
    void emptyGeometryBecomesANullShapeThatIsReportedNotLost() throws IOException {
        List<VectorFeature> features = List.of(
                feature(1, "POINT (1 1)"), feature(2, "POINT EMPTY"), feature(3, "POINT (3 3)"));
        ShapefileData data = roundTrip("nulls", GeometryKind.POINT, List.of(), features, StandardCharsets.UTF_8);
        assertEquals(List.of(1L, 3L), data.features().stream().map(VectorFeature::id).toList());
        assertEquals(List.of("Record 2 of nulls.shp has no geometry (null shape) and was skipped."),
                data.warnings());
    }

    @Test
    void emptyLayerRoundTrips() throws IOException {
        ShapefileData data = roundTrip("empty", GeometryKind.LINE, List.of(DbfField.text("NAME", 10)), List.of(),
                StandardCharsets.UTF_8);
        assertEquals(GeometryKind.LINE, data.kind());
        assertTrue(data.features().isEmpty());
        assertEquals(List.of(DbfField.text("NAME", 10)), data.fields());
    }

    @Test
    void wgs84PrjIsWrittenAndRecognised() throws IOException {
        Path shp = dir.resolve("wgs.shp");
        ShapefileWriter.write(shp, GeometryKind.POINT, List.of(), List.of(feature(1, "POINT (-1.55 47.22)")), 4326,
                StandardCharsets.UTF_8);
        ShapefileData data = ShapefileReader.read(shp);
        assertTrue(data.prjWkt().startsWith("GEOGCS[\"GCS_WGS_1984\""), data.prjWkt());
        assertEquals(4326, data.srid().orElseThrow());
        assertTrue(wkt("POINT (-1.55 47.22)").equalsExact(data.features().get(0).geometry()));
    }
}

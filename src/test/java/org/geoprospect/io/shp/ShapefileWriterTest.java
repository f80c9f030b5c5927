package org.geoprospect.io.shp;

import static org.geoprospect.io.shp.ShpFixtures.feature;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.geoprospect.model.GeometryKind;
import org.geoprospect.model.VectorFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShapefileWriterTest {
    @TempDir
    Path dir;

    /** Signed area of a ring by the shoelace formula: negative for clockwise in a y-up frame. */
    private static double signedArea(double[] xy) {
        double sum = 0;
        for (int i = 0; i + 3 < xy.length; i += 2) {
            sum += xy[i] * xy[i + 3] - xy[i + 2] * xy[i + 1];
        }
        return sum / 2;
    }

    @Test
    void ringsAreWrittenOuterClockwiseAndHolesCounterClockwise() throws IOException {
        Path shp = dir.resolve("rings.shp");
        // Shell counter-clockwise and hole clockwise on input: the writer must flip both.
        ShapefileWriter.write(shp, GeometryKind.POLYGON, List.of(), List.of(feature(1,
                "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 2 4, 4 4, 4 2, 2 2))")), 2154, StandardCharsets.UTF_8);
        ByteBuffer file = ByteBuffer.wrap(Files.readAllBytes(shp)).order(ByteOrder.LITTLE_ENDIAN);
        int content = 100 + 8;
        assertEquals(5, file.getInt(content));
        assertEquals(2, file.getInt(content + 36), "two parts");
        assertEquals(10, file.getInt(content + 40), "ten points");
        assertEquals(0, file.getInt(content + 44));
        assertEquals(5, file.getInt(content + 48));
        int points = content + 52;
        double[] shell = new double[10];
        double[] hole = new double[10];
        for (int i = 0; i < 10; i++) {
            shell[i] = file.getDouble(points + 8 * i);
            hole[i] = file.getDouble(points + 80 + 8 * i);
        }
        assertEquals(-100.0, signedArea(shell), 1e-9, "outer ring clockwise");
        assertEquals(4.0, signedArea(hole), 1e-9, "hole counter-clockwise");
    }

    @Test
    void headersHoldLengthsBoxesAndOffsets() throws IOException {
        Path shp = dir.resolve("lines.shp");
        ShapefileWriter.write(shp, GeometryKind.LINE, List.of(DbfField.integer("N", 3)), List.of(
                feature(1, "LINESTRING (1 2, 3 4)", "N", 1L),
                feature(2, "MULTILINESTRING ((-5 0, 0 0), (7 9, 8 8))", "N", 2L)), 2154, StandardCharsets.UTF_8);
        byte[] shpBytes = Files.readAllBytes(shp);
        ByteBuffer big = ByteBuffer.wrap(shpBytes).order(ByteOrder.BIG_ENDIAN);
        ByteBuffer little = ByteBuffer.wrap(shpBytes).order(ByteOrder.LITTLE_ENDIAN);
        // record 1: 44 + 4*1 + 16*2 = 80 bytes; record 2: 44 + 4*2 + 16*4 = 116 bytes
        int expectedLength = 100 + 8 + 80 + 8 + 116;
        assertEquals(expectedLength, shpBytes.length);
        assertEquals(9994, big.getInt(0));
        assertEquals(expectedLength / 2, big.getInt(24), "file length in 16-bit words");
        assertEquals(1000, little.getInt(28));
        assertEquals(3, little.getInt(32));
        assertArrayEquals(new double[] {-5, 0, 8, 9},
                new double[] {little.getDouble(36), little.getDouble(44), little.getDouble(52), little.getDouble(60)});
        assertEquals(1, big.getInt(100), "record number");
        assertEquals(40, big.getInt(104), "content length in words");
        assertEquals(2, big.getInt(188));
        assertEquals(58, big.getInt(192));
        // record box of record 2
        assertArrayEquals(new double[] {-5, 0, 8, 9}, new double[] {little.getDouble(200), little.getDouble(208),
                little.getDouble(216), little.getDouble(224)});

        byte[] shxBytes = Files.readAllBytes(ShpFixtures.sibling(shp, "shx"));
        ByteBuffer shx = ByteBuffer.wrap(shxBytes).order(ByteOrder.BIG_ENDIAN);
        assertEquals(116, shxBytes.length);
        assertEquals(58, shx.getInt(24));
        assertEquals(50, shx.getInt(100), "offset of record 1 in words");
        assertEquals(40, shx.getInt(104));
        assertEquals((100 + 88) / 2, shx.getInt(108));
        assertEquals(58, shx.getInt(112));
        assertArrayEquals(Arrays.copyOfRange(shpBytes, 28, 100), Arrays.copyOfRange(shxBytes, 28, 100));

        byte[] dbf = Files.readAllBytes(ShpFixtures.sibling(shp, "dbf"));
        ByteBuffer dbfHeader = ByteBuffer.wrap(dbf).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0x03, dbf[0]);
        assertEquals(2, dbfHeader.getInt(4));
        assertEquals(65, dbfHeader.getShort(8), "header length 32 + 32 + 1");
        assertEquals(4, dbfHeader.getShort(10), "record length 1 + 3");
        assertEquals(0x0D, dbf[64]);
        assertEquals("  1", new String(dbf, 66, 3, StandardCharsets.US_ASCII), "numbers right-aligned");
        assertEquals(' ', dbf[65], "deletion flag");
        assertEquals(0x1A, dbf[dbf.length - 1]);
        assertEquals(65 + 2 * 4 + 1, dbf.length);
    }

    @Test
    void utf8TextIsCutOnACharacterBoundary() throws IOException {
        // "Ancenis-Saint-G" is 15 bytes; the next 'é' takes 2 bytes and must not be split in a 16-byte field.
        Path shp = dir.resolve("cut.shp");
        ShapefileWriter.write(shp, GeometryKind.POINT, List.of(DbfField.text("NOM", 16)),
                List.of(feature(1, "POINT (0 0)", "NOM", "Ancenis-Saint-Géréon")), 2154, StandardCharsets.UTF_8);
        byte[] dbf = Files.readAllBytes(ShpFixtures.sibling(shp, "dbf"));
        byte[] field = Arrays.copyOfRange(dbf, 32 + 32 + 1 + 1, 32 + 32 + 1 + 1 + 16);
        assertEquals("Ancenis-Saint-G ", new String(field, StandardCharsets.UTF_8));
        assertEquals("Ancenis-Saint-G", ShapefileReader.read(shp).features().get(0).text("NOM"));

        Path shp17 = dir.resolve("cut17.shp");
        ShapefileWriter.write(shp17, GeometryKind.POINT, List.of(DbfField.text("NOM", 17)),
                List.of(feature(1, "POINT (0 0)", "NOM", "Ancenis-Saint-Géréon")), 2154, StandardCharsets.UTF_8);
        assertEquals("Ancenis-Saint-Gé", ShapefileReader.read(shp17).features().get(0).text("NOM"));
    }

    @Test
    void windows1252TextIsCutAtTheFieldWidth() throws IOException {
        Path shp = dir.resolve("cut1252.shp");
        ShapefileWriter.write(shp, GeometryKind.POINT, List.of(DbfField.text("NOM", 6)),
                List.of(feature(1, "POINT (0 0)", "NOM", "Sèvremoine")), 2154, Charset.forName("windows-1252"));
        assertEquals("Sèvrem", ShapefileReader.read(shp).features().get(0).text("NOM"));
    }

    @Test
    void unknownSridIsRefusedWithASentenceAndNoFileIsWritten() {
        Path shp = dir.resolve("x.shp");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ShapefileWriter.write(shp,
                GeometryKind.POINT, List.of(), List.of(), 27572, StandardCharsets.UTF_8));
        assertEquals("No .prj text is known for EPSG:27572; shapefiles can be written in EPSG:[2154, 4326] only.",
                e.getMessage());
        assertFalse(Files.exists(shp));
    }

    @Test
    void geometryOutsideTheKindIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ShapefileWriter.write(
                dir.resolve("x.shp"), GeometryKind.POINT, List.of(),
                List.of(feature(7, "LINESTRING (0 0, 1 1)")), 2154, StandardCharsets.UTF_8));
        assertEquals("Feature 7 has a LineString but the layer holds POINT geometries.", e.getMessage());
    }

    @Test
    void valueTooWideIsRefusedAndPartialFilesAreRemoved() {
        Path shp = dir.resolve("wide.shp");
        List<VectorFeature> features = List.of(feature(3, "POINT (0 0)", "POP", 123456L));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ShapefileWriter.write(shp,
                GeometryKind.POINT, List.of(DbfField.integer("POP", 4)), features, 2154, StandardCharsets.UTF_8));
        assertEquals("Feature 3: value 123456 does not fit field POP (4 characters); widen the field.",
                e.getMessage());
        assertFalse(Files.exists(shp));
        assertFalse(Files.exists(ShpFixtures.sibling(shp, "dbf")));
        assertFalse(Files.exists(ShpFixtures.sibling(shp, "shx")));
    }

    @Test
    void invalidFieldDeclarationsAreRefused() {
        for (DbfField bad : List.of(DbfField.text("ELEVENCHARS", 5), DbfField.text("A", 255),
                new DbfField("D", 'D', 10, 0), new DbfField("M", 'M', 10, 0), DbfField.decimal("X", 5, 4))) {
            assertThrows(IllegalArgumentException.class, () -> ShapefileWriter.write(dir.resolve("f.shp"),
                    GeometryKind.POINT, List.of(bad), List.of(), 2154, StandardCharsets.UTF_8), bad.toString());
        }
    }

    @Test
    void wrongValueTypeIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ShapefileWriter.write(
                dir.resolve("t.shp"), GeometryKind.POINT, List.of(DbfField.integer("POP", 5)),
                List.of(feature(1, "POINT (0 0)", "POP", "many")), 2154, StandardCharsets.UTF_8));
        assertTrue(e.getMessage().contains("field POP expects a number but holds a String"), e.getMessage());
    }
}

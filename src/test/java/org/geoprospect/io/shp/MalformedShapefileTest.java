package org.geoprospect.io.shp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.geoprospect.model.GeometryKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each damaged file is built from a small valid one and must give one clear sentence. */
class MalformedShapefileTest {
    @TempDir
    Path dir;

    private Path shp;

    private Path validPoints() throws IOException {
        shp = ShpFixtures.threePoints(dir);
        return shp;
    }

    private static void patch(Path file, ByteOrder order, Consumer<ByteBuffer> change) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(Files.readAllBytes(file)).order(order);
        change.accept(buffer);
        Files.write(file, buffer.array());
    }

    private String failure() {
        ShapefileFormatException e = assertThrows(ShapefileFormatException.class, () -> ShapefileReader.read(shp));
        assertTrue(e.getMessage().endsWith(".") && !e.getMessage().contains("\n"), e.getMessage());
        return e.getMessage();
    }

    @Test
    void missingShx() throws IOException {
        Files.delete(ShpFixtures.sibling(validPoints(), "shx"));
        assertEquals("points.shx, the index that must accompany points.shp, is missing; copy it into the same folder.",
                failure());
    }

    @Test
    void missingDbf() throws IOException {
        Files.delete(ShpFixtures.sibling(validPoints(), "dbf"));
        assertEquals("points.dbf, the attribute table that must accompany points.shp, is missing; copy it into the"
                + " same folder.", failure());
    }

    @Test
    void missingShp() {
        shp = dir.resolve("nothing.shp");
        assertEquals("nothing.shp was not found.", failure());
    }

    @Test
    void truncatedShp() throws IOException {
        validPoints();
        byte[] bytes = Files.readAllBytes(shp);
        Files.write(shp, Arrays.copyOf(bytes, bytes.length - 10));
        assertEquals("points.shp is truncated: its header announces 184 bytes but the file holds 174; copy it"
                + " again from its source.", failure());
    }

    @Test
    void truncatedShpWithRepairedHeaderLength() throws IOException {
        validPoints();
        byte[] bytes = Files.readAllBytes(shp);
        Files.write(shp, Arrays.copyOf(bytes, bytes.length - 10));
        patch(shp, ByteOrder.BIG_ENDIAN, b -> b.putInt(24, 174 / 2));
        assertEquals("Record 3 of points.shp claims 20 bytes of content, past the end of the file; the file is"
                + " truncated or damaged.", failure());
    }

    @Test
    void wrongFileCode() throws IOException {
        validPoints();
        patch(shp, ByteOrder.BIG_ENDIAN, b -> b.putInt(0, 1234));
        assertEquals("points.shp is not a shapefile (its file code is 1234, not 9994).", failure());
    }

    @Test
    void negativeRecordLength() throws IOException {
        validPoints();
        patch(shp, ByteOrder.BIG_ENDIAN, b -> b.putInt(100 + 28 + 4, -5));
        assertEquals("Record 2 of points.shp has a negative content length; the file is damaged, export it again"
                + " from its source.", failure());
    }

    @Test
    void recordLengthPastTheEnd() throws IOException {
        validPoints();
        patch(shp, ByteOrder.BIG_ENDIAN, b -> b.putInt(100 + 4, 1_000_000));
        assertEquals("Record 1 of points.shp claims 2000000 bytes of content, past the end of the file; the file"
                + " is truncated or damaged.", failure());
    }

    @Test
    void dbfClaimingMoreRecordsThanItHolds() throws IOException {
        Path dbf = ShpFixtures.sibling(validPoints(), "dbf");
        patch(dbf, ByteOrder.LITTLE_ENDIAN, b -> b.putInt(4, Integer.MAX_VALUE));
        assertEquals("points.dbf claims 2147483647 records but holds only 3; the file is truncated, copy it again"
                + " from its source.", failure());
    }

    @Test
    void dbfFieldWidthsPastTheRecordLength() throws IOException {
        Path dbf = ShpFixtures.sibling(validPoints(), "dbf");
        patch(dbf, ByteOrder.LITTLE_ENDIAN, b -> b.putShort(10, (short) 20));
        assertEquals("points.dbf declares fields 49 bytes wide in records of 19 bytes; the table is damaged.",
                failure());
    }

    @Test
    void dbfAndShxDisagreeOnTheCount() throws IOException {
        Path dbf = ShpFixtures.sibling(validPoints(), "dbf");
        patch(dbf, ByteOrder.LITTLE_ENDIAN, b -> b.putInt(4, 2));
        assertEquals("points.dbf has 2 records but points.shx indexes 3 shapes; the files do not belong together.",
                failure());
    }

    @Test
    void shxOffsetPastTheEnd() throws IOException {
        Path shx = ShpFixtures.sibling(validPoints(), "shx");
        patch(shx, ByteOrder.BIG_ENDIAN, b -> b.putInt(100 + 8, 0x7FFFFFF0));
        assertEquals("points.shx places record 2 at byte 4294967264, outside points.shp (184 bytes); the index is"
                + " damaged.", failure());
    }

    @Test
    void nanCoordinate() throws IOException {
        validPoints();
        patch(shp, ByteOrder.LITTLE_ENDIAN, b -> b.putDouble(100 + 8 + 4, Double.NaN));
        assertEquals("Record 1 of points.shp has a coordinate that is not a finite number; the file is damaged,"
                + " export it again from its source.", failure());
    }

    @Test
    void emptyShp() throws IOException {
        validPoints();
        Files.write(shp, new byte[0]);
        assertEquals("points.shp is empty; copy the shapefile again from its source.", failure());
    }

    @Test
    void emptyDbf() throws IOException {
        Files.write(ShpFixtures.sibling(validPoints(), "dbf"), new byte[0]);
        assertEquals("points.dbf is empty; it should hold the attribute table.", failure());
    }

    @Test
    void junkShp() throws IOException {
        validPoints();
        byte[] junk = new byte[4096];
        new Random(42).nextBytes(junk);
        Files.write(shp, junk);
        assertTrue(failure().startsWith("points.shp is not a shapefile (its file code is "));
    }

    @Test
    void hugePartCountDoesNotAllocate() throws IOException {
        shp = dir.resolve("poly.shp");
        ShapefileWriter.write(shp, GeometryKind.POLYGON, List.of(), List.of(ShpFixtures.feature(1,
                "POLYGON ((0 0, 0 1, 1 1, 0 0))")), 2154, StandardCharsets.UTF_8);
        patch(shp, ByteOrder.LITTLE_ENDIAN, b -> b.putInt(108 + 36, Integer.MAX_VALUE));
        assertEquals("Record 1 of poly.shp announces 2147483647 parts and 4 points, more than its length can hold;"
                + " the file is damaged, export it again from its source.", failure());
    }

    @Test
    void randomDamageNeverEscapesAsAnotherException() throws IOException {
        Path source = dir.resolve("source.shp");
        ShapefileWriter.write(source, GeometryKind.POLYGON, List.of(DbfField.text("NAME", 8)), List.of(
                ShpFixtures.feature(1, "MULTIPOLYGON (((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 4 2, 4 4, 2 4, 2 2)),"
                        + " ((20 20, 30 20, 30 30, 20 30, 20 20)))", "NAME", "a"),
                ShpFixtures.feature(2, "POLYGON ((0 0, 0 5, 5 5, 0 0))", "NAME", "b")), 2154, StandardCharsets.UTF_8);
        byte[][] originals = {Files.readAllBytes(source), Files.readAllBytes(ShpFixtures.sibling(source, "shx")),
                Files.readAllBytes(ShpFixtures.sibling(source, "dbf"))};
        String[] extensions = {"shp", "shx", "dbf"};
        Random random = new Random(7);
        shp = dir.resolve("fuzz.shp");
        for (int round = 0; round < 300; round++) {
            for (int f = 0; f < 3; f++) {
                byte[] bytes = originals[f].clone();
                if (random.nextInt(3) == f) {
                    for (int k = 0; k < 1 + random.nextInt(4); k++) {
                        bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                    }
                }
                Files.write(ShpFixtures.sibling(shp, extensions[f]), bytes);
            }
            try {
                ShapefileReader.read(shp);
            } catch (ShapefileFormatException expected) {
                assertTrue(expected.getMessage().contains("fuzz."), expected.getMessage());
            } catch (RuntimeException | IOException other) {
                fail("round " + round + " escaped as " + other, other);
            }
        }
    }
}

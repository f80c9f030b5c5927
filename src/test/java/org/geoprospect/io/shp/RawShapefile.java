package org.geoprospect.io.shp;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Builds shapefiles byte by byte, for record types and defects our writer never produces. */
final class RawShapefile {
    private final int shapeType;
    private final List<byte[]> contents = new ArrayList<>();

    RawShapefile(int shapeType) {
        this.shapeType = shapeType;
    }

    /** Adds a multi-part record (PolyLine/Polygon family) with optional Z and M blocks. */
    RawShapefile multiPart(int type, double[][] parts, double[][] z, double[][] m) {
        int points = 0;
        for (double[] part : parts) {
            points += part.length / 2;
        }
        int length = 44 + 4 * parts.length + 16 * points + (z != null ? 16 + 8 * points : 0)
                + (m != null ? 16 + 8 * points : 0);
        ByteBuffer b = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(type).putDouble(0).putDouble(0).putDouble(0).putDouble(0);
        b.putInt(parts.length).putInt(points);
        int start = 0;
        for (double[] part : parts) {
            b.putInt(start);
            start += part.length / 2;
        }
        for (double[] part : parts) {
            for (double v : part) {
                b.putDouble(v);
            }
        }
        for (double[][] extra : new double[][][] {z, m}) {
            if (extra != null) {
                b.putDouble(0).putDouble(0);
                for (double[] part : extra) {
                    for (double v : part) {
                        b.putDouble(v);
                    }
                }
            }
        }
        contents.add(b.array());
        return this;
    }

    /** Adds a record made of the given little-endian doubles after the type (points). */
    RawShapefile point(int type, double... values) {
        ByteBuffer b = ByteBuffer.allocate(4 + 8 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(type);
        for (double v : values) {
            b.putDouble(v);
        }
        contents.add(b.array());
        return this;
    }

    /** Writes .shp, .shx and a field-less .dbf with one record per shape. */
    Path write(Path dir, String baseName) throws IOException {
        int shpLength = 100;
        for (byte[] content : contents) {
            shpLength += 8 + content.length;
        }
        ByteBuffer shp = header(shpLength);
        ByteBuffer shx = header(100 + 8 * contents.size());
        int offset = 100;
        int number = 1;
        for (byte[] content : contents) {
            shp.order(ByteOrder.BIG_ENDIAN).putInt(number++).putInt(content.length / 2).put(content);
            shx.order(ByteOrder.BIG_ENDIAN).putInt(offset / 2).putInt(content.length / 2);
            offset += 8 + content.length;
        }
        Path shpPath = dir.resolve(baseName + ".shp");
        Files.write(shpPath, shp.array());
        Files.write(dir.resolve(baseName + ".shx"), shx.array());
        ByteBuffer dbf = ByteBuffer.allocate(33 + contents.size() + 1).order(ByteOrder.LITTLE_ENDIAN);
        dbf.put((byte) 3).put((byte) 124).put((byte) 1).put((byte) 1).putInt(contents.size())
                .putShort((short) 33).putShort((short) 1);
        dbf.position(32);
        dbf.put((byte) 0x0D);
        for (int i = 0; i < contents.size(); i++) {
            dbf.put((byte) ' ');
        }
        dbf.put((byte) 0x1A);
        Files.write(dir.resolve(baseName + ".dbf"), dbf.array());
        return shpPath;
    }

    private ByteBuffer header(int length) {
        ByteBuffer b = ByteBuffer.allocate(length).order(ByteOrder.BIG_ENDIAN);
        b.putInt(9994).position(24);
        b.putInt(length / 2);
        b.order(ByteOrder.LITTLE_ENDIAN).putInt(1000).putInt(shapeType);
        b.position(100);
        return b;
    }
}

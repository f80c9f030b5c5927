package org.geoprospect.io.shp;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/**
 * Decodes the content of one shapefile record (little-endian) into a JTS geometry.
 *
 * <p>Z values are kept; M values are dropped. Every count read from the record is checked against
 * the record's length before anything is allocated, so a damaged record gives a
 * {@link ShapefileFormatException} and never a huge allocation. Not thread-safe.
 */
final class ShpRecordDecoder {
    private final ShapeType fileType;
    private final GeometryFactory factory;
    private final RingAssembler rings;
    private final ReadWarnings warnings;
    private final String fileName;

    ShpRecordDecoder(ShapeType fileType, GeometryFactory factory, ReadWarnings warnings, String fileName) {
        this.fileType = fileType;
        this.factory = factory;
        this.warnings = warnings;
        this.fileName = fileName;
        this.rings = new RingAssembler(factory, warnings, fileName);
    }

    /**
     * Decodes a record's content: the buffer's remaining bytes, little-endian.
     *
     * @return the geometry, or null for a null shape or a record without any usable part (both warned)
     */
    Geometry decode(ByteBuffer content, long recordNumber) throws ShapefileFormatException {
        int base = content.position();
        int length = content.remaining();
        if (length < 4) {
            throw damaged(recordNumber, "is shorter than its shape type");
        }
        int code = content.getInt(base);
        if (code == ShapeType.NULL.code) {
            warnings.nullShape(fileName, recordNumber);
            return null;
        }
        ShapeType type = ShapeType.ofCode(code);
        if (type == null || type == ShapeType.MULTIPATCH) {
            throw damaged(recordNumber, "has shape type " + code + ", which is not a point, line or polygon type");
        }
        if (type.kind != fileType.kind) {
            throw damaged(recordNumber, "holds a " + type.label() + " although the file declares "
                    + fileType.label() + " shapes");
        }
        if (type.isSinglePoint()) {
            return point(content, base, length, type, recordNumber);
        }
        if (type.isMultiPoint()) {
            return multiPoint(content, base, length, type, recordNumber);
        }
        return multiPart(content, base, length, type, recordNumber);
    }

    private Geometry point(ByteBuffer in, int base, int length, ShapeType type, long recordNumber)
            throws ShapefileFormatException {
        if (length < 20) {
            throw damaged(recordNumber, "is too short for a point");
        }
        double x = in.getDouble(base + 4);
        double y = in.getDouble(base + 12);
        checkNumbers(x, y, recordNumber);
        if (type.hasZ && length >= 28) {
            return factory.createPoint(new Coordinate(x, y, in.getDouble(base + 20)));
        }
        return factory.createPoint(new Coordinate(x, y));
    }

    private Geometry multiPoint(ByteBuffer in, int base, int length, ShapeType type, long recordNumber)
            throws ShapefileFormatException {
        if (length < 40) {
            throw damaged(recordNumber, "is too short for a multipoint");
        }
        int count = in.getInt(base + 36);
        long xyBytes = 16L * count;
        if (count < 0 || 40 + xyBytes > length) {
            throw damaged(recordNumber, "announces " + count + " points, more than its length can hold");
        }
        Coordinate[] coordinates = readXy(in, base + 40, count, recordNumber);
        readZ(in, base + 40 + (int) xyBytes, base + length, coordinates, type);
        if (count == 0) {
            warnings.nullShape(fileName, recordNumber);
            return null;
        }
        return factory.createMultiPointFromCoords(coordinates);
    }

    private Geometry multiPart(ByteBuffer in, int base, int length, ShapeType type, long recordNumber)
            throws ShapefileFormatException {
        if (length < 44) {
            throw damaged(recordNumber, "is too short for a " + type.label());
        }
        int partCount = in.getInt(base + 36);
        int pointCount = in.getInt(base + 40);
        if (partCount < 0 || pointCount < 0 || 44 + 4L * partCount + 16L * pointCount > length) {
            throw damaged(recordNumber, "announces " + partCount + " parts and " + pointCount
                    + " points, more than its length can hold");
        }
        int[] starts = new int[partCount + 1];
        for (int p = 0; p < partCount; p++) {
            starts[p] = in.getInt(base + 44 + 4 * p);
            if (starts[p] < 0 || starts[p] > pointCount || (p > 0 && starts[p] < starts[p - 1])) {
                throw damaged(recordNumber, "has a part starting at point " + starts[p]
                        + ", outside its " + pointCount + " points");
            }
        }
        starts[partCount] = pointCount;
        int xyStart = base + 44 + 4 * partCount;
        Coordinate[] all = readXy(in, xyStart, pointCount, recordNumber);
        readZ(in, xyStart + 16 * pointCount, base + length, all, type);
        List<Coordinate[]> parts = new ArrayList<>(partCount);
        for (int p = 0; p < partCount; p++) {
            parts.add(java.util.Arrays.copyOfRange(all, starts[p], starts[p + 1]));
        }
        Geometry geometry = type.kind == org.geoprospect.model.GeometryKind.LINE
                ? lines(parts, recordNumber) : rings.assemble(parts, recordNumber);
        if (geometry == null) {
            warnings.add("Record " + recordNumber + " of " + fileName + " has no usable part and was skipped.");
        }
        return geometry;
    }

    private Geometry lines(List<Coordinate[]> parts, long recordNumber) {
        List<LineString> lines = new ArrayList<>(parts.size());
        for (Coordinate[] part : parts) {
            if (part.length < 2) {
                warnings.add("Record " + recordNumber + " of " + fileName + " has a line part of fewer than"
                        + " 2 points; that part was dropped.");
                continue;
            }
            lines.add(factory.createLineString(part));
        }
        if (lines.isEmpty()) {
            return null;
        }
        return lines.size() == 1 ? lines.get(0) : factory.createMultiLineString(lines.toArray(new LineString[0]));
    }

    private Coordinate[] readXy(ByteBuffer in, int start, int count, long recordNumber)
            throws ShapefileFormatException {
        Coordinate[] coordinates = new Coordinate[count];
        int at = start;
        for (int i = 0; i < count; i++) {
            double x = in.getDouble(at);
            double y = in.getDouble(at + 8);
            checkNumbers(x, y, recordNumber);
            coordinates[i] = new Coordinate(x, y);
            at += 16;
        }
        return coordinates;
    }

    /** Reads the Z block when the type has one and the record is long enough to hold it (it may be cut). */
    private static void readZ(ByteBuffer in, int zRangeStart, int end, Coordinate[] coordinates, ShapeType type) {
        if (!type.hasZ || zRangeStart + 16 + 8L * coordinates.length > end) {
            return;
        }
        int at = zRangeStart + 16;
        for (Coordinate coordinate : coordinates) {
            coordinate.setZ(in.getDouble(at));
            at += 8;
        }
    }

    private void checkNumbers(double x, double y, long recordNumber) throws ShapefileFormatException {
        if (Double.isNaN(x) || Double.isNaN(y) || Double.isInfinite(x) || Double.isInfinite(y)) {
            throw damaged(recordNumber, "has a coordinate that is not a finite number");
        }
    }

    private ShapefileFormatException damaged(long recordNumber, String what) {
        return new ShapefileFormatException("Record " + recordNumber + " of " + fileName + " " + what
                + "; the file is damaged, export it again from its source.");
    }
}

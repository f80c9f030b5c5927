package org.geoprospect.io.shp;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.geoprospect.model.GeometryKind;
import org.geoprospect.model.VectorFeature;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Writes a shapefile set (.shp, .shx, .dbf, .prj, .cpg) following the ESRI Shapefile Technical
 * Description.
 *
 * <p>Shape type: Point (1) for points, MultiPoint (8) when any feature is a MultiPoint, PolyLine (3)
 * for LineString/MultiLineString, Polygon (5) for Polygon/MultiPolygon; the Z variants (11, 18, 13, 15)
 * when any coordinate has a Z value. Empty geometries are written as null shapes. The .dbf is dBase III
 * (see {@link DbfWriter}); the .prj holds the ESRI WKT of {@link EsriPrj}; the .cpg names the charset.
 * Existing files with the same base name are replaced; on failure the partly written files are
 * deleted. Stateless and thread-safe (two calls must not target the same files).
 */
public final class ShapefileWriter {
    private static final int FILE_CODE = 9994;
    private static final int VERSION = 1000;
    private static final int HEADER_BYTES = 100;
    private static final int FLUSH_THRESHOLD = 1 << 20;
    /** Past 2^31 16-bit words the offsets of the .shx no longer fit its signed integers. */
    private static final long MAX_SHP_BYTES = 2L * Integer.MAX_VALUE;

    private ShapefileWriter() {
    }

    /**
     * Writes features as a shapefile.
     *
     * @param shpPath  path of the .shp file; the other files get the same base name
     * @param kind     geometry family (multi-part geometries are written as such)
     * @param fields   the DBF fields; each feature's attributes are looked up by field name
     * @param features the features, written in list order
     * @param srid     EPSG code whose ESRI WKT goes into the .prj (at least 2154 and 4326)
     * @param charset  DBF text encoding, recorded in the .cpg
     * @throws IllegalArgumentException for an unknown srid, an invalid field list, a geometry outside
     *                                  {@code kind}, or a value that does not fit its field
     * @throws IOException              when a file cannot be written
     */
    public static void write(Path shpPath, GeometryKind kind, List<DbfField> fields, List<VectorFeature> features,
                             int srid, Charset charset) throws IOException {
        write(shpPath, kind, fields, features, srid, charset, LocalDate.now());
    }

    /**
     * Writes features as a shapefile whose DBF header carries the given "last update" date instead of
     * today's (for files that must be byte-identical whenever they are made, such as the demo's).
     *
     * @param lastUpdate the date written into the DBF header; years 1900-2155
     * @see #write(Path, GeometryKind, List, List, int, Charset)
     */
    public static void write(Path shpPath, GeometryKind kind, List<DbfField> fields, List<VectorFeature> features,
                             int srid, Charset charset, LocalDate lastUpdate) throws IOException {
        Objects.requireNonNull(lastUpdate, "lastUpdate");
        Objects.requireNonNull(shpPath, "shpPath");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(fields, "fields");
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(charset, "charset");
        String prj = EsriPrj.wkt(srid);
        DbfWriter.validate(fields);
        ShapeType type = chooseShapeType(kind, features);
        ShapefilePaths paths = ShapefilePaths.forWriting(shpPath);
        boolean done = false;
        try {
            writeShpAndShx(paths, type, features);
            try (FileChannel dbf = open(paths.dbf())) {
                DbfWriter writer = new DbfWriter(dbf, fields, charset, features.size(), lastUpdate);
                for (VectorFeature feature : features) {
                    writer.write(feature.id(), feature.attributes());
                }
                writer.finish();
            }
            Files.writeString(paths.prj(), prj, StandardCharsets.US_ASCII);
            Files.writeString(paths.cpg(), DbfCodePages.cpgTextOf(charset), StandardCharsets.US_ASCII);
            done = true;
        } finally {
            if (!done) {
                paths.deleteAllQuietly();
            }
        }
    }

    /** Checks every geometry against the kind and picks the one shape type for the whole file. */
    private static ShapeType chooseShapeType(GeometryKind kind, List<VectorFeature> features) {
        boolean multiPoint = false;
        boolean hasZ = false;
        for (VectorFeature feature : features) {
            Geometry geometry = feature.geometry();
            String jtsType = geometry.getGeometryType();
            GeometryKind actual;
            try {
                actual = GeometryKind.ofJtsType(jtsType);
            } catch (IllegalArgumentException unsupported) {
                throw new IllegalArgumentException("Feature " + feature.id() + " has a " + jtsType
                        + ", which a shapefile cannot hold.", unsupported);
            }
            if (actual != kind && !geometry.isEmpty()) {
                throw new IllegalArgumentException("Feature " + feature.id() + " has a " + jtsType
                        + " but the layer holds " + kind + " geometries.");
            }
            multiPoint |= jtsType.equals("MultiPoint");
            hasZ = hasZ || hasZ(geometry);
        }
        return switch (kind) {
            case POINT -> multiPoint ? (hasZ ? ShapeType.MULTIPOINT_Z : ShapeType.MULTIPOINT)
                    : (hasZ ? ShapeType.POINT_Z : ShapeType.POINT);
            case LINE -> hasZ ? ShapeType.POLYLINE_Z : ShapeType.POLYLINE;
            case POLYGON -> hasZ ? ShapeType.POLYGON_Z : ShapeType.POLYGON;
        };
    }

    private static boolean hasZ(Geometry geometry) {
        if (geometry instanceof org.locationtech.jts.geom.Point point && !point.isEmpty()) {
            return !Double.isNaN(point.getCoordinateSequence().getZ(0));
        }
        for (Coordinate c : geometry.getCoordinates()) {
            if (!Double.isNaN(c.getZ())) {
                return true;
            }
        }
        return false;
    }

    private static void writeShpAndShx(ShapefilePaths paths, ShapeType type, List<VectorFeature> features)
            throws IOException {
        ShpRecordEncoder encoder = new ShpRecordEncoder(type);
        try (FileChannel shp = open(paths.shp()); FileChannel shx = open(paths.shx())) {
            ByteBuffer shpOut = ByteBuffer.allocate(FLUSH_THRESHOLD * 2).order(ByteOrder.LITTLE_ENDIAN);
            ByteBuffer shxOut = ByteBuffer.allocate(FLUSH_THRESHOLD * 2);
            shp.position(HEADER_BYTES);
            shx.position(HEADER_BYTES);
            long offset = HEADER_BYTES;
            int recordNumber = 0;
            for (VectorFeature feature : features) {
                Geometry geometry = feature.geometry();
                int contentLength = encoder.prepare(geometry);
                if (shpOut.remaining() < contentLength + 8) {
                    flush(shp, shpOut);
                    if (shpOut.capacity() < contentLength + 8) {
                        shpOut = ByteBuffer.allocate(contentLength + 8).order(ByteOrder.LITTLE_ENDIAN);
                    }
                }
                recordNumber++;
                shpOut.order(ByteOrder.BIG_ENDIAN).putInt(recordNumber).putInt(contentLength / 2);
                shpOut.order(ByteOrder.LITTLE_ENDIAN);
                encoder.encode(geometry, shpOut);
                shxOut.putInt((int) (offset / 2)).putInt(contentLength / 2);
                offset += 8 + contentLength;
                if (offset > MAX_SHP_BYTES) {
                    throw new IllegalArgumentException("The layer is too large for a shapefile (over 4 GB of"
                            + " geometry); split it into several files.");
                }
                if (shpOut.position() >= FLUSH_THRESHOLD) {
                    flush(shp, shpOut);
                }
                if (shxOut.position() >= FLUSH_THRESHOLD) {
                    flush(shx, shxOut);
                }
            }
            flush(shp, shpOut);
            flush(shx, shxOut);
            writeHeader(shp, type, offset, encoder);
            writeHeader(shx, type, HEADER_BYTES + 8L * features.size(), encoder);
        }
    }

    private static void writeHeader(FileChannel channel, ShapeType type, long fileBytes, ShpRecordEncoder encoder)
            throws IOException {
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES);
        header.order(ByteOrder.BIG_ENDIAN).putInt(FILE_CODE);
        header.position(24);
        header.putInt((int) (fileBytes / 2));
        header.order(ByteOrder.LITTLE_ENDIAN).putInt(VERSION).putInt(type.code);
        Envelope box = encoder.box();
        if (box.isNull()) {
            header.putDouble(0).putDouble(0).putDouble(0).putDouble(0);
        } else {
            header.putDouble(box.getMinX()).putDouble(box.getMinY()).putDouble(box.getMaxX()).putDouble(box.getMaxY());
        }
        header.putDouble(encoder.zMin()).putDouble(encoder.zMax()).putDouble(0).putDouble(0);
        header.flip();
        channel.position(0);
        while (header.hasRemaining()) {
            channel.write(header);
        }
    }

    private static FileChannel open(Path path) throws IOException {
        return FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
    }

    private static void flush(FileChannel channel, ByteBuffer buffer) throws IOException {
        buffer.flip();
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        buffer.clear();
    }
}

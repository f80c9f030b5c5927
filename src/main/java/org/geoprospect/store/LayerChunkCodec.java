package org.geoprospect.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.geoprospect.model.VectorFeature;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/**
 * The binary form of a chunk of layer features (table {@code layer_chunk}, format version 1):
 *
 * <pre>
 * byte   version (1)
 * int    field count F, then F × UTF field name       — the union of the chunk's attribute names
 * int    feature count N, then N × feature:
 *          long  fid
 *          int   WKB length, WKB bytes (2D, or 3D when the geometry has Z; ISO WKB as JTS writes it)
 *          F × value: byte tag, then the value —
 *              0 absent, 1 null, 2 UTF string (long strings: 6 length-prefixed UTF-8), 3 long,
 *              4 double, 5 boolean, 7 date as epoch day (long)
 * </pre>
 *
 * Attribute order within a feature follows the field order. Not thread-safe (WKB reader/writer
 * state); create one per operation.
 */
final class LayerChunkCodec {
    private static final byte VERSION = 1;
    private static final byte ABSENT = 0;
    private static final byte NULL = 1;
    private static final byte SHORT_STRING = 2;
    private static final byte LONG = 3;
    private static final byte DOUBLE = 4;
    private static final byte BOOLEAN = 5;
    private static final byte LONG_STRING = 6;
    private static final byte DATE = 7;
    /** DataOutput.writeUTF holds at most 65,535 bytes; longer strings use a plain length prefix. */
    private static final int SHORT_STRING_MAX_CHARS = 20_000;

    private final WKBWriter writer2d = new WKBWriter(2);
    private final WKBWriter writer3d = new WKBWriter(3);
    private final WKBReader reader;

    LayerChunkCodec(GeometryFactory factory) {
        this.reader = new WKBReader(factory);
    }

    byte[] encode(List<VectorFeature> features) {
        List<String> fields = fieldUnion(features);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * features.size() + 256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeInt(fields.size());
            for (String field : fields) {
                out.writeUTF(field);
            }
            out.writeInt(features.size());
            for (VectorFeature feature : features) {
                out.writeLong(feature.id());
                Geometry geometry = feature.geometry();
                byte[] wkb = (hasZ(geometry) ? writer3d : writer2d).write(geometry);
                out.writeInt(wkb.length);
                out.write(wkb);
                Map<String, Object> attributes = feature.attributes();
                for (String field : fields) {
                    writeValue(out, attributes.containsKey(field), attributes.get(field));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not encode layer features", e);
        }
        return bytes.toByteArray();
    }

    List<VectorFeature> decode(byte[] payload, int srid) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload))) {
            byte version = in.readByte();
            if (version != VERSION) {
                throw new IllegalStateException("Layer chunk format " + version + " is newer than this application knows");
            }
            String[] fields = new String[in.readInt()];
            for (int i = 0; i < fields.length; i++) {
                fields[i] = in.readUTF();
            }
            int count = in.readInt();
            List<VectorFeature> features = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                long fid = in.readLong();
                byte[] wkb = new byte[in.readInt()];
                in.readFully(wkb);
                Geometry geometry = reader.read(wkb);
                geometry.setSRID(srid);
                Map<String, Object> attributes = new LinkedHashMap<>();
                for (String field : fields) {
                    byte tag = in.readByte();
                    if (tag != ABSENT) {
                        attributes.put(field, readValue(in, tag));
                    }
                }
                features.add(new VectorFeature(fid, geometry, attributes));
            }
            return features;
        } catch (IOException | ParseException e) {
            throw new IllegalStateException("A stored layer chunk is damaged: " + e.getMessage(), e);
        }
    }

    private static List<String> fieldUnion(List<VectorFeature> features) {
        LinkedHashMap<String, Boolean> names = new LinkedHashMap<>();
        for (VectorFeature feature : features) {
            for (String key : feature.attributes().keySet()) {
                names.putIfAbsent(key, Boolean.TRUE);
            }
        }
        return new ArrayList<>(names.keySet());
    }

    private static void writeValue(DataOutputStream out, boolean present, Object value) throws IOException {
        if (!present) {
            out.writeByte(ABSENT);
        } else if (value == null) {
            out.writeByte(NULL);
        } else if (value instanceof String s) {
            if (s.length() <= SHORT_STRING_MAX_CHARS) {
                out.writeByte(SHORT_STRING);
                out.writeUTF(s);
            } else {
                byte[] utf8 = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                out.writeByte(LONG_STRING);
                out.writeInt(utf8.length);
                out.write(utf8);
            }
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            out.writeByte(LONG);
            out.writeLong(((Number) value).longValue());
        } else if (value instanceof Number n) {
            out.writeByte(DOUBLE);
            out.writeDouble(n.doubleValue());
        } else if (value instanceof Boolean b) {
            out.writeByte(BOOLEAN);
            out.writeBoolean(b);
        } else if (value instanceof LocalDate d) {
            out.writeByte(DATE);
            out.writeLong(d.toEpochDay());
        } else {
            out.writeByte(SHORT_STRING);
            out.writeUTF(value.toString());
        }
    }

    private static Object readValue(DataInputStream in, byte tag) throws IOException {
        return switch (tag) {
            case NULL -> null;
            case SHORT_STRING -> in.readUTF();
            case LONG_STRING -> {
                byte[] utf8 = new byte[in.readInt()];
                in.readFully(utf8);
                yield new String(utf8, java.nio.charset.StandardCharsets.UTF_8);
            }
            case LONG -> in.readLong();
            case DOUBLE -> in.readDouble();
            case BOOLEAN -> in.readBoolean();
            case DATE -> LocalDate.ofEpochDay(in.readLong());
            default -> throw new IOException("unknown value tag " + tag);
        };
    }

    private static boolean hasZ(Geometry geometry) {
        org.locationtech.jts.geom.Coordinate c = geometry.getCoordinate();
        return c != null && !Double.isNaN(c.getZ());
    }
}

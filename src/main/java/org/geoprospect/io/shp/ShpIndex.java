package org.geoprospect.io.shp;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;

/**
 * The checked header of a .shp and the record offsets of its .shx.
 *
 * <p>Every offset is checked to leave room for a record header inside the .shp, and the number of
 * records is derived from the .shx size, so no array is sized by an unchecked header value.
 * Immutable after {@link #read}.
 */
final class ShpIndex {
    static final int HEADER_BYTES = 100;
    private static final int FILE_CODE = 9994;

    final ShapeType type;
    /** Byte offset of each record header in the .shp. */
    final long[] offsets;

    private ShpIndex(ShapeType type, long[] offsets) {
        this.type = type;
        this.offsets = offsets;
    }

    /** Checks the .shp header read through {@code shp} and reads the .shx. */
    static ShpIndex read(ChannelWindow shp, String shpName, Path shxPath) throws IOException {
        ShapeType type = checkHeader(shp, shpName);
        String shxName = ShapefilePaths.fileName(shxPath);
        try (ChannelWindow shx = new ChannelWindow(shxPath)) {
            checkHeader(shx, shxName);
            long count = (shx.size() - HEADER_BYTES) / 8;
            if (count > Integer.MAX_VALUE - 8) {
                throw new ShapefileFormatException(shxName + " indexes more records than GeoProspect can read.");
            }
            long[] offsets = new long[(int) count];
            for (int i = 0; i < offsets.length; i++) {
                ByteBuffer entry = shx.at(HEADER_BYTES + 8L * i, 8, ByteOrder.BIG_ENDIAN);
                long offset = 2L * entry.getInt(entry.position());
                if (offset < HEADER_BYTES || offset + 8 > shp.size()) {
                    throw new ShapefileFormatException(shxName + " places record " + (i + 1) + " at byte " + offset
                            + ", outside " + shpName + " (" + shp.size() + " bytes); the index is damaged.");
                }
                offsets[i] = offset;
            }
            return new ShpIndex(type, offsets);
        }
    }

    /** Checks the 100-byte header shared by the .shp and .shx and returns its shape type. */
    private static ShapeType checkHeader(ChannelWindow file, String name) throws IOException {
        long size = file.size();
        if (size == 0) {
            throw new ShapefileFormatException(name + " is empty; copy the shapefile again from its source.");
        }
        if (size < HEADER_BYTES) {
            throw new ShapefileFormatException(name + " is too short to be a shapefile (" + size
                    + " bytes, the header alone takes 100).");
        }
        ByteBuffer header = file.at(0, HEADER_BYTES, ByteOrder.BIG_ENDIAN);
        int base = header.position();
        int fileCode = header.getInt(base);
        if (fileCode != FILE_CODE) {
            throw new ShapefileFormatException(name + " is not a shapefile (its file code is " + fileCode
                    + ", not 9994).");
        }
        long declared = 2L * Integer.toUnsignedLong(header.getInt(base + 24));
        if (declared > size) {
            throw new ShapefileFormatException(name + " is truncated: its header announces " + declared
                    + " bytes but the file holds " + size + "; copy it again from its source.");
        }
        int code = header.order(ByteOrder.LITTLE_ENDIAN).getInt(base + 32);
        ShapeType type = ShapeType.ofCode(code);
        if (type == null) {
            throw new ShapefileFormatException(name + " declares shape type " + code
                    + ", which is not in the shapefile specification.");
        }
        if (type == ShapeType.MULTIPATCH) {
            throw new ShapefileFormatException(name + " holds MultiPatch shapes (3D surfaces), which GeoProspect"
                    + " cannot import; convert them to polygons first.");
        }
        if (type == ShapeType.NULL) {
            throw new ShapefileFormatException(name + " declares no geometry type (null shapes only);"
                    + " there is nothing to draw.");
        }
        return type;
    }
}

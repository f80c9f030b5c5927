package org.geoprospect.io.shp;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Encodes one JTS geometry as the content of a shapefile record (little-endian, after the
 * 8-byte big-endian record header).
 *
 * <p>Polygon rings are written in ESRI order and orientation: each outer ring clockwise, followed
 * by its holes counter-clockwise. Multi-part Z types are written without their
 * optional M block (so GDAL reports them as 3D, not "measured"); PointZ records carry M = 0 because
 * their M is not optional. Empty geometries become null shapes.
 * Keeps the running bounding box of everything encoded. Not thread-safe.
 */
final class ShpRecordEncoder {
    private final ShapeType type;
    private final Envelope box = new Envelope();
    private double zMin = Double.POSITIVE_INFINITY;
    private double zMax = Double.NEGATIVE_INFINITY;

    /** Parts of the geometry being encoded, as coordinate sequences in write order. */
    private final List<CoordinateSequence> parts = new ArrayList<>();
    private final List<Boolean> reversed = new ArrayList<>();

    ShpRecordEncoder(ShapeType type) {
        this.type = type;
    }

    /** Prepares a geometry and returns its content length in bytes; call {@link #encode} next. */
    int prepare(Geometry geometry) {
        parts.clear();
        reversed.clear();
        if (geometry.isEmpty()) {
            return 4;
        }
        if (type.isSinglePoint()) {
            return type.hasZ ? 36 : 20;
        }
        collectParts(geometry);
        int points = pointCount();
        if (type.isMultiPoint()) {
            return 40 + 16 * points + (type.hasZ ? 16 + 8 * points : 0);
        }
        return 44 + 4 * parts.size() + 16 * points + (type.hasZ ? 16 + 8 * points : 0);
    }

    /** Writes the prepared geometry's content into {@code out} (which must be little-endian). */
    void encode(Geometry geometry, ByteBuffer out) {
        if (geometry.isEmpty()) {
            out.putInt(ShapeType.NULL.code);
            return;
        }
        out.putInt(type.code);
        if (type.isSinglePoint()) {
            CoordinateSequence seq = ((org.locationtech.jts.geom.Point) geometry).getCoordinateSequence();
            double x = seq.getX(0);
            double y = seq.getY(0);
            box.expandToInclude(x, y);
            out.putDouble(x).putDouble(y);
            if (type.hasZ) {
                double z = zOf(seq, 0);
                includeZ(z);
                out.putDouble(z).putDouble(0.0);
            }
            return;
        }
        Envelope recordBox = geometry.getEnvelopeInternal();
        box.expandToInclude(recordBox);
        out.putDouble(recordBox.getMinX()).putDouble(recordBox.getMinY())
                .putDouble(recordBox.getMaxX()).putDouble(recordBox.getMaxY());
        int points = pointCount();
        if (!type.isMultiPoint()) {
            out.putInt(parts.size());
        }
        out.putInt(points);
        if (!type.isMultiPoint()) {
            int start = 0;
            for (CoordinateSequence part : parts) {
                out.putInt(start);
                start += part.size();
            }
        }
        for (int p = 0; p < parts.size(); p++) {
            CoordinateSequence part = parts.get(p);
            boolean reverse = reversed.get(p);
            int n = part.size();
            for (int i = 0; i < n; i++) {
                int k = reverse ? n - 1 - i : i;
                out.putDouble(part.getX(k)).putDouble(part.getY(k));
            }
        }
        if (type.hasZ) {
            double recordZMin = Double.POSITIVE_INFINITY;
            double recordZMax = Double.NEGATIVE_INFINITY;
            for (CoordinateSequence part : parts) {
                for (int i = 0; i < part.size(); i++) {
                    double z = zOf(part, i);
                    recordZMin = Math.min(recordZMin, z);
                    recordZMax = Math.max(recordZMax, z);
                }
            }
            includeZ(recordZMin);
            includeZ(recordZMax);
            out.putDouble(recordZMin).putDouble(recordZMax);
            for (int p = 0; p < parts.size(); p++) {
                CoordinateSequence part = parts.get(p);
                int n = part.size();
                for (int i = 0; i < n; i++) {
                    out.putDouble(zOf(part, reversed.get(p) ? n - 1 - i : i));
                }
            }
        }
    }

    /** The box of every non-null shape encoded so far (null envelope when none). */
    Envelope box() {
        return box;
    }

    double zMin() {
        return zMin <= zMax ? zMin : 0.0;
    }

    double zMax() {
        return zMin <= zMax ? zMax : 0.0;
    }

    private void collectParts(Geometry geometry) {
        for (int g = 0; g < geometry.getNumGeometries(); g++) {
            Geometry element = geometry.getGeometryN(g);
            if (element.isEmpty()) {
                continue;
            }
            if (element instanceof org.locationtech.jts.geom.Point point) {
                addPart(point.getCoordinateSequence(), false);
            } else if (element instanceof Polygon polygon) {
                LinearRing shell = polygon.getExteriorRing();
                // ESRI: outer rings clockwise, holes counter-clockwise.
                addPart(shell.getCoordinateSequence(), Orientation.isCCW(shell.getCoordinateSequence()));
                for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                    CoordinateSequence hole = polygon.getInteriorRingN(h).getCoordinateSequence();
                    addPart(hole, !Orientation.isCCW(hole));
                }
            } else if (element instanceof LineString line) {
                addPart(line.getCoordinateSequence(), false);
            }
        }
    }

    private void addPart(CoordinateSequence sequence, boolean reverse) {
        parts.add(sequence);
        reversed.add(reverse);
    }

    private int pointCount() {
        int count = 0;
        for (CoordinateSequence part : parts) {
            count += part.size();
        }
        return count;
    }

    private void includeZ(double z) {
        zMin = Math.min(zMin, z);
        zMax = Math.max(zMax, z);
    }

    /** A missing Z (NaN) is written as 0, since the format has no "no Z" value. */
    private static double zOf(CoordinateSequence seq, int index) {
        double z = seq.getZ(index);
        return Double.isNaN(z) ? 0.0 : z;
    }
}

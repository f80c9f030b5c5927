package org.geoprospect.io.shp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.algorithm.PointLocation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;

/**
 * Builds a Polygon or MultiPolygon from the rings of one shapefile polygon record.
 *
 * <p>ESRI rule: clockwise rings are outer rings, counter-clockwise rings are holes. Each hole goes to
 * the smallest outer ring that contains it. Tolerated deviations, each reported as a warning: an
 * unclosed ring is closed; a ring of fewer than 4 points is dropped; a hole inside no outer ring
 * becomes an outer ring. A record whose rings are all counter-clockwise (written by non-conforming
 * tools) is read as one polygon per ring. Not thread-safe (holds the warning sink).
 */
final class RingAssembler {
    private final GeometryFactory factory;
    private final ReadWarnings warnings;
    private final String fileName;

    RingAssembler(GeometryFactory factory, ReadWarnings warnings, String fileName) {
        this.factory = factory;
        this.warnings = warnings;
        this.fileName = fileName;
    }

    /**
     * Assembles the rings of a record.
     *
     * @return the polygon(s), or null when no ring is usable
     */
    Geometry assemble(List<Coordinate[]> rawRings, long recordNumber) {
        List<Coordinate[]> rings = new ArrayList<>(rawRings.size());
        for (Coordinate[] ring : rawRings) {
            Coordinate[] closed = ring;
            if (ring.length > 0 && !ring[0].equals2D(ring[ring.length - 1])) {
                closed = Arrays.copyOf(ring, ring.length + 1);
                closed[ring.length] = ring[0].copy();
                warnings.add("Record " + recordNumber + " of " + fileName + " has an unclosed ring; it was closed.");
            }
            if (closed.length < 4) {
                warnings.add("Record " + recordNumber + " of " + fileName + " has a ring of fewer than 3 distinct"
                        + " points; that ring was dropped.");
                continue;
            }
            rings.add(closed);
        }
        if (rings.isEmpty()) {
            return null;
        }
        if (rings.size() == 1) {
            return factory.createPolygon(rings.get(0));
        }
        List<Shell> shells = new ArrayList<>();
        List<Coordinate[]> holes = new ArrayList<>();
        for (Coordinate[] ring : rings) {
            if (Orientation.isCCW(ring)) {
                holes.add(ring);
            } else {
                shells.add(new Shell(ring));
            }
        }
        if (shells.isEmpty()) {
            for (Coordinate[] ring : holes) {
                shells.add(new Shell(ring));
            }
            holes.clear();
        }
        for (Coordinate[] hole : holes) {
            Shell owner = findOwner(shells, hole);
            if (owner == null) {
                warnings.add("Record " + recordNumber + " of " + fileName + " has a hole outside every outer ring;"
                        + " it was kept as an outer ring.");
                shells.add(new Shell(hole));
            } else {
                owner.holes.add(factory.createLinearRing(hole));
            }
        }
        Polygon[] polygons = new Polygon[shells.size()];
        for (int i = 0; i < polygons.length; i++) {
            Shell shell = shells.get(i);
            polygons[i] = factory.createPolygon(factory.createLinearRing(shell.ring),
                    shell.holes.toArray(new LinearRing[0]));
        }
        return polygons.length == 1 ? polygons[0] : factory.createMultiPolygon(polygons);
    }

    /** The smallest shell containing the hole, judged on a hole vertex that is not on the shell's boundary. */
    private static Shell findOwner(List<Shell> shells, Coordinate[] hole) {
        Envelope holeBox = envelope(hole);
        Shell best = null;
        for (Shell shell : shells) {
            if (!shell.box.covers(holeBox)) {
                continue;
            }
            if (best != null && shell.box.getArea() >= best.box.getArea()) {
                continue;
            }
            if (contains(shell.ring, hole)) {
                best = shell;
            }
        }
        return best;
    }

    private static boolean contains(Coordinate[] shell, Coordinate[] hole) {
        for (Coordinate vertex : hole) {
            int location = PointLocation.locateInRing(vertex, shell);
            if (location != Location.BOUNDARY) {
                return location == Location.INTERIOR;
            }
        }
        return true; // every vertex on the shell's boundary: the hole coincides with it, keep them together
    }

    private static Envelope envelope(Coordinate[] ring) {
        Envelope box = new Envelope();
        for (Coordinate c : ring) {
            box.expandToInclude(c);
        }
        return box;
    }

    private static final class Shell {
        final Coordinate[] ring;
        final Envelope box;
        final List<LinearRing> holes = new ArrayList<>();

        Shell(Coordinate[] ring) {
            this.ring = ring;
            this.box = envelope(ring);
        }
    }
}

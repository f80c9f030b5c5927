package org.geoprospect.demo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/**
 * Draws a synthetic road or railway between two points: a straight segment with a few intermediate
 * vertices pushed sideways by a seeded random amount, so that the network does not look ruled.
 * The offset fades towards both ends, which stay exactly where they were given. Stateless.
 */
final class JitteredLine {
    /** One intermediate vertex per this many metres of length (at most {@value #MAX_VERTICES}). */
    static final double VERTEX_SPACING_M = 5_000;
    static final int MAX_VERTICES = 10;

    private JitteredLine() {
    }

    /**
     * @param wiggle sideways offset as a fraction of the length (standard deviation at mid-length)
     */
    static LineString between(GeometryFactory factory, Coordinate from, Coordinate to, double wiggle, SeededRandom random) {
        double dx = to.x - from.x;
        double dy = to.y - from.y;
        double length = StrictMath.hypot(dx, dy);
        int inner = (int) Math.min(MAX_VERTICES, Math.floor(length / VERTEX_SPACING_M));
        Coordinate[] points = new Coordinate[inner + 2];
        points[0] = from.copy();
        points[inner + 1] = to.copy();
        if (length > 0) {
            double normalX = -dy / length;
            double normalY = dx / length;
            // A smooth overall bend plus small per-vertex noise reads as a road; pure noise reads as a zigzag.
            double bend = random.nextGaussian() * wiggle * length;
            for (int i = 1; i <= inner; i++) {
                double t = (double) i / (inner + 1);
                double envelope = StrictMath.sin(Math.PI * t);
                double offset = envelope * bend + random.nextGaussian() * 0.15 * wiggle * length * envelope;
                points[i] = new Coordinate(from.x + t * dx + offset * normalX, from.y + t * dy + offset * normalY);
            }
        }
        return factory.createLineString(points);
    }
}

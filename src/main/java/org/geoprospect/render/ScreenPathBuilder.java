package org.geoprospect.render;

import java.awt.geom.Path2D;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Turns JTS lines and polygons into Java2D paths in screen pixels, dropping vertices closer than
 * {@link #MIN_STEP_PIXELS} to the last one kept, so that at small scales a geometry costs about one
 * vertex per pixel whatever its detail. Stateless and thread-safe.
 */
final class ScreenPathBuilder {
    /** Vertices nearer than this (in pixels, on both axes) to the previous one add nothing visible. */
    static final double MIN_STEP_PIXELS = 0.7;

    private ScreenPathBuilder() {
    }

    /** A path of all the lines and polygon rings of a geometry (even-odd rule for holes). */
    static Path2D.Float build(Geometry geometry, Viewport viewport) {
        Path2D.Float path = new Path2D.Float(Path2D.WIND_EVEN_ODD);
        append(geometry, viewport, path);
        return path;
    }

    private static void append(Geometry g, Viewport v, Path2D.Float path) {
        if (g instanceof Polygon polygon) {
            appendSequence(polygon.getExteriorRing().getCoordinateSequence(), v, path, true);
            for (int r = 0; r < polygon.getNumInteriorRing(); r++) {
                appendSequence(polygon.getInteriorRingN(r).getCoordinateSequence(), v, path, true);
            }
        } else if (g instanceof LineString line) {
            appendSequence(line.getCoordinateSequence(), v, path, line.isClosed() && line.getNumPoints() > 3);
        } else if (g.getNumGeometries() > 1 || g.getGeometryN(0) != g) {
            for (int i = 0; i < g.getNumGeometries(); i++) {
                append(g.getGeometryN(i), v, path);
            }
        }
    }

    private static void appendSequence(CoordinateSequence seq, Viewport v, Path2D.Float path, boolean close) {
        int n = seq.size();
        if (n == 0) {
            return;
        }
        double minX = v.minX();
        double maxY = v.maxY();
        double scale = 1.0 / v.metresPerPixel();
        double lastX = (seq.getX(0) - minX) * scale;
        double lastY = (maxY - seq.getY(0)) * scale;
        path.moveTo(lastX, lastY);
        int kept = 1;
        for (int i = 1; i < n; i++) {
            double x = (seq.getX(i) - minX) * scale;
            double y = (maxY - seq.getY(i)) * scale;
            boolean isLast = i == n - 1;
            if (!isLast && Math.abs(x - lastX) < MIN_STEP_PIXELS && Math.abs(y - lastY) < MIN_STEP_PIXELS) {
                continue;
            }
            path.lineTo(x, y);
            lastX = x;
            lastY = y;
            kept++;
        }
        if (close && kept > 2) {
            path.closePath();
        }
    }
}

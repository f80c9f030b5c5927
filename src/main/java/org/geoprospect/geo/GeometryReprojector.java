package org.geoprospect.geo;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Reprojects JTS geometries with a {@link CoordinateTransform}; Z values are kept as they are.
 *
 * <p>Thread-safe: holds only the immutable transform.
 */
public final class GeometryReprojector {
    private final CoordinateTransform transform;

    public GeometryReprojector(CoordinateTransform transform) {
        this.transform = transform;
    }

    /**
     * Returns the geometry reprojected, as a new object; the input is not modified. For an identity
     * transform the input itself is returned (geometries are treated as immutable here).
     */
    public Geometry reproject(Geometry geometry) {
        if (transform.sourceSrid() == transform.targetSrid()) {
            return geometry;
        }
        Geometry copy = geometry.copy();
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence sequence, int i) {
                double[] xy = transform.transform(sequence.getX(i), sequence.getY(i));
                sequence.setOrdinate(i, CoordinateSequence.X, xy[0]);
                sequence.setOrdinate(i, CoordinateSequence.Y, xy[1]);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        copy.geometryChanged();
        return copy;
    }

    /**
     * Reprojects an envelope by its four corners and edge midpoints: exact enough for the extents
     * shown to users (a conic projection bends edges only slightly at département scale).
     */
    public Envelope reproject(Envelope envelope) {
        Envelope result = new Envelope();
        if (envelope.isNull()) {
            return result;
        }
        double[] xs = {envelope.getMinX(), (envelope.getMinX() + envelope.getMaxX()) / 2, envelope.getMaxX()};
        double[] ys = {envelope.getMinY(), (envelope.getMinY() + envelope.getMaxY()) / 2, envelope.getMaxY()};
        for (double x : xs) {
            for (double y : ys) {
                double[] p = transform.transform(x, y);
                result.expandToInclude(p[0], p[1]);
            }
        }
        return result;
    }
}

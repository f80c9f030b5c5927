package org.geoprospect.geo;

import java.util.List;
import java.util.stream.IntStream;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The extent of geometries in another CRS taken over every vertex once transformed — what
 * {@code ogr2ogr -t_srs} followed by {@code ogrinfo -so} reports — rather than the transformed corners of
 * the source extent, which a conic or transverse Mercator projection bends: a Lambert-93 layer's corners
 * give a WGS84 box kilometres too wide. Every vertex costs one transform, so the work runs on every core.
 * Stateless.
 */
public final class ExactExtent {
    /** Geometries per parallel task: large enough that a task's overhead is lost in its transforms. */
    private static final int CHUNK = 4096;

    private ExactExtent() {
    }

    /**
     * The envelope of every vertex of the geometries after the transform (a null envelope for no vertex).
     * Vertices that cannot be transformed, or transform to NaN or infinity, are left out.
     */
    public static Envelope of(List<? extends Geometry> geometries, CoordinateTransform transform) {
        boolean identity = transform.sourceSrid() == transform.targetSrid();
        int chunks = (geometries.size() + CHUNK - 1) / CHUNK;
        return IntStream.range(0, chunks).parallel().mapToObj(chunk -> {
            Envelope part = new Envelope();
            int end = Math.min(geometries.size(), (chunk + 1) * CHUNK);
            for (int i = chunk * CHUNK; i < end; i++) {
                Geometry g = geometries.get(i);
                if (identity) {
                    part.expandToInclude(g.getEnvelopeInternal());
                } else {
                    g.apply(new VertexFilter(transform, part));
                }
            }
            return part;
        }).reduce(new Envelope(), (a, b) -> {
            Envelope merged = new Envelope(a);
            merged.expandToInclude(b);
            return merged;
        });
    }

    /** Expands an envelope by each vertex transformed; reads only. */
    private static final class VertexFilter implements CoordinateSequenceFilter {
        private final CoordinateTransform transform;
        private final Envelope extent;

        VertexFilter(CoordinateTransform transform, Envelope extent) {
            this.transform = transform;
            this.extent = extent;
        }

        @Override
        public void filter(CoordinateSequence sequence, int i) {
            try {
                double[] p = transform.transform(sequence.getX(i), sequence.getY(i));
                if (Double.isFinite(p[0]) && Double.isFinite(p[1])) {
                    extent.expandToInclude(p[0], p[1]);
                }
            } catch (IllegalArgumentException outsideTheProjection) {
                // A vertex the transform cannot carry has no place in the target CRS's extent.
            }
        }

        @Override
        public boolean isDone() {
            return false;
        }

        @Override
        public boolean isGeometryChanged() {
            return false;
        }
    }
}

package org.geoprospect.render;

import java.util.List;
import org.geoprospect.model.VectorFeature;
import org.geoprospect.model.VectorLayer;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * Per-layer data computed once and reused by every render: feature envelopes as flat arrays (the
 * primary filter against the view) and, lazily, label anchors. Immutable after construction except
 * for the lazily filled anchors, which are computed under the instance lock.
 */
final class PreparedLayer {
    final VectorLayer layer;
    final double[] minX;
    final double[] minY;
    final double[] maxX;
    final double[] maxY;
    private double[] anchorX;
    private double[] anchorY;

    PreparedLayer(VectorLayer layer) {
        this.layer = layer;
        List<VectorFeature> features = layer.features();
        int n = features.size();
        minX = new double[n];
        minY = new double[n];
        maxX = new double[n];
        maxY = new double[n];
        for (int i = 0; i < n; i++) {
            Envelope e = features.get(i).geometry().getEnvelopeInternal();
            if (e.isNull()) {
                // An empty geometry never intersects a view.
                minX[i] = minY[i] = Double.POSITIVE_INFINITY;
                maxX[i] = maxY[i] = Double.NEGATIVE_INFINITY;
            } else {
                minX[i] = e.getMinX();
                minY[i] = e.getMinY();
                maxX[i] = e.getMaxX();
                maxY[i] = e.getMaxY();
            }
        }
    }

    int size() {
        return minX.length;
    }

    boolean intersects(int i, Envelope view) {
        return maxX[i] >= view.getMinX() && minX[i] <= view.getMaxX()
                && maxY[i] >= view.getMinY() && minY[i] <= view.getMaxY();
    }

    /** Where a feature's label goes: the point itself, or a point inside the polygon or on the line. */
    synchronized double[] anchor(int i) {
        if (anchorX == null) {
            anchorX = new double[size()];
            anchorY = new double[size()];
            java.util.Arrays.fill(anchorX, Double.NaN);
        }
        if (Double.isNaN(anchorX[i])) {
            Geometry g = layer.features().get(i).geometry();
            Point p = g.getDimension() == 0 ? g.getCentroid() : g.getInteriorPoint();
            anchorX[i] = p.isEmpty() ? Double.POSITIVE_INFINITY : p.getX();
            anchorY[i] = p.isEmpty() ? Double.POSITIVE_INFINITY : p.getY();
        }
        return new double[] {anchorX[i], anchorY[i]};
    }
}

package org.geoprospect.render;

import java.util.List;
import org.geoprospect.model.GeometryKind;
import org.geoprospect.model.VectorFeature;
import org.geoprospect.render.labels.LabelPlacer;
import org.geoprospect.render.labels.LabelRequest;
import org.geoprospect.render.labels.LabelStyle;
import org.geoprospect.render.labels.ScreenBox;
import org.geoprospect.render.labels.ScreenRegion;
import org.locationtech.jts.geom.Geometry;

/**
 * What a vector layer gives the {@link LabelPlacer}: the markers of its points as soft obstacles (so that no
 * other label hides a town's dot, unless a competitor's name would otherwise have to move far), and, when its rules label it, one request per feature in view — beside a
 * point's marker, or over a polygon's (or line's) interior point, a polygon's label kept inside the polygon. Polygons narrower than
 * {@value #MIN_LABELLED_POLYGON_PIXELS} px on screen get no label: the name would hide the shape. Font sizes and
 * marker sizes are reference pixels, times the view's device scale. Stateless.
 */
final class LayerLabels {
    /** A polygon narrower than this on screen is not labelled: its name would hide it. */
    static final double MIN_LABELLED_POLYGON_PIXELS = 40;
    /**
     * A point layer with more markers than this in view is no obstacle: it reads as a texture, and keeping
     * labels off every marker would leave none.
     */
    static final int MAX_OBSTACLE_POINTS = 2000;
    /**
     * Rings of positions a point's label tries: a town's name may sit up to 18 px further from its dot (joined to
     * it by a leader line from 12 px) when the markers and names around take the nearer places — towns are where
     * the clients are, and a town left unnamed is worse than a name a little off its dot.
     */
    static final int POINT_LABEL_RINGS = 4;

    private LayerLabels() {
    }

    static void collect(LayerSymbology rules, GeometryKind kind, PreparedLayer layer, List<VectorFeature> features,
                        int[] visible, int count, Viewport v, LabelPlacer labels) {
        LabelSpec spec = rules.label();
        boolean obstacles = kind == GeometryKind.POINT && count <= MAX_OBSTACLE_POINTS;
        if (spec == null && !obstacles) {
            return;
        }
        double scale = v.deviceScale();
        LabelStyle style = spec == null ? null
                : new LabelStyle(spec.fontSize() * (float) scale, spec.bold(), spec.color(), spec.haloColor());
        for (int k = 0; k < count; k++) {
            int i = visible[k];
            VectorFeature f = features.get(i);
            int own = obstacles ? addMarkers(rules, f, v, labels) : -1;
            if (spec == null) {
                continue;
            }
            String text = f.text(spec.field());
            if (text == null || text.isBlank()) {
                continue;
            }
            if (kind != GeometryKind.POINT
                    && (layer.maxX[i] - layer.minX[i]) / v.referenceMetresPerPixel() < MIN_LABELLED_POLYGON_PIXELS) {
                continue;
            }
            double[] anchor = layer.anchor(i);
            double x = v.toScreenX(anchor[0]);
            double y = v.toScreenY(anchor[1]);
            if (x < 0 || y < 0 || x > v.width() || y > v.height()) {
                continue;
            }
            double priority = priorityOf(f, spec.priorityField());
            if (kind == GeometryKind.POINT) {
                LayerStyle s = rules.styleOfClass(rules.classIndexOf(f));
                labels.add(LabelRequest.beside(text.strip(), x, y, s.pointSize() * scale / 2, s.pointSymbol() == PointSymbol.CIRCLE,
                        style, spec.rank(), priority).withRings(POINT_LABEL_RINGS).withOwnObstacle(own));
            } else {
                ScreenRegion region = kind == GeometryKind.POLYGON ? new PolygonRegion(f.geometry(), v) : null;
                labels.add(LabelRequest.inside(text.strip(), x, y, region, style, spec.rank(), priority));
            }
        }
    }

    /** Adds the marker boxes of a point feature; returns the index of its only marker, or -1 for none or several. */
    private static int addMarkers(LayerSymbology rules, VectorFeature f, Viewport v, LabelPlacer labels) {
        LayerStyle style = rules.styleOfClass(rules.classIndexOf(f));
        if (style.pointSymbol() == PointSymbol.NONE) {
            return -1;
        }
        // Half the marker plus half its 1.2 px outline.
        double half = (style.pointSize() / 2 + 0.6) * v.deviceScale();
        Geometry g = f.geometry();
        int first = -1;
        for (int p = 0; p < g.getNumGeometries(); p++) {
            Geometry point = g.getGeometryN(p);
            if (point.isEmpty()) {
                continue;
            }
            int index = labels.addSoftObstacle(ScreenBox.around(v.toScreenX(point.getCoordinate().x),
                    v.toScreenY(point.getCoordinate().y), half));
            first = first < 0 ? index : first;
        }
        return g.getNumGeometries() == 1 ? first : -1;
    }

    private static double priorityOf(VectorFeature f, String field) {
        if (field == null) {
            return 0;
        }
        Object value = f.attributes().get(field);
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value != null) {
            try {
                return Double.parseDouble(value.toString().strip());
            } catch (NumberFormatException e) {
                return 0; // a non-numeric priority ranks the label last, it does not stop the render
            }
        }
        return 0;
    }
}

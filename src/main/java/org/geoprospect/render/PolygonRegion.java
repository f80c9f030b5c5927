package org.geoprospect.render;

import org.geoprospect.render.labels.ScreenBox;
import org.geoprospect.render.labels.ScreenRegion;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;

/**
 * A polygon's label stays inside the polygon: a candidate box is accepted when its four corners and its centre
 * lie inside (or on) the polygon, tested in world coordinates through an indexed point-in-area locator built
 * at the first question. Not thread-safe (one placer, one thread).
 */
final class PolygonRegion implements ScreenRegion {
    private final Geometry polygon;
    private final Viewport viewport;
    private IndexedPointInAreaLocator locator;

    PolygonRegion(Geometry polygon, Viewport viewport) {
        this.polygon = polygon;
        this.viewport = viewport;
    }

    @Override
    public boolean accepts(ScreenBox box) {
        if (locator == null) {
            locator = new IndexedPointInAreaLocator(polygon);
        }
        return inside(box.minX(), box.minY()) && inside(box.maxX(), box.minY()) && inside(box.minX(), box.maxY())
                && inside(box.maxX(), box.maxY()) && inside((box.minX() + box.maxX()) / 2, (box.minY() + box.maxY()) / 2);
    }

    private boolean inside(double screenX, double screenY) {
        Coordinate c = new Coordinate(viewport.toWorldX(screenX), viewport.toWorldY(screenY));
        return locator.locate(c) != Location.EXTERIOR;
    }
}

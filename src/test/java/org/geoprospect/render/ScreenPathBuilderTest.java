package org.geoprospect.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.junit.jupiter.api.Test;

class ScreenPathBuilderTest {
    private static int vertexCount(Path2D path) {
        int n = 0;
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            if (it.currentSegment(new double[6]) != PathIterator.SEG_CLOSE) {
                n++;
            }
        }
        return n;
    }

    /** 10 001 vertices 1 m apart along 10 km. */
    private static LineString denseLine() {
        Coordinate[] cs = new Coordinate[10_001];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = new Coordinate(i, Math.sin(i / 50.0) * 20);
        }
        return new GeometryFactory().createLineString(cs);
    }

    @Test
    void decimatesToAboutOneVertexPerPixel() {
        // 100 m per pixel: the 10 km line spans 100 pixels.
        Viewport v = Viewport.of(5000, 0, 100, 200, 50);
        int kept = vertexCount(ScreenPathBuilder.build(denseLine(), v));
        assertTrue(kept <= 150 && kept >= 50, "kept " + kept + " vertices for 100 pixels");
    }

    @Test
    void keepsEveryVertexWhenZoomedIn() {
        // 0.1 m per pixel: vertices are 10 pixels apart.
        Viewport v = Viewport.of(5000, 0, 0.1, 200, 50);
        assertEquals(10_001, vertexCount(ScreenPathBuilder.build(denseLine(), v)));
    }

    @Test
    void keepsTheLastVertexSoLinesReachTheirEnd() {
        Viewport v = Viewport.of(5000, 0, 1000, 20, 20);
        Path2D path = ScreenPathBuilder.build(denseLine(), v);
        assertEquals(v.toScreenX(10_000), path.getCurrentPoint().getX(), 1e-3);
    }
}

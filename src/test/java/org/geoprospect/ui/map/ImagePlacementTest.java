package org.geoprospect.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.geoprospect.render.Viewport;
import org.junit.jupiter.api.Test;

class ImagePlacementTest {
    private final Viewport rendered = Viewport.of(1000, 1000, 10, 200, 100);

    @Test
    void sameViewportPlacesTheImageAtTheOrigin() {
        assertEquals(new ImagePlacement(0, 0, 200, 100), ImagePlacement.of(rendered, rendered));
    }

    @Test
    void dragMovesTheImageWithTheMouse() {
        assertEquals(new ImagePlacement(30, -20, 200, 100), ImagePlacement.of(rendered, rendered.pan(30, -20)));
    }

    @Test
    void zoomInAroundAPointEnlargesTheImageKeepingThatPointFixed() {
        Viewport zoomed = rendered.zoomAround(50, 40, 2);
        ImagePlacement p = ImagePlacement.of(rendered, zoomed);
        assertEquals(400, p.width(), 1e-9);
        assertEquals(200, p.height(), 1e-9);
        // The rendered pixel (50, 40) is displayed at (50, 40).
        assertEquals(50, p.x() + 50 * 2, 1e-9);
        assertEquals(40, p.y() + 40 * 2, 1e-9);
    }
}

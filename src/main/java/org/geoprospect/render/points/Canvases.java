package org.geoprospect.render.points;

import org.geoprospect.render.RasterCanvas;
import org.geoprospect.render.Viewport;

/** Checks shared by the point painters. Stateless. */
final class Canvases {
    private Canvases() {
    }

    static void checkSameSize(RasterCanvas canvas, Viewport viewport) {
        if (canvas.width() != viewport.width() || canvas.height() != viewport.height()) {
            throw new IllegalArgumentException("The canvas is " + canvas.width() + " x " + canvas.height()
                    + " pixels but the viewport " + viewport.width() + " x " + viewport.height() + ".");
        }
    }
}

package org.geoprospect.ui.map;

import java.util.Objects;
import org.geoprospect.render.RasterCanvas;
import org.geoprospect.render.Viewport;

/**
 * A finished map image and the viewport it was drawn for. The canvas is not redrawn while it is
 * the displayed frame (see {@link MapRenderScheduler}).
 */
public record RenderedFrame(RasterCanvas canvas, Viewport viewport) {
    public RenderedFrame {
        Objects.requireNonNull(canvas, "canvas");
        Objects.requireNonNull(viewport, "viewport");
    }
}

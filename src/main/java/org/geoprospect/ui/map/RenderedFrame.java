package org.geoprospect.ui.map;

import java.util.Objects;
import org.geoprospect.render.RasterCanvas;
import org.geoprospect.render.Viewport;

/**
 * A finished map image, the viewport it was drawn for and what it was drawn from. The canvas is not
 * redrawn while it is the displayed frame (see {@link MapRenderScheduler}).
 *
 * @param source what the requester said the frame draws (the map content), so that a frame still in
 *               flight from an earlier content is told apart from the first frame of a new one; may be null
 */
public record RenderedFrame(RasterCanvas canvas, Viewport viewport, Object source) {
    public RenderedFrame {
        Objects.requireNonNull(canvas, "canvas");
        Objects.requireNonNull(viewport, "viewport");
    }

    /** A frame of no particular source. */
    public RenderedFrame(RasterCanvas canvas, Viewport viewport) {
        this(canvas, viewport, null);
    }
}

package org.geoprospect.render.points;

import java.util.Objects;
import org.geoprospect.index.PackedPointIndex;
import org.geoprospect.index.Selection;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.render.MapOverlay;
import org.geoprospect.render.RasterCanvas;
import org.geoprospect.render.Viewport;

/**
 * The "escaping prospects (Huff)" layer as a map overlay: households painted by their probability of
 * choosing us ({@link EscapeRampPainter}). Immutable inputs; one paint at a time.
 */
public final class EscapeRampOverlay implements MapOverlay {
    private final PackedPointIndex index;
    private final Selection filter;
    private final float[] usProbability;
    private final EscapeRampPainter painter = new EscapeRampPainter();

    /**
     * @param index         the household index, not null
     * @param filter        the households shown, or null for all
     * @param usProbability per household, the probability of choosing us (shared, not copied)
     */
    public EscapeRampOverlay(PackedPointIndex index, Selection filter, float[] usProbability) {
        this.index = Objects.requireNonNull(index, "index");
        this.filter = filter;
        this.usProbability = Objects.requireNonNull(usProbability, "usProbability");
    }

    @Override
    public void paint(RasterCanvas canvas, Viewport viewport, ProgressMonitor monitor) {
        painter.paint(canvas, viewport, index, filter, usProbability, monitor);
    }
}

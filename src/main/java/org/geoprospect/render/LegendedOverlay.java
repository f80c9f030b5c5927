package org.geoprospect.render;

import java.util.List;
import java.util.function.Function;

/**
 * An overlay that is a subject of its own (e.g. a sales tour's route), not a decoration of the point
 * layers: it brings its legend lines, and an exported image of the map draws it as the screen does.
 * Implementations are immutable, so the same instance may be painted by the screen's render thread
 * and an export's thread at once.
 */
public interface LegendedOverlay extends MapOverlay {
    /**
     * Its legend lines, top first.
     *
     * @param textOfKey turns a message key into its text, unformatted ({@code {0}} placeholders kept)
     */
    List<LegendPainter.Line> legendLines(Function<String, String> textOfKey);

    /**
     * Its legend lines for a map drawn in {@code viewport} (a printed map's legend): only what the overlay draws
     * there, the swatches at the view's {@linkplain Viewport#deviceScale() device scale}. By default the lines of
     * {@link #legendLines(Function)}.
     */
    default List<LegendPainter.Line> legendLines(Function<String, String> textOfKey, Viewport viewport) {
        return legendLines(textOfKey);
    }
}

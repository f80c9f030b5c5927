package org.geoprospect.render.layout;

import java.util.Objects;
import org.geoprospect.render.Viewport;

/**
 * A map layout computed for one page: where each part goes, in points from the page's top-left corner,
 * and what the map frame shows. The legend sits beside the map (to its right) or below it, never over
 * it; the scale bar and north arrow sit in a strip under the map; nothing is drawn on the map itself.
 * Made by {@link MapLayoutEngine}; drawn by {@link LayoutPainter}. Immutable.
 *
 * @param page        the page
 * @param placement   where the legend went
 * @param title       the title's lines
 * @param subtitle    the subtitle's lines (may have none)
 * @param map         the map frame, on whole pixels of the page's raster
 * @param viewport    what the map frame shows, sized in the frame's pixels
 * @param legend      the legend, or null when there is none
 * @param scaleBar    the scale bar
 * @param northArrow  the north arrow's box
 * @param credits     the credits' lines (may have none)
 */
public record MapLayout(PageFormat page, Placement placement, TextBlock title, TextBlock subtitle, Rect map,
                        Viewport viewport, LegendFrame legend, ScaleBarFrame scaleBar, Rect northArrow, TextBlock credits) {
    /** Where the legend is. */
    public enum Placement { BESIDE, BELOW, NONE }

    public MapLayout {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(placement, "placement");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subtitle, "subtitle");
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(viewport, "viewport");
        Objects.requireNonNull(scaleBar, "scaleBar");
        Objects.requireNonNull(northArrow, "northArrow");
        Objects.requireNonNull(credits, "credits");
    }

    /** The whole page. */
    public Rect pageBounds() {
        return new Rect(0, 0, page.widthPt(), page.heightPt());
    }

    /** The share (0..1) of the map frame the legend's box covers: 0 by construction, tested. */
    public double legendOverMap() {
        return legend == null ? 0 : legend.bounds().intersectionArea(map) / map.area();
    }

    /**
     * The scale bar under the map.
     *
     * @param bar        the bar itself (alternating black and white quarters)
     * @param metres     the length it stands for
     * @param label      its length in words, e.g. "10 km"
     * @param scaleText  the numeric scale of a paper map (e.g. "Scale 1:250,000"), or empty for an image in pixels
     * @param style      the labels' style
     */
    public record ScaleBarFrame(Rect bar, double metres, String label, String scaleText, TextStyle style) {
        public ScaleBarFrame {
            Objects.requireNonNull(bar, "bar");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(scaleText, "scaleText");
            Objects.requireNonNull(style, "style");
        }
    }
}

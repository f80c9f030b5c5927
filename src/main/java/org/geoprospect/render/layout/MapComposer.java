package org.geoprospect.render.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.render.MapRenderer;
import org.geoprospect.render.RasterCanvas;
import org.geoprospect.render.RenderResult;
import org.geoprospect.render.Viewport;
import org.locationtech.jts.geom.Envelope;

/**
 * Makes a printed map: lays the page out around the legend of what the map draws, then draws the map for
 * its frame with {@link MapRenderer} (without its on-map scale bar and north arrow: the layout has its
 * own, beside the map), at the page's {@linkplain PageFormat#deviceScale() device scale}, so that symbols and
 * labels print at their screen size in points.
 *
 * <p>The legend depends on the view (the dot sizes shown, households only past 1:25,000, what lies in the
 * frame) and the view on the legend (its size sets the frame's): the legend is computed for a first view,
 * the page laid out, the legend computed again for the frame's view, and the page laid out again until the
 * two agree (at most four rounds; should a line still come and go at a threshold, the legend keeps the
 * lines of the last two rounds, so that nothing drawn goes unexplained). Stateless; each call renders with
 * a renderer of its own, so calls may run on several threads.
 */
public final class MapComposer {
    private static final int ROUNDS = 4;

    private MapComposer() {
    }

    /**
     * Composes a page.
     *
     * @param page       the page
     * @param texts      its words
     * @param scene      what the map draws
     * @param area       what the map frame must show, in the project CRS
     * @param withLegend whether to give the map a legend
     * @param textOfKey  the legend's words by message key
     * @param monitor    checked for cancellation while the map is drawn
     * @throws IllegalArgumentException with one sentence when the page is too small
     * @throws org.geoprospect.model.CancelledException when cancelled
     */
    public static ComposedMap compose(PageFormat page, LayoutTexts texts, MapScene scene, Envelope area, boolean withLegend,
                                      Function<String, String> textOfKey, ProgressMonitor monitor) {
        List<LegendItem> legend = List.of();
        MapLayout layout;
        if (withLegend) {
            // A first view: the area fitted into the page less its margins, close to the frame it will get.
            Viewport first = Viewport.fitting(area, Math.max(1, (int) (page.widthPx() * 0.7)),
                    Math.max(1, (int) (page.heightPx() * 0.7))).withDeviceScale(page.deviceScale());
            legend = SceneLegend.items(scene, first, textOfKey);
            layout = MapLayoutEngine.layout(page, texts, legend, area);
            for (int round = 1; round < ROUNDS; round++) {
                List<LegendItem> again = SceneLegend.items(scene, layout.viewport(), textOfKey);
                if (subjects(again).equals(subjects(legend))) {
                    break;
                }
                List<LegendItem> previous = legend;
                legend = round == ROUNDS - 1 ? union(previous, again) : again;
                layout = MapLayoutEngine.layout(page, texts, legend, area);
            }
        } else {
            layout = MapLayoutEngine.layout(page, texts, legend, area);
        }
        Viewport view = layout.viewport();
        RasterCanvas map = new RasterCanvas(view.width(), view.height());
        RenderResult drawn = new MapRenderer().setDecorations(false).render(scene.layers(), scene.overlays(), view, map, monitor);
        return new ComposedMap(layout, map, legend, drawn.labels());
    }

    private static List<String> subjects(List<LegendItem> items) {
        List<String> subjects = new ArrayList<>();
        for (LegendItem item : items) {
            subjects.add(item.subject());
        }
        return subjects;
    }

    /** The lines of {@code b}, with those only in {@code a} inserted after the line they followed in {@code a}. */
    private static List<LegendItem> union(List<LegendItem> a, List<LegendItem> b) {
        List<LegendItem> merged = new ArrayList<>(b);
        List<String> subjects = subjects(merged);
        for (int i = 0; i < a.size(); i++) {
            if (subjects.contains(a.get(i).subject())) {
                continue;
            }
            int at = i == 0 ? 0 : subjects.indexOf(a.get(i - 1).subject()) + 1;
            merged.add(at, a.get(i));
            subjects.add(at, a.get(i).subject());
        }
        return merged;
    }
}

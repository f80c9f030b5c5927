package org.geoprospect.render.points;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.geoprospect.analysis.aggregation.ProspectDotMap;
import org.geoprospect.analysis.aggregation.ProspectDots;
import org.geoprospect.index.Selection;
import org.geoprospect.model.Client;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.render.MapOverlay;
import org.geoprospect.render.RasterCanvas;
import org.geoprospect.render.Viewport;

/**
 * Paints the map selection and the highlighted clients over the point layers, in blue (a hue no
 * other point layer uses).
 *
 * <p>Selected households: past {@link ProspectDots#RECORDS_SCALE_DENOMINATOR}, each selected household
 * is a blue marker over its orange one. At overview scales the selection is aggregated exactly as the
 * prospect dots are ({@link ProspectDots#aggregate}: the same zoom-anchored grid, groups of 10/25/50,
 * a remainder under 10 dropped), and drawn as blue dots: so the selection never reveals a group of
 * fewer than 10 households, even when it is small or its outline cuts a place in two. A selection of
 * under 10 households therefore shows nothing at overview scales; the status bar still gives its
 * count ("<10" is not needed there: the analyst drew it and sees who is in it by zooming in).
 *
 * <p>Clients selected or highlighted get a blue ring {@value #RING_GAP} px outside their diamond, whatever its
 * size. Everything here is ground ({@link MapOverlay#paint}): the clients' diamonds and the competitors' red
 * squares are painted over it, so a selection never hides them (the ring shows around its diamond). Sizes are
 * reference pixels, times the view's {@linkplain Viewport#deviceScale() device scale}; the aggregation is made at the
 * view's reference resolution, as the prospect dots'. Thread-safe (immutable stamps; ring stamps are made per
 * render); one canvas at a time.
 */
public final class SelectionOverlay implements MapOverlay {
    /** Pixels between a client's diamond and its selection ring. */
    static final int RING_GAP = 4;
    private final PointLayers layers;
    private final Selection households;
    private final Selection clients;
    private final HouseholdMarkerPainter markers = new HouseholdMarkerPainter(SelectionOverlay::householdStamp);
    private final ProspectDotPainter dots = new ProspectDotPainter(PointLegend.SELECTION_FILL, PointLegend.SELECTION_RIM);

    /**
     * @param layers     the point layers the ids refer to
     * @param households selected household ids, or null for none
     * @param clients    selected or highlighted client positions, or null for none
     */
    public SelectionOverlay(PointLayers layers, Selection households, Selection clients) {
        this.layers = layers;
        this.households = households;
        this.clients = clients;
    }

    /** The blue marker of a selected household, on screen. */
    public static Stamp householdStamp() {
        return householdStamp(1);
    }

    /** The blue marker of a selected household at a device scale. */
    public static Stamp householdStamp(double scale) {
        return Stamp.disc(3.2 * scale, PointLegend.SELECTION_FILL, PointLegend.SELECTION_RIM, 1.2f * (float) scale);
    }

    /** The ring around a client's diamond of that half diagonal (reference pixels) at a device scale. */
    static Stamp ring(int diamondRadius, double scale) {
        return Stamp.disc((diamondRadius + RING_GAP) * scale, 0, PointLegend.SELECTION_RIM, 2f * (float) scale);
    }

    @Override
    public void paint(RasterCanvas canvas, Viewport viewport, ProgressMonitor monitor) {
        if (households != null && !households.isEmpty() && layers.households() != null
                && households.universe() == layers.households().size()) {
            if (ProspectDots.showsRecords(viewport.scaleDenominator())) {
                markers.paint(canvas, viewport, layers.householdIndex(), households, monitor);
            } else {
                ProspectDotMap map = ProspectDots.aggregate(layers.householdIndex(), households,
                        viewport.envelope(), viewport.referenceMetresPerPixel(), monitor);
                dots.paint(canvas, viewport, map.dots(), monitor);
            }
        }
        if (clients != null && !clients.isEmpty()) {
            List<Client> all = layers.clients();
            int[] radii = ClientMarkerPainter.radii(all, layers.clientSizing());
            Map<Integer, Stamp> rings = new HashMap<>();
            clients.forEach(id -> {
                if (id < all.size()) {
                    Client c = all.get(id);
                    Stamp ring = rings.computeIfAbsent(radii[id], r -> ring(r, viewport.deviceScale()));
                    ring.blit(canvas.pixels(), canvas.width(), canvas.height(),
                            (int) Math.floor(viewport.toScreenX(c.x())), (int) Math.floor(viewport.toScreenY(c.y())));
                }
            });
        }
    }
}

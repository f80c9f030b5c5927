package org.geoprospect.render.points;

import org.geoprospect.analysis.aggregation.ProspectDotMap;
import org.geoprospect.analysis.aggregation.ProspectDots;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.render.MapOverlay;
import org.geoprospect.render.RasterCanvas;
import org.geoprospect.render.Viewport;
import org.geoprospect.render.labels.LabelPlacer;

/**
 * Paints the point layers the way the customer's maps show them: at overview scales the remaining
 * potential as prospect dots of 10/25/50 households (never a group under 10); zoomed in past
 * {@link ProspectDots#RECORDS_SCALE_DENOMINATOR}, the individual households. Those are the ground; the
 * clients' diamonds and then the competitors' red squares are {@linkplain #paintMarkers markers}, painted
 * over every overlay's ground (a selection's blue dots included). Labels go to the map's placer: the
 * competitors' names (first of all labels), the households' codes and interests past
 * {@link HouseholdLabels#LABELS_SCALE_DENOMINATOR}, and the clients' and competitors' markers as obstacles.
 *
 * <p>Thread-safety: painters are created per instance; one paint at a time. {@link #collectLabels} reads
 * only the immutable layers, so it may run while {@link #paint} does.
 */
public final class PointLayersOverlay implements MapOverlay {
    private final PointLayers layers;
    private final ProspectDotPainter dots = new ProspectDotPainter();
    private final HouseholdMarkerPainter markers = new HouseholdMarkerPainter();
    private final ClientMarkerPainter clients = new ClientMarkerPainter();
    private final CompetitorPainter competitors = new CompetitorPainter();

    public PointLayersOverlay(PointLayers layers) {
        this.layers = layers;
    }

    @Override
    public void paint(RasterCanvas canvas, Viewport viewport, ProgressMonitor monitor) {
        if (layers.households() == null) {
            return;
        }
        if (ProspectDots.showsRecords(viewport.scaleDenominator())) {
            markers.paint(canvas, viewport, layers.householdIndex(), layers.potential(), monitor);
        } else {
            // The grid and the dots' spacing at the reference resolution: a print shows the screen's dots, larger.
            ProspectDotMap map = ProspectDots.aggregate(layers.householdIndex(), layers.potential(),
                    viewport.envelope(), viewport.referenceMetresPerPixel(), monitor);
            dots.paint(canvas, viewport, map.dots(), monitor);
        }
    }

    /** Clients, then competitors on top: the competitor is what explains the prospects around it. */
    @Override
    public void paintMarkers(RasterCanvas canvas, Viewport viewport, ProgressMonitor monitor) {
        clients.paint(canvas, viewport, layers.clients(), layers.clientSizing(), layers.clientColouring(), monitor);
        competitors.paint(canvas, viewport, layers.competitors(), monitor);
    }

    @Override
    public void collectLabels(LabelPlacer labels, Viewport viewport) {
        ClientMarkerPainter.collectObstacles(labels, viewport, layers.clients(), layers.clientSizing());
        competitors.collectLabels(labels, viewport, layers.competitors());
        if (layers.households() != null && ProspectDots.showsRecords(viewport.scaleDenominator())) {
            HouseholdLabels.collect(labels, viewport, layers.householdIndex(), layers.households(), layers.potential(),
                    markers.markerRadius(viewport.deviceScale()));
        }
    }
}

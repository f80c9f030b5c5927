package org.geoprospect.render.points;

import org.geoprospect.analysis.aggregation.ProspectDotMap;
import org.geoprospect.analysis.aggregation.ProspectDots;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.render.MapOverlay;
import org.geoprospect.render.RasterCanvas;
import org.geoprospect.render.Viewport;

/**
 * Paints the point layers the way the customer's maps show them: at overview scales the remaining
 * potential as prospect dots of 10/25/50 households (never a group under 10); zoomed in past
 * {@link ProspectDots#RECORDS_SCALE_DENOMINATOR}, the individual households, labelled with their
 * anonymous code and interests past {@link HouseholdLabelPainter#LABELS_SCALE_DENOMINATOR}; then
 * clients, then competitors (red squares with names) on top.
 *
 * <p>Thread-safety: painters are created per instance; one paint at a time.
 */
public final class PointLayersOverlay implements MapOverlay {
    private final PointLayers layers;
    private final ProspectDotPainter dots = new ProspectDotPainter();
    private final HouseholdMarkerPainter markers = new HouseholdMarkerPainter();
    private final HouseholdLabelPainter labels = new HouseholdLabelPainter();
    private final ClientMarkerPainter clients = new ClientMarkerPainter();
    private final CompetitorPainter competitors = new CompetitorPainter();

    public PointLayersOverlay(PointLayers layers) {
        this.layers = layers;
    }

    @Override
    public void paint(RasterCanvas canvas, Viewport viewport, ProgressMonitor monitor) {
        if (layers.households() != null) {
            double scale = viewport.scaleDenominator();
            if (ProspectDots.showsRecords(scale)) {
                markers.paint(canvas, viewport, layers.householdIndex(), layers.potential(), monitor);
                if (HouseholdLabelPainter.showsLabels(scale)) {
                    labels.paint(canvas, viewport, layers.householdIndex(), layers.households(), layers.potential(),
                            markers.markerRadius(), monitor);
                }
            } else {
                ProspectDotMap map = ProspectDots.aggregate(layers.householdIndex(), layers.potential(),
                        ProspectDotPainter.reachingEnvelope(viewport), viewport.metresPerPixel(), monitor);
                dots.paint(canvas, viewport, map.dots(), monitor);
            }
        }
        clients.paint(canvas, viewport, layers.clients(), layers.clientSizing(), monitor);
        competitors.paint(canvas, viewport, layers.competitors(), false, monitor);
    }

    /** Competitors' names go above the map's labels: they are what the analyst looks for. */
    @Override
    public void paintAboveLabels(RasterCanvas canvas, Viewport viewport, ProgressMonitor monitor) {
        competitors.paintNames(canvas, viewport, layers.competitors());
    }
}

package org.geoprospect.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.geoprospect.geo.CoordinateTransform;
import org.geoprospect.geo.GeometryReprojector;
import org.geoprospect.geo.Srids;
import org.geoprospect.io.image.PngWriter;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.render.LayerDrawing;
import org.geoprospect.render.LayerLook;
import org.geoprospect.render.LegendPainter;
import org.geoprospect.render.MapLegend;
import org.geoprospect.render.MapOverlay;
import org.geoprospect.render.MapRenderer;
import org.geoprospect.render.RasterCanvas;
import org.geoprospect.render.Viewport;
import org.geoprospect.render.points.PointLayersOverlay;
import org.locationtech.jts.geom.Envelope;

/**
 * Map images of a project, drawn by the same renderer as the map window, with the layers' saved looks
 * (order, opacity, labels, styles), the scale bar and north arrow, and by default a legend box in the
 * bottom-right corner.
 */
public final class MapExportService {
    /**
     * The English texts of the legend's point symbols. They live in the window's message bundle (read as
     * a resource, not through the UI's classes) so the image and the window say the same words.
     */
    private static final String LEGEND_BUNDLE = "org.geoprospect.ui.messages";
    private static final String LEGEND_TITLE_KEY = "legend.title";

    /** {@link #renderPng(Path, Path, int, int, Envelope, boolean)} with the legend. */
    public void renderPng(Path projectDir, Path out, int width, int height, Envelope area4326) throws IOException {
        renderPng(projectDir, out, width, height, area4326, true);
    }

    /**
     * Renders the project's map into a PNG file.
     *
     * @param area4326 the area to show in WGS84 degrees (x = longitude), or null for the full extent
     * @param legend   whether to draw the legend box
     */
    public void renderPng(Path projectDir, Path out, int width, int height, Envelope area4326, boolean legend)
            throws IOException {
        MapContent content = new ProjectService().mapContent(projectDir, ProgressMonitor.NONE);
        Map<String, LayerLook> looks = new LayerStyleService().looks(projectDir);
        Envelope area = area4326 == null ? content.fullExtent()
                : new GeometryReprojector(CoordinateTransform.between(Srids.WGS84, content.projectSrid())).reproject(area4326);
        if (area.isNull()) {
            throw new UserFacingException("The project in " + projectDir + " has no layer to draw yet; import a layer first.");
        }
        List<LayerDrawing> drawings = LayerStyleService.drawings(content.layers(), looks);
        List<MapOverlay> overlays = content.points().isEmpty() ? List.of() : List.of(new PointLayersOverlay(content.points()));
        RasterCanvas canvas = new RasterCanvas(width, height);
        new MapRenderer().render(drawings, overlays, Viewport.fitting(area, width, height), canvas, ProgressMonitor.NONE);
        if (legend) {
            ResourceBundle texts = legendTexts();
            LegendPainter.paint(canvas, texts.getString(LEGEND_TITLE_KEY),
                    MapLegend.lines(content.points(), true, true, true, drawings, texts::getString));
        }
        PngWriter.write(canvas, out);
    }

    private static ResourceBundle legendTexts() {
        return ResourceBundle.getBundle(LEGEND_BUNDLE, Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}

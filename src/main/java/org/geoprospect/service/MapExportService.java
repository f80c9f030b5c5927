package org.geoprospect.service;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.geoprospect.analysis.rfm.RfmOptions;
import org.geoprospect.geo.CoordinateTransform;
import org.geoprospect.geo.GeometryReprojector;
import org.geoprospect.geo.Srids;
import org.geoprospect.io.image.PngWriter;
import org.geoprospect.io.layout.LayoutFiles;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.render.LayerDrawing;
import org.geoprospect.render.LayerLook;
import org.geoprospect.render.MapOverlay;
import org.geoprospect.render.MapRenderer;
import org.geoprospect.render.RasterCanvas;
import org.geoprospect.render.Viewport;
import org.geoprospect.render.layout.ComposedMap;
import org.geoprospect.render.layout.LayoutTexts;
import org.geoprospect.render.layout.MapComposer;
import org.geoprospect.render.layout.MapScene;
import org.geoprospect.render.points.ClientColouring;
import org.geoprospect.render.points.PointScene;
import org.locationtech.jts.geom.Envelope;

/**
 * Map images and printable maps of a project, drawn by the same renderer as the map window, with the
 * layers' saved looks (order, opacity, labels, styles): a map layout (title, date, map, legend beside or
 * below it, scale bar, north arrow, credits; {@link #renderLayout}) as PNG or PDF, or the map alone
 * filling an image with its scale bar and north arrow ({@link #renderPng} without legend). Every point
 * layer is shown; nothing is selected.
 */
public final class MapExportService {
    /**
     * The texts of the legend and the layout. They live in the window's message bundle (read as a resource,
     * not through the UI's classes) so the printed map and the window say the same words.
     */
    private static final String LEGEND_BUNDLE = "org.geoprospect.ui.messages";
    private static final String LEGEND_TITLE_KEY = "legend.title";
    private static final String SCALE_WORD_KEY = "layout.scale";

    /**
     * Renders the project's map alone into a PNG file: the map fills the image, with its scale bar (bottom
     * left) and north arrow (top right) drawn on it, no title and no legend ({@code render --no-legend}).
     *
     * @param area4326 the area to show in WGS84 degrees (x = longitude), or null for the full extent
     */
    public void renderPng(Path projectDir, Path out, int width, int height, Envelope area4326) throws IOException {
        renderPng(projectDir, out, width, height, area4326, null);
    }

    /**
     * {@link #renderPng(Path, Path, int, int, Envelope)} with the clients coloured by their RFM segment on
     * {@code segmentsOn} (null: by category).
     *
     * @throws SegmentService.NoOrdersException when segments are asked for and the project has no orders
     */
    public void renderPng(Path projectDir, Path out, int width, int height, Envelope area4326, LocalDate segmentsOn)
            throws IOException {
        MapContent content = withClientColours(projectDir, new ProjectService().mapContent(projectDir, ProgressMonitor.NONE),
                segmentsOn);
        Map<String, LayerLook> looks = new LayerStyleService().looks(projectDir);
        Envelope area = areaOf(projectDir, content, area4326);
        List<LayerDrawing> drawings = LayerStyleService.drawings(content.layers(), looks);
        List<MapOverlay> overlays = PointScene.allShown(content.points()).overlays();
        RasterCanvas canvas = new RasterCanvas(width, height);
        new MapRenderer().render(drawings, overlays, Viewport.fitting(area, width, height), canvas, ProgressMonitor.NONE);
        PngWriter.write(canvas, out);
    }

    /**
     * Writes a map layout of the project: a PDF or a PNG, as the file's name says.
     *
     * @throws IllegalArgumentException with one sentence for a file that is neither .png nor .pdf, or a page too small
     * @throws UserFacingException when the project has nothing to draw
     * @throws IOException when the file cannot be written
     */
    public void renderLayout(Path projectDir, Path out, MapLayoutRequest request) throws IOException {
        LayoutFiles.formatOf(out);
        MapContent content = withClientColours(projectDir, new ProjectService().mapContent(projectDir, ProgressMonitor.NONE),
                request.clientsBySegment() ? request.date() : null);
        Envelope area = areaOf(projectDir, content, request.area4326());
        List<LayerDrawing> drawings = LayerStyleService.drawings(content.layers(), new LayerStyleService().looks(projectDir));
        ResourceBundle texts = legendTexts(request.locale());
        String title = request.title() == null || request.title().isBlank() ? new ProjectService().projectName(projectDir)
                : request.title();
        if (title.isBlank()) {
            title = projectDir.getFileName() == null ? projectDir.toString() : projectDir.getFileName().toString();
        }
        String credits = request.credits() != null ? request.credits()
                : new MapCreditsService().credits(projectDir, texts::getString);
        LayoutTexts words = new LayoutTexts(title, LayoutTexts.longDate(request.date(), request.locale()), credits,
                texts.getString(LEGEND_TITLE_KEY), texts.getString(SCALE_WORD_KEY), request.locale());
        MapScene scene = new MapScene(drawings, PointScene.allShown(content.points()));
        ComposedMap map = MapComposer.compose(request.page(), words, scene, area, request.legend(), texts::getString,
                ProgressMonitor.NONE);
        LayoutFiles.write(map, out, title);
    }

    /** The content with its clients coloured by RFM segment on {@code segmentsOn}; unchanged when it is null. */
    private static MapContent withClientColours(Path projectDir, MapContent content, LocalDate segmentsOn) {
        if (segmentsOn == null) {
            return content;
        }
        var segments = new SegmentService().segments(projectDir, RfmOptions.defaults(segmentsOn)).segmentByCode();
        return content.withPoints(content.points().withClientColouring(ClientColouring.bySegment(segments)));
    }

    private static Envelope areaOf(Path projectDir, MapContent content, Envelope area4326) {
        Envelope area = area4326 == null ? content.fullExtent()
                : new GeometryReprojector(CoordinateTransform.between(Srids.WGS84, content.projectSrid())).reproject(area4326);
        if (area.isNull()) {
            throw new UserFacingException("The project in " + projectDir + " has no layer to draw yet; import a layer first.");
        }
        return area;
    }

    /** The window's texts in {@code locale} (English unless a bundle of that language exists). */
    public static ResourceBundle legendTexts(Locale locale) {
        return ResourceBundle.getBundle(LEGEND_BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

}

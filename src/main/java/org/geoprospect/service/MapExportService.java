package org.geoprospect.service;

import java.io.IOException;
import java.nio.file.Path;
import org.geoprospect.geo.CoordinateTransform;
import org.geoprospect.geo.GeometryReprojector;
import org.geoprospect.geo.Srids;
import org.geoprospect.io.image.PngWriter;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.render.MapRenderer;
import org.geoprospect.render.RasterCanvas;
import org.geoprospect.render.Viewport;
import org.locationtech.jts.geom.Envelope;

/** Map images of a project, drawn by the same renderer as the map window. */
public final class MapExportService {
    /**
     * Renders the project's map into a PNG file.
     *
     * @param area4326 the area to show in WGS84 degrees (x = longitude), or null for the full extent
     */
    public void renderPng(Path projectDir, Path out, int width, int height, Envelope area4326) throws IOException {
        MapContent content = new ProjectService().mapContent(projectDir, ProgressMonitor.NONE);
        Envelope area = area4326 == null ? content.fullExtent()
                : new GeometryReprojector(CoordinateTransform.between(Srids.WGS84, content.projectSrid())).reproject(area4326);
        if (area.isNull()) {
            throw new UserFacingException("The project in " + projectDir + " has no layer to draw yet; import a layer first.");
        }
        RasterCanvas canvas = new RasterCanvas(width, height);
        new MapRenderer().render(content, Viewport.fitting(area, width, height), canvas, ProgressMonitor.NONE);
        PngWriter.write(canvas, out);
    }
}

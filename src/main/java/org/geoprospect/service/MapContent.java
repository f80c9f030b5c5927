package org.geoprospect.service;

import java.util.List;
import org.geoprospect.model.VectorLayer;
import org.geoprospect.render.points.PointLayers;
import org.locationtech.jts.geom.Envelope;

/**
 * Everything the map draws for a project, already in the project CRS.
 *
 * @param projectSrid EPSG code of the project CRS (planar, metres)
 * @param layers      vector layers in drawing order (first drawn first, i.e. at the bottom)
 * @param fullExtent  the extent that "zoom to full extent" shows, in the project CRS
 * @param points      households, clients and competitors, drawn above the layers
 */
public record MapContent(int projectSrid, List<VectorLayer> layers, Envelope fullExtent, PointLayers points) {
    public MapContent {
        layers = List.copyOf(layers);
        fullExtent = new Envelope(fullExtent);
        java.util.Objects.requireNonNull(points, "points");
    }

    /** Content with vector layers only. */
    public MapContent(int projectSrid, List<VectorLayer> layers, Envelope fullExtent) {
        this(projectSrid, layers, fullExtent, PointLayers.EMPTY);
    }
}

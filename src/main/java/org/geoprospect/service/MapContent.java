package org.geoprospect.service;

import java.util.List;
import org.geoprospect.model.VectorLayer;
import org.locationtech.jts.geom.Envelope;

/**
 * Everything the map draws for a project, already in the project CRS.
 *
 * @param projectSrid EPSG code of the project CRS (planar, metres)
 * @param layers      vector layers in drawing order (first drawn first, i.e. at the bottom)
 * @param fullExtent  the extent that "zoom to full extent" shows, in the project CRS
 */
public record MapContent(int projectSrid, List<VectorLayer> layers, Envelope fullExtent) {
    public MapContent {
        layers = List.copyOf(layers);
        fullExtent = new Envelope(fullExtent);
    }
}

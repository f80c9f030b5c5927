package org.geoprospect.service;

import java.util.List;
import java.util.Map;
import org.geoprospect.model.VectorLayer;
import org.geoprospect.render.LayerLook;
import org.geoprospect.render.points.PointLayers;
import org.locationtech.jts.geom.Envelope;

/**
 * Everything the map draws for a project, already in the project CRS, read in one opening of the
 * project so that the first frame can be drawn as the user left it.
 *
 * @param projectSrid EPSG code of the project CRS (planar, metres)
 * @param layers      vector layers in drawing order (first drawn first, i.e. at the bottom)
 * @param fullExtent  the extent that "zoom to full extent" shows, in the project CRS
 * @param points      households, clients and competitors, drawn above the layers
 * @param projectName the project's display name ("" when unknown)
 * @param looks       the looks saved for layers by name (style, opacity, labels); a layer absent has the default
 * @param lookProblems one sentence per saved look that could not be read (its layer is drawn with the default)
 */
public record MapContent(int projectSrid, List<VectorLayer> layers, Envelope fullExtent, PointLayers points,
                         String projectName, Map<String, LayerLook> looks, List<String> lookProblems) {
    public MapContent {
        layers = List.copyOf(layers);
        fullExtent = new Envelope(fullExtent);
        java.util.Objects.requireNonNull(points, "points");
        projectName = projectName == null ? "" : projectName;
        looks = looks == null ? Map.of() : Map.copyOf(looks);
        lookProblems = lookProblems == null ? List.of() : List.copyOf(lookProblems);
    }

    /** Content without a name nor saved looks (tests, synthetic maps). */
    public MapContent(int projectSrid, List<VectorLayer> layers, Envelope fullExtent, PointLayers points) {
        this(projectSrid, layers, fullExtent, points, "", Map.of(), List.of());
    }

    /** The same content with other point layers (e.g. the clients coloured another way). */
    public MapContent withPoints(PointLayers other) {
        return new MapContent(projectSrid, layers, fullExtent, other, projectName, looks, lookProblems);
    }

    /** Content with vector layers only. */
    public MapContent(int projectSrid, List<VectorLayer> layers, Envelope fullExtent) {
        this(projectSrid, layers, fullExtent, PointLayers.EMPTY);
    }
}

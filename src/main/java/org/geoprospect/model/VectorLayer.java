package org.geoprospect.model;

import java.util.List;

/**
 * A vector layer held in memory: its description and its features in the project CRS.
 *
 * @param features unmodifiable list, in feature id order
 */
public record VectorLayer(LayerInfo info, List<VectorFeature> features) {
    public VectorLayer {
        features = List.copyOf(features);
    }
}

package org.geoprospect.ui.layers;

import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableValue;
import org.geoprospect.render.points.PointLayers;

/**
 * What the layer panel needs to list the point layers: their visibility switches and the point layers
 * of the loaded content (for the legend's client categories). FX-thread confined.
 *
 * @param households  shows or hides the households (dots, or records zoomed in)
 * @param clients     shows or hides the customer-file contacts
 * @param competitors shows or hides the competitors
 * @param escape      shows or hides the "escaping prospects (Huff)" colour ramp
 * @param points      the loaded point layers; its value may be null before a project is loaded
 * @param potentialNote what the prospect dots count while they show a target's households (null value: every
 *                      household), said in the legend
 */
public record PointLayerToggles(BooleanProperty households, BooleanProperty clients, BooleanProperty competitors,
                                BooleanProperty escape, ObservableValue<PointLayers> points,
                                ObservableValue<String> potentialNote) {
    public PointLayerToggles {
        Objects.requireNonNull(households, "households");
        Objects.requireNonNull(clients, "clients");
        Objects.requireNonNull(competitors, "competitors");
        Objects.requireNonNull(escape, "escape");
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(potentialNote, "potentialNote");
    }
}

package org.geoprospect.ui.layers;

import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;
import org.geoprospect.render.points.PointLayers;
import org.geoprospect.ui.map.ClientColourChoice;

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
 * @param clientColours what the clients are coloured by (category, RFM segment)
 * @param clientColoursNote what the clients' colours mean or why the chosen colouring is not drawn (null: nothing to say)
 */
public record PointLayerToggles(BooleanProperty households, BooleanProperty clients, BooleanProperty competitors,
                                BooleanProperty escape, ObservableValue<PointLayers> points,
                                ObservableValue<String> potentialNote, ObjectProperty<ClientColourChoice> clientColours,
                                ObservableValue<String> clientColoursNote) {
    public PointLayerToggles {
        Objects.requireNonNull(households, "households");
        Objects.requireNonNull(clients, "clients");
        Objects.requireNonNull(competitors, "competitors");
        Objects.requireNonNull(escape, "escape");
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(potentialNote, "potentialNote");
        Objects.requireNonNull(clientColours, "clientColours");
        Objects.requireNonNull(clientColoursNote, "clientColoursNote");
    }
}

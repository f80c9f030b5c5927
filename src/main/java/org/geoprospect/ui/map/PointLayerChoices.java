package org.geoprospect.ui.map;

import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.geoprospect.analysis.huff.EscapeColumns;
import org.geoprospect.index.Selection;
import org.geoprospect.render.MapOverlay;
import org.geoprospect.render.points.ClientColouring;
import org.geoprospect.render.points.PointLayers;
import org.geoprospect.render.points.PointScene;

/**
 * What the user chose about the point layers (households, clients, competitors shown or not) and what
 * the targeting side asks them to show (the criterion limiting the prospect dots, the selection, the
 * highlighted clients), turned into the overlays the renderer paints. FX-thread confined; the
 * overlays it builds are immutable inputs for the render thread.
 */
public final class PointLayerChoices {
    private final BooleanProperty householdsVisible = new SimpleBooleanProperty(this, "householdsVisible", true);
    private final BooleanProperty clientsVisible = new SimpleBooleanProperty(this, "clientsVisible", true);
    private final BooleanProperty competitorsVisible = new SimpleBooleanProperty(this, "competitorsVisible", true);
    private final BooleanProperty escapeVisible = new SimpleBooleanProperty(this, "escapeVisible", false);
    private final ObjectProperty<EscapeColumns> escapeColumns = new SimpleObjectProperty<>(this, "escapeColumns");
    private final ObjectProperty<Selection> potential = new SimpleObjectProperty<>(this, "potential");
    private final ObjectProperty<Selection> selectedHouseholds = new SimpleObjectProperty<>(this, "selectedHouseholds");
    private final ObjectProperty<Selection> selectedClients = new SimpleObjectProperty<>(this, "selectedClients");
    private final ObjectProperty<Selection> highlightedClients = new SimpleObjectProperty<>(this, "highlightedClients");
    private final ObjectProperty<ClientColourChoice> clientColourChoice = new SimpleObjectProperty<>(this,
            "clientColourChoice", ClientColourChoice.CATEGORY);
    private final ObjectProperty<ClientColouring> clientColouring = new SimpleObjectProperty<>(this, "clientColouring",
            ClientColouring.BY_CATEGORY);
    private final StringProperty clientColouringNote = new SimpleStringProperty(this, "clientColouringNote");

    public BooleanProperty householdsVisibleProperty() {
        return householdsVisible;
    }

    public BooleanProperty clientsVisibleProperty() {
        return clientsVisible;
    }

    public BooleanProperty competitorsVisibleProperty() {
        return competitorsVisible;
    }

    /**
     * Whether the "escaping prospects (Huff)" layer is shown: households painted by their probability of
     * choosing us instead of the prospect dots and markers (off by default).
     */
    public BooleanProperty escapeVisibleProperty() {
        return escapeVisible;
    }

    /** The Huff columns of the loaded households, once computed; null until then. */
    public ObjectProperty<EscapeColumns> escapeColumnsProperty() {
        return escapeColumns;
    }

    /** The households counted as potential by the dots (a criterion); null: all. */
    public ObjectProperty<Selection> potentialProperty() {
        return potential;
    }

    public ObjectProperty<Selection> selectedHouseholdsProperty() {
        return selectedHouseholds;
    }

    public ObjectProperty<Selection> selectedClientsProperty() {
        return selectedClients;
    }

    public ObjectProperty<Selection> highlightedClientsProperty() {
        return highlightedClients;
    }

    /** What the user colours the clients by (category by default). */
    public ObjectProperty<ClientColourChoice> clientColourChoiceProperty() {
        return clientColourChoice;
    }

    /** The colouring drawn: by category until the chosen one (e.g. the RFM segments) is computed. */
    public ObjectProperty<ClientColouring> clientColouringProperty() {
        return clientColouring;
    }

    /** Why the chosen colouring cannot be drawn (no orders for RFM segments), or null. */
    public StringProperty clientColouringNoteProperty() {
        return clientColouringNote;
    }

    /** Everything whose change needs a redraw. */
    Observable[] dependencies() {
        return new Observable[] {escapeVisible, escapeColumns, householdsVisible, clientsVisible, competitorsVisible, potential, selectedHouseholds,
            selectedClients, highlightedClients, clientColouring};
    }

    /** The point layers as shown: hidden layers left out, the potential limited to the criterion. */
    public PointLayers shown(PointLayers all) {
        if (all == null || all.isEmpty()) {
            return PointLayers.EMPTY;
        }
        boolean households = householdsVisible.get() && all.households() != null;
        Selection filter = households ? usable(potential.get(), all) : null;
        return new PointLayers(households ? all.households() : null, households ? all.householdIndex() : null, filter,
                clientsVisible.get() ? all.clients() : List.of(), competitorsVisible.get() ? all.competitors() : List.of(),
                all.clientSizing(), clientColouring.get() == null ? ClientColouring.BY_CATEGORY : clientColouring.get());
    }

    /** The overlays to paint for {@code all}: the point layers, then the selection and highlights. */
    public List<MapOverlay> overlays(PointLayers all) {
        return scene(all).overlays();
    }

    /**
     * What the point layers show for {@code all}: the layers as shown, the escape ramp when it is on and
     * computed for these households, the selection and the marked clients. The map's overlays and a
     * printed map's legend both come from it.
     */
    public PointScene scene(PointLayers all) {
        PointLayers shown = shown(all);
        if (shown.isEmpty()) {
            return new PointScene(shown, null, null, null);
        }
        EscapeColumns escape = escapeColumns.get();
        PointScene.EscapeShown ramp = null;
        if (escapeVisible.get() && escape != null && all.households() != null
                && escape.size() == all.households().size()) {
            // The ramp replaces the households' dots and markers; clients and competitors stay on top.
            ramp = new PointScene.EscapeShown(all.householdIndex(), usable(potential.get(), all), escape.usProbability());
        }
        Selection households = shown.households() == null ? null : usable(selectedHouseholds.get(), shown);
        Selection clients = shown.clients().isEmpty() ? null : union(selectedClients.get(), highlightedClients.get());
        return new PointScene(shown, ramp, households, clients);
    }

    /** A household selection made for other content (before a reload) is ignored rather than misapplied. */
    private static Selection usable(Selection selection, PointLayers layers) {
        return selection != null && layers.households() != null
                && selection.universe() == layers.households().size() ? selection : null;
    }

    private static Selection union(Selection a, Selection b) {
        if (a == null) {
            return b;
        }
        if (b == null || a.universe() != b.universe()) {
            return a;
        }
        return a.or(b);
    }
}

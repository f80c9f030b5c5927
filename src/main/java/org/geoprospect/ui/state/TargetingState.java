package org.geoprospect.ui.state;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.geoprospect.index.Selection;
import org.locationtech.jts.geom.Envelope;

/**
 * What the map and the targeting panels share, as JavaFX properties (FX thread only): the map's
 * selection tools and the criteria panel write the selections, the map draws them, the panels show
 * their counts. Neither side knows the other; both know this object.
 *
 * <p>Null means "nothing": no selection, no highlight, no criterion (all households are potential).
 */
public final class TargetingState {
    private final ObjectProperty<Selection> selectedHouseholds = new SimpleObjectProperty<>(this, "selectedHouseholds");
    private final ObjectProperty<Selection> selectedClients = new SimpleObjectProperty<>(this, "selectedClients");
    private final ObjectProperty<Selection> potentialFilter = new SimpleObjectProperty<>(this, "potentialFilter");
    private final ObjectProperty<Selection> highlightedClients = new SimpleObjectProperty<>(this, "highlightedClients");
    private final ObjectProperty<Envelope> zoomRequest = new SimpleObjectProperty<>(this, "zoomRequest");
    private final ObjectProperty<java.util.List<org.geoprospect.analysis.selection.ShapeSpec>> selectionShapes =
            new SimpleObjectProperty<>(this, "selectionShapes", java.util.List.of());
    private final javafx.beans.property.StringProperty potentialDescription =
            new javafx.beans.property.SimpleStringProperty(this, "potentialDescription");

    /** Households selected with the map's tools (rectangle, polygon, lasso, radius, sector/commune click) and criteria. */
    public ObjectProperty<Selection> selectedHouseholdsProperty() {
        return selectedHouseholds;
    }

    /**
     * The shapes the map's tools drew, in order, with how each combines with the ones before (the
     * selection as a target keeps it: WGS84, sectors and communes by code); never null, empty when
     * nothing is selected. {@link #selectedHouseholdsProperty()} and {@link #selectedClientsProperty()}
     * hold what these shapes select on the current data.
     */
    public ObjectProperty<java.util.List<org.geoprospect.analysis.selection.ShapeSpec>> selectionShapesProperty() {
        return selectionShapes;
    }

    /**
     * What the prospect dots count while {@link #potentialFilterProperty()} is set (e.g. "households of the
     * target vtt-cholet"), for the legend; null: every household.
     */
    public javafx.beans.property.StringProperty potentialDescriptionProperty() {
        return potentialDescription;
    }

    /** Clients (ids = positions in the map content's client list) selected the same way. */
    public ObjectProperty<Selection> selectedClientsProperty() {
        return selectedClients;
    }

    /** The households that count as remaining potential for the prospect dots (a criterion); null: all. */
    public ObjectProperty<Selection> potentialFilterProperty() {
        return potentialFilter;
    }

    /** Clients to highlight on the map (e.g. the rows of the best-client ranking); null: none. */
    public ObjectProperty<Selection> highlightedClientsProperty() {
        return highlightedClients;
    }

    /**
     * An area (project CRS) a panel asks the map to show, e.g. when a sector row is clicked; the map
     * zooms to it and sets the property back to null.
     */
    public ObjectProperty<Envelope> zoomRequestProperty() {
        return zoomRequest;
    }
}

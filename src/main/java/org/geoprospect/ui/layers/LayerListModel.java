package org.geoprospect.ui.layers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.collections.ObservableList;
import org.geoprospect.render.LayerLook;
import org.locationtech.jts.geom.Envelope;

/**
 * The layers panel's operations on the layer states (the map's list, top first): reorder, commit a
 * look, zoom to a layer; each change that the project keeps goes to the {@link LayerPersistence}.
 * FX-thread confined.
 */
public final class LayerListModel {
    private final ObservableList<LayerState> layersTopFirst;
    private final Consumer<Envelope> zoomTo;
    private LayerPersistence persistence = LayerPersistence.NONE;

    /**
     * @param layersTopFirst the map's layer states, top (drawn last) first
     * @param zoomTo         shows an area of the project CRS
     */
    public LayerListModel(ObservableList<LayerState> layersTopFirst, Consumer<Envelope> zoomTo) {
        this.layersTopFirst = Objects.requireNonNull(layersTopFirst, "layersTopFirst");
        this.zoomTo = Objects.requireNonNull(zoomTo, "zoomTo");
    }

    /** Where choices are kept from now on; null keeps nothing. */
    public void setPersistence(LayerPersistence newPersistence) {
        this.persistence = newPersistence == null ? LayerPersistence.NONE : newPersistence;
    }

    public ObservableList<LayerState> layersTopFirst() {
        return layersTopFirst;
    }

    /**
     * Moves the layer at {@code from} to {@code to} (indices in the top-first list, {@code to} counted
     * after the removal) and saves the new order; out-of-range or equal indices change nothing.
     */
    public void move(int from, int to) {
        int size = layersTopFirst.size();
        if (from < 0 || from >= size || to < 0 || to >= size || from == to) {
            return;
        }
        List<LayerState> order = new ArrayList<>(layersTopFirst);
        LayerState moved = order.remove(from);
        order.add(to, moved);
        layersTopFirst.setAll(order);
        persistence.saveOrder(bottomToTop());
    }

    /** The layers' names, bottom first (the order the project keeps). */
    public List<String> bottomToTop() {
        List<String> names = new ArrayList<>();
        for (int i = layersTopFirst.size() - 1; i >= 0; i--) {
            names.add(layersTopFirst.get(i).name());
        }
        return names;
    }

    /** Saves a layer's current look (after the opacity slider is released, labels toggled, style edited). */
    public void commitLook(LayerState layer) {
        persistence.saveLook(layer.name(), layer.look());
    }

    /** Gives each layer its saved look; layers without one keep theirs. */
    public void applyLooks(Map<String, LayerLook> looks) {
        for (LayerState layer : layersTopFirst) {
            layer.applyLook(looks.get(layer.name()));
        }
    }

    /** Shows the whole layer. */
    public void zoomToLayer(LayerState layer) {
        zoomTo.accept(layer.layer().info().extent());
    }
}

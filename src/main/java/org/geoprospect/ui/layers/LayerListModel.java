package org.geoprospect.ui.layers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.geoprospect.render.LayerLook;
import org.locationtech.jts.geom.Envelope;

/**
 * The layers panel's operations on the layer states (the map's list, top first): reorder, commit a
 * look, zoom to a layer; each change that the project keeps goes to the {@link LayerPersistence}.
 *
 * <p>It remembers each layer's last kept look and visibility so that a change reaches the persistence
 * with its "before" (for undo); {@link #restoreLook}, {@link #restoreOrder} and {@link #restoreVisibility}
 * are what undo and redo call, and report nothing back. Visibility changes are seen only when the list
 * was made with an extractor on {@link LayerState#visibleProperty()} (the map's list is).
 * FX-thread confined.
 */
public final class LayerListModel {
    private final ObservableList<LayerState> layersTopFirst;
    private final Consumer<Envelope> zoomTo;
    private LayerPersistence persistence = LayerPersistence.NONE;
    /** Each layer's look as last kept (weak: the map replaces its layer states on every reload). */
    private final Map<LayerState, LayerLook> keptLooks = new WeakHashMap<>();
    private final Map<LayerState, Boolean> keptVisibility = new WeakHashMap<>();
    /** True while undo or redo changes the layers, so that the change is not reported as a new edit. */
    private boolean restoring;

    /**
     * @param layersTopFirst the map's layer states, top (drawn last) first
     * @param zoomTo         shows an area of the project CRS
     */
    public LayerListModel(ObservableList<LayerState> layersTopFirst, Consumer<Envelope> zoomTo) {
        this.layersTopFirst = Objects.requireNonNull(layersTopFirst, "layersTopFirst");
        this.zoomTo = Objects.requireNonNull(zoomTo, "zoomTo");
        layersTopFirst.forEach(this::remember);
        layersTopFirst.addListener((ListChangeListener<LayerState>) change -> {
            while (change.next()) {
                if (change.wasAdded()) {
                    change.getAddedSubList().forEach(this::remember);
                }
                if (change.wasUpdated()) {
                    for (int i = change.getFrom(); i < change.getTo(); i++) {
                        visibilityMaybeChanged(layersTopFirst.get(i));
                    }
                }
            }
        });
    }

    private void remember(LayerState layer) {
        keptLooks.put(layer, layer.look());
        keptVisibility.put(layer, layer.visibleProperty().get());
    }

    private void visibilityMaybeChanged(LayerState layer) {
        boolean now = layer.visibleProperty().get();
        Boolean kept = keptVisibility.put(layer, now);
        if (kept != null && kept != now && !restoring) {
            persistence.visibilityChanged(layer.name(), now);
        }
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
        List<String> before = bottomToTop();
        List<LayerState> order = new ArrayList<>(layersTopFirst);
        LayerState moved = order.remove(from);
        order.add(to, moved);
        layersTopFirst.setAll(order);
        persistence.orderChanged(before, bottomToTop());
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
        LayerLook after = layer.look();
        LayerLook before = keptLooks.put(layer, after);
        persistence.lookChanged(layer.name(), before == null ? after : before, after);
    }

    /** Gives each layer its saved look; layers without one keep theirs. */
    public void applyLooks(Map<String, LayerLook> looks) {
        for (LayerState layer : layersTopFirst) {
            layer.applyLook(looks.get(layer.name()));
            keptLooks.put(layer, layer.look());
        }
    }

    /** Undo/redo: gives the named layer this look, without reporting it; an unknown name does nothing. */
    public void restoreLook(String layerName, LayerLook look) {
        find(layerName).ifPresent(layer -> {
            restoring = true;
            try {
                layer.applyLook(look);
                keptLooks.put(layer, layer.look());
            } finally {
                restoring = false;
            }
        });
    }

    /**
     * Undo/redo: puts the layers in this order (bottom first), without reporting it; layers not named
     * keep their place above the named ones.
     */
    public void restoreOrder(List<String> bottomToTop) {
        List<LayerState> topFirst = new ArrayList<>(layersTopFirst);
        List<LayerState> named = new ArrayList<>();
        for (String name : bottomToTop) {
            find(name).ifPresent(layer -> {
                named.add(0, layer);
                topFirst.remove(layer);
            });
        }
        topFirst.addAll(named);
        restoring = true;
        try {
            layersTopFirst.setAll(topFirst);
        } finally {
            restoring = false;
        }
    }

    /** Undo/redo: shows or hides the named layer without reporting it; an unknown name does nothing. */
    public void restoreVisibility(String layerName, boolean visible) {
        find(layerName).ifPresent(layer -> {
            restoring = true;
            try {
                layer.visibleProperty().set(visible);
                keptVisibility.put(layer, visible);
            } finally {
                restoring = false;
            }
        });
    }

    private java.util.Optional<LayerState> find(String name) {
        return layersTopFirst.stream().filter(layer -> layer.name().equals(name)).findFirst();
    }

    /** Shows the whole layer. */
    public void zoomToLayer(LayerState layer) {
        zoomTo.accept(layer.layer().info().extent());
    }
}

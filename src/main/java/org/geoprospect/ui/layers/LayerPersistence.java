package org.geoprospect.ui.layers;

import java.util.List;
import org.geoprospect.render.LayerLook;

/**
 * Where the layers panel's choices are kept (the project, through a service, off the FX thread). Called
 * on the FX thread; implementations return at once and report failures themselves.
 */
public interface LayerPersistence {
    /** Keeps nothing (no project open, or tests). */
    LayerPersistence NONE = new LayerPersistence() {
        @Override
        public void saveOrder(List<String> bottomToTop) {
        }

        @Override
        public void saveLook(String layerName, LayerLook look) {
        }
    };

    /** The vector layers' drawing order, bottom first. */
    void saveOrder(List<String> bottomToTop);

    /** One layer's look. */
    void saveLook(String layerName, LayerLook look);

    /**
     * The user changed a layer's look from {@code before} (what was last kept) to {@code after}; an
     * implementation may record it as an undoable edit. By default the new look is saved.
     */
    default void lookChanged(String layerName, LayerLook before, LayerLook after) {
        saveLook(layerName, after);
    }

    /** The user reordered the layers (bottom first); by default the new order is saved. */
    default void orderChanged(List<String> before, List<String> after) {
        saveOrder(after);
    }

    /**
     * The user showed or hid a layer; the project keeps no visibility, so by default nothing happens
     * (an implementation may record it as an undoable edit).
     */
    default void visibilityChanged(String layerName, boolean visible) {
    }
}

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
}

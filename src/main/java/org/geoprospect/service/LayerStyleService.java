package org.geoprospect.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.geoprospect.model.LayerInfo;
import org.geoprospect.model.VectorLayer;
import org.geoprospect.render.DefaultStyles;
import org.geoprospect.render.LayerDrawing;
import org.geoprospect.render.LayerLook;
import org.geoprospect.store.LayerRepository;
import org.geoprospect.store.ProjectDatabase;

/**
 * What the layers panel keeps in the project: the layers' drawing order and each layer's look
 * (opacity, labels, edited rules) as JSON in the layer's style. The map window and {@code render}
 * both read it back, so an exported image shows what the window showed. Each call opens the project
 * through {@link ProjectAccess} (waiting while another task of the application holds it); call it off
 * the FX thread. Stateless and thread-safe.
 */
public final class LayerStyleService {
    /**
     * The saved looks by layer name; layers never styled are absent.
     *
     * @throws UserFacingException when a saved style cannot be read (the sentence names the layer)
     */
    public Map<String, LayerLook> looks(Path projectDir) {
        return looksOf(projectDir);
    }

    /**
     * The looks saved in a project already open, by layer name (for the map's one read of the project). A
     * look this version cannot read is left out and its sentence added to {@code problems}: the layer is
     * drawn with its default look and the saved one stays in the project untouched.
     */
    static Map<String, LayerLook> looks(LayerRepository repository, java.util.List<String> problems) {
        Map<String, LayerLook> looks = new LinkedHashMap<>();
        for (LayerInfo info : repository.list()) {
            repository.style(info.name()).ifPresent(json -> {
                try {
                    looks.put(info.name(), LayerLookJson.read(json, info));
                } catch (UserFacingException e) {
                    problems.add(e.getMessage());
                }
            });
        }
        return looks;
    }

    private static Map<String, LayerLook> looksOf(Path projectDir) {
        Objects.requireNonNull(projectDir, "projectDir");
        return ProjectAccess.whenFree(() -> {
            try (ProjectDatabase database = ProjectDatabase.open(projectDir)) {
                java.util.List<String> problems = new java.util.ArrayList<>();
                Map<String, LayerLook> looks = looks(new LayerRepository(database), problems);
                if (!problems.isEmpty()) {
                    throw new UserFacingException(problems.get(0));
                }
                return looks;
            }
        });
    }

    /**
     * Saves a layer's look.
     *
     * @throws IllegalArgumentException when the project has no such layer
     */
    public void saveLook(Path projectDir, String layerName, LayerLook look) {
        Objects.requireNonNull(layerName, "layerName");
        String json = LayerLookJson.write(Objects.requireNonNull(look, "look"));
        ProjectAccess.whenFree(() -> {
            try (ProjectDatabase database = ProjectDatabase.open(projectDir)) {
                new LayerRepository(database).setStyle(layerName, json);
            }
        });
    }

    /**
     * Saves the drawing order, bottom layer first; layers not named keep their order above them.
     *
     * @throws IllegalArgumentException when a name is not a layer of the project
     */
    public void reorder(Path projectDir, List<String> bottomToTop) {
        List<String> order = List.copyOf(bottomToTop);
        ProjectAccess.whenFree(() -> {
            try (ProjectDatabase database = ProjectDatabase.open(projectDir)) {
                new LayerRepository(database).reorder(order);
            }
        });
    }

    /**
     * The layers as they are drawn with their saved looks, bottom first: hidden nothing (the project
     * keeps no visibility), layers of opacity 0 left out.
     */
    public static List<LayerDrawing> drawings(List<VectorLayer> layersBottomFirst, Map<String, LayerLook> looks) {
        List<LayerDrawing> drawings = new ArrayList<>();
        for (VectorLayer layer : layersBottomFirst) {
            LayerLook look = looks.get(layer.info().name());
            if (look == null) {
                drawings.add(LayerDrawing.withDefaultStyle(layer));
            } else if (look.opacity() > 0) {
                drawings.add(new LayerDrawing(layer, look.applyTo(DefaultStyles.forLayer(layer.info()), layer), look.opacity()));
            }
        }
        return drawings;
    }
}

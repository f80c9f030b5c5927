package org.geoprospect.service;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.geoprospect.model.LayerInfo;
import org.geoprospect.store.ProjectDatabase;
import org.geoprospect.store.ProjectSettings;

/**
 * The data credits printed at the foot of a project's map layouts: a project-level text, saved in the
 * project once the user edits it. Until then a default: for the demo project (its five map layers) the
 * credits its data requires (GeoNames, CC BY 4.0; INSEE / Etalab, Licence Ouverte 2.0; the rest
 * synthetic), for any other project the names of its map layers, for the user to complete. The words
 * come from the caller's message bundle, so the default follows the user's language. Stateless.
 */
public final class MapCreditsService {
    /** The project setting holding the edited credits. */
    static final String SETTING_KEY = "map_credits";
    /** Message key of the demo's credits. */
    public static final String DEMO_KEY = "layout.credits.demo";
    /** Message key of another project's default credits, {0} being its layers' names. */
    public static final String LAYERS_KEY = "layout.credits.layers";

    /** The credits saved in the project, else the default. */
    public String credits(Path projectDir, Function<String, String> textOfKey) {
        Objects.requireNonNull(projectDir, "projectDir");
        return saved(projectDir).orElseGet(() -> defaultCredits(projectDir, textOfKey));
    }

    /** The credits saved in the project, if the user edited them. */
    public Optional<String> saved(Path projectDir) {
        return ProjectAccess.whenFree(() -> {
            try (ProjectDatabase database = ProjectDatabase.open(projectDir)) {
                return new ProjectSettings(database).get(SETTING_KEY);
            }
        });
    }

    /** What the credits are before the user edits them (see the class comment). */
    public String defaultCredits(Path projectDir, Function<String, String> textOfKey) {
        List<String> names = ProjectAccess.whenFree(() -> new ProjectService().layers(projectDir))
                .stream().map(LayerInfo::name).toList();
        return defaultCredits(names, textOfKey);
    }

    /** The default credits of a project whose map layers have these names. */
    static String defaultCredits(List<String> layerNames, Function<String, String> textOfKey) {
        if (new HashSet<>(layerNames).equals(new HashSet<>(DemoFiles.MAP_LAYERS))) {
            return textOfKey.apply(DEMO_KEY);
        }
        if (layerNames.isEmpty()) {
            return "";
        }
        return textOfKey.apply(LAYERS_KEY).replace("{0}", String.join(", ", layerNames));
    }

    /** Keeps {@code text} (stripped) as the project's credits; an empty text means none. */
    public void save(Path projectDir, String text) {
        Objects.requireNonNull(projectDir, "projectDir");
        String value = text == null ? "" : text.strip();
        ProjectAccess.whenFree(() -> {
            try (ProjectDatabase database = ProjectDatabase.open(projectDir)) {
                new ProjectSettings(database).put(SETTING_KEY, value);
            }
        });
    }
}

package org.geoprospect.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.geoprospect.store.ProjectDatabase;
import org.geoprospect.store.ProjectSettings;

/**
 * The map views the user saved (bookmarks), kept in the project as JSON under the project setting
 * {@value #SETTING_KEY}: {@code {"version":1,"views":[{"name":…,"x":…,"y":…,"metresPerPixel":…}]}}.
 *
 * <p>A damaged value never stops a project from opening: {@link #load} returns the views it could read
 * (none when the text is not JSON) with one sentence saying what was wrong, and the next {@link #save}
 * replaces the value. Each call opens the project through {@link ProjectAccess}; call it off the FX
 * thread. Stateless and thread-safe.
 */
public final class SavedViewService {
    /** The project setting holding the views. */
    public static final String SETTING_KEY = "map_views";
    static final int VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * What {@link #load} found.
     *
     * @param views   the views in the user's order, never null
     * @param problem one sentence for the user when the saved value was damaged (some or all views
     *                lost), otherwise null
     */
    public record Loaded(List<SavedView> views, String problem) {
        public Loaded {
            views = List.copyOf(views);
        }
    }

    /**
     * The project's saved views; none when it has never saved any.
     *
     * @throws RuntimeException when the project cannot be opened (its own sentence); a damaged value is
     *                          not an exception but {@link Loaded#problem()}
     */
    public Loaded load(Path projectDir) {
        Objects.requireNonNull(projectDir, "projectDir");
        Optional<String> json = ProjectAccess.whenFree(() -> {
            try (ProjectDatabase database = ProjectDatabase.open(projectDir)) {
                return new ProjectSettings(database).get(SETTING_KEY);
            }
        });
        return json.map(SavedViewService::fromJson).orElse(new Loaded(List.of(), null));
    }

    /**
     * Replaces the project's saved views by {@code views}, in that order.
     *
     * @throws IllegalArgumentException when two views share a name
     */
    public void save(Path projectDir, List<SavedView> views) {
        Objects.requireNonNull(projectDir, "projectDir");
        String json = toJson(views);
        ProjectAccess.whenFree(() -> {
            try (ProjectDatabase database = ProjectDatabase.open(projectDir)) {
                new ProjectSettings(database).put(SETTING_KEY, json);
            }
        });
    }

    /**
     * The JSON kept for {@code views}.
     *
     * @throws IllegalArgumentException when two views share a name
     */
    static String toJson(List<SavedView> views) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("version", VERSION);
        ArrayNode array = root.putArray("views");
        Set<String> names = new HashSet<>();
        for (SavedView view : views) {
            if (!names.add(view.name())) {
                throw new IllegalArgumentException("Two saved views are both called '" + view.name() + "'; rename one.");
            }
            ObjectNode node = array.addObject();
            node.put("name", view.name());
            node.put("x", view.centreX());
            node.put("y", view.centreY());
            node.put("metresPerPixel", view.metresPerPixel());
        }
        return root.toString();
    }

    /**
     * The views read from a saved value: entries that cannot be read (missing field, bad number, name
     * used twice) are left out and named in the problem sentence; text that is not a version-1 object
     * gives no views.
     */
    static Loaded fromJson(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return damaged("it is not JSON");
        }
        if (root == null || !root.isObject()) {
            return damaged("it is not a JSON object");
        }
        if (root.path("version").asInt(0) != VERSION) {
            return damaged("its version " + root.path("version").asText("?") + " is not one this version of GeoProspect reads");
        }
        JsonNode array = root.get("views");
        if (array == null || !array.isArray()) {
            return damaged("it has no list of views");
        }
        List<SavedView> views = new ArrayList<>();
        Set<String> names = new HashSet<>();
        int skipped = 0;
        for (JsonNode node : array) {
            Optional<SavedView> view = view(node);
            if (view.isPresent() && names.add(view.get().name())) {
                views.add(view.get());
            } else {
                skipped++;
            }
        }
        if (skipped > 0) {
            return new Loaded(views, "The project's saved map views are partly damaged: " + skipped
                    + " of them could not be read and were left out; save them again from View ▸ Save view.");
        }
        return new Loaded(views, null);
    }

    private static Optional<SavedView> view(JsonNode node) {
        if (node == null || !node.isObject() || !node.path("name").isTextual()) {
            return Optional.empty();
        }
        JsonNode x = node.get("x");
        JsonNode y = node.get("y");
        JsonNode mpp = node.get("metresPerPixel");
        if (x == null || y == null || mpp == null || !x.isNumber() || !y.isNumber() || !mpp.isNumber()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SavedView(node.get("name").asText(), x.asDouble(), y.asDouble(), mpp.asDouble()));
        } catch (IllegalArgumentException e) {
            // An out-of-range entry is reported by count in the problem sentence; its content is not logged.
            return Optional.empty();
        }
    }

    private static Loaded damaged(String why) {
        return new Loaded(List.of(), "The project's saved map views cannot be read (" + why
                + "); they were left out, and saving a view from View ▸ Save view starts a new list.");
    }
}

package org.geoprospect.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the user left the main window's side panels: shown or collapsed, and their widths in pixels.
 * Remembered per user in {@code window.json} in {@link AppHome}, written whole through a temporary file
 * and an atomic move; a missing or unreadable file gives the defaults (the file is a convenience, never
 * data). Thread-safe.
 */
public final class WindowSettings {
    /** The file's name in the user's GeoProspect folder. */
    public static final String FILE_NAME = "window.json";
    private static final Logger LOG = LoggerFactory.getLogger(WindowSettings.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The side panels' state.
     *
     * @param leftShown  whether the layers/sectors panel is shown
     * @param leftWidth  its width in pixels when shown; NaN: not chosen yet (the window gives a default)
     * @param rightShown whether the targeting panels are shown
     * @param rightWidth their width in pixels when shown; NaN: not chosen yet
     */
    public record Panels(boolean leftShown, double leftWidth, boolean rightShown, double rightWidth) {
        /** The defaults: both shown, widths left to the window. */
        public static final Panels DEFAULT = new Panels(true, Double.NaN, true, Double.NaN);
    }

    private final Path file;

    public WindowSettings(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    /** The current user's settings, in {@link AppHome#folder()}. */
    public static WindowSettings forUser() {
        return new WindowSettings(AppHome.folder().resolve(FILE_NAME));
    }

    /** The panels as last saved, or {@link Panels#DEFAULT}. */
    public synchronized Panels panels() {
        if (!Files.isRegularFile(file)) {
            return Panels.DEFAULT;
        }
        try {
            JsonNode root = JSON.readTree(file.toFile()).path("panels");
            Panels d = Panels.DEFAULT;
            return new Panels(root.path("leftShown").asBoolean(d.leftShown()), width(root, "leftWidth", d.leftWidth()),
                    root.path("rightShown").asBoolean(d.rightShown()), width(root, "rightWidth", d.rightWidth()));
        } catch (IOException | RuntimeException e) {
            LOG.warn("The window settings in {} could not be read ({}); the defaults apply", file, e.getMessage());
            return Panels.DEFAULT;
        }
    }

    private static double width(JsonNode node, String field, double fallback) {
        double value = node.path(field).asDouble(fallback);
        return value >= 80 && value <= 4000 ? value : fallback;
    }

    /**
     * Saves the panels' state.
     *
     * @throws UserFacingException when the file cannot be written
     */
    public synchronized void save(Panels panels) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode node = root.putObject("panels").put("leftShown", panels.leftShown()).put("rightShown", panels.rightShown());
        if (!Double.isNaN(panels.leftWidth())) {
            node.put("leftWidth", panels.leftWidth());
        }
        if (!Double.isNaN(panels.rightWidth())) {
            node.put("rightWidth", panels.rightWidth());
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            JSON.writerWithDefaultPrettyPrinter().writeValue(partial.toFile(), root);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UserFacingException("The window settings could not be saved in " + file + " (" + e.getMessage()
                    + "); check that the folder is writable.", e);
        }
    }
}

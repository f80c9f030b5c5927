package org.geoprospect.ui.map;

import java.nio.file.Path;
import java.util.Objects;
import org.geoprospect.render.layout.MapScene;
import org.locationtech.jts.geom.Envelope;

/**
 * What File ▸ Export map prints, captured when the dialog opens: the map as shown (its layers, point
 * layers, selection, escape ramp, tour; {@link MapViewModel#exportScene}), the area of the view, and the
 * project it belongs to. Immutable (the scene's parts are immutable render inputs), so the dialog's
 * preview and export threads may read it while the window goes on.
 *
 * @param project     the project folder, or null when the window has none (no credits saved then)
 * @param projectName the project's display name (the title's default)
 * @param targetName  the saved target shown as potential on the map, or null
 * @param scene       what the map draws
 * @param area        the view's area in the project CRS
 * @param viewWidth   the view's width in pixels (the default image size)
 * @param viewHeight  the view's height in pixels
 * @param readOnly    whether the project was opened read-only (edited credits are then not saved)
 */
public record MapExportSource(Path project, String projectName, String targetName, MapScene scene, Envelope area,
                              int viewWidth, int viewHeight, boolean readOnly) {
    public MapExportSource {
        projectName = projectName == null ? "" : projectName;
        Objects.requireNonNull(scene, "scene");
        area = new Envelope(Objects.requireNonNull(area, "area"));
    }
}

package org.geoprospect.service;

import java.util.Objects;

/**
 * A map view the user saved under a name (a bookmark): the centre of the view in the project CRS and
 * its resolution. The window size is not kept: a view comes back at the same place and scale in a
 * window of any size. Immutable and thread-safe.
 *
 * @param name           what the user called it; trimmed, 1 to {@value #MAX_NAME_LENGTH} characters
 * @param centreX        easting of the view's centre, project CRS metres, finite
 * @param centreY        northing of the view's centre, project CRS metres, finite
 * @param metresPerPixel ground size of one screen pixel, finite and positive
 * @throws IllegalArgumentException when a field is out of range (null name: NullPointerException)
 */
public record SavedView(String name, double centreX, double centreY, double metresPerPixel) {
    /** Longest name kept, so that menus stay readable. */
    public static final int MAX_NAME_LENGTH = 80;

    public SavedView {
        name = Objects.requireNonNull(name, "name").strip();
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("A view name must have 1 to " + MAX_NAME_LENGTH + " characters, got '" + name + "'.");
        }
        if (!Double.isFinite(centreX) || !Double.isFinite(centreY)) {
            throw new IllegalArgumentException("The centre of view '" + name + "' is not a finite point.");
        }
        if (!(metresPerPixel > 0) || !Double.isFinite(metresPerPixel)) {
            throw new IllegalArgumentException("The scale of view '" + name + "' must be a positive number of metres per pixel, got " + metresPerPixel + ".");
        }
    }

    /** The same view under another name. */
    public SavedView withName(String newName) {
        return new SavedView(newName, centreX, centreY, metresPerPixel);
    }
}

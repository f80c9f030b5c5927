package org.geoprospect.ui.map;

import org.geoprospect.render.Viewport;

/**
 * Where to show an image rendered for one viewport so that it lines up with another (the current
 * one): this is what makes panning and zooming follow the mouse at once, before the new image is
 * ready.
 *
 * @param x      screen x of the image's left edge in the current view
 * @param y      screen y of its top edge
 * @param width  displayed width in pixels
 * @param height displayed height in pixels
 */
public record ImagePlacement(double x, double y, double width, double height) {
    /** The placement of an image drawn for {@code rendered} inside the view {@code current}. */
    public static ImagePlacement of(Viewport rendered, Viewport current) {
        double scale = rendered.metresPerPixel() / current.metresPerPixel();
        return new ImagePlacement(current.toScreenX(rendered.minX()), current.toScreenY(rendered.maxY()),
                rendered.width() * scale, rendered.height() * scale);
    }
}

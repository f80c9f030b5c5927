package org.geoprospect.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.geoprospect.model.ProgressMonitor;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The outline of the map selection's shapes, drawn for as long as the selection is active: a dashed dark
 * blue line over a faint fill for the shapes that add or intersect, a dashed red line for those that
 * subtract. The legend says that the outline is the selection the target is limited to. Line widths and dashes
 * are reference pixels, times the view's {@linkplain Viewport#deviceScale() device scale}. Immutable.
 */
public final class SelectionOutlineOverlay implements LegendedOverlay {
    /** Message key of its legend line. */
    public static final String LEGEND_KEY = "legend.selectionOutline";
    static final int KEEP_RGB = 0x08306B;
    static final int CUT_RGB = 0xB00020;
    private static final float[] DASH = {7f, 4f};

    /**
     * One shape's area.
     *
     * @param area     in the project CRS
     * @param subtract whether the shape takes households away from the selection
     */
    public record Part(Geometry area, boolean subtract) {
        public Part {
            Objects.requireNonNull(area, "area");
        }
    }

    private final List<Part> parts;

    public SelectionOutlineOverlay(List<Part> parts) {
        this.parts = List.copyOf(parts);
    }

    /** The shapes drawn, in order. */
    public List<Part> parts() {
        return parts;
    }

    @Override
    public void paint(RasterCanvas canvas, Viewport viewport, ProgressMonitor monitor) {
        Envelope view = viewport.envelope();
        float scale = (float) viewport.deviceScale();
        float[] dash = {DASH[0] * scale, DASH[1] * scale};
        BasicStroke casing = new BasicStroke(4f * scale, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        BasicStroke line = new BasicStroke(2f * scale, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
        Graphics2D g = canvas.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            for (Part part : parts) {
                monitor.checkCancelled();
                if (!part.area().getEnvelopeInternal().intersects(view)) {
                    continue;
                }
                Path2D.Float path = ScreenPathBuilder.build(part.area(), viewport);
                int rgb = part.subtract() ? CUT_RGB : KEEP_RGB;
                g.setColor(new Color(rgb | 0x1E000000, true));
                g.fill(path);
                g.setColor(Color.WHITE);
                g.setStroke(casing);
                g.draw(path);
                g.setColor(new Color(rgb));
                g.setStroke(line);
                g.draw(path);
            }
        } finally {
            g.dispose();
        }
    }

    @Override
    public List<LegendPainter.Line> legendLines(Function<String, String> textOfKey) {
        return legendLines(textOfKey, 1);
    }

    @Override
    public List<LegendPainter.Line> legendLines(Function<String, String> textOfKey, Viewport viewport) {
        return legendLines(textOfKey, viewport.deviceScale());
    }

    private List<LegendPainter.Line> legendLines(Function<String, String> textOfKey, double scale) {
        if (parts.isEmpty()) {
            return List.of();
        }
        List<LegendPainter.Line> lines = new ArrayList<>();
        lines.add(new LegendPainter.Line(swatch(KEEP_RGB, scale), textOfKey.apply(LEGEND_KEY)));
        return lines;
    }

    /** The legend's swatch: a dashed square as the map draws the outline, at a device scale. */
    static RasterCanvas swatch(int rgb, double scale) {
        int size = LegendPainter.SWATCH;
        RasterCanvas swatch = LegendSwatchPainter.canvas(size, size, scale);
        Graphics2D g = LegendSwatchPainter.graphics(swatch, scale);
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(rgb | 0x1E000000, true));
            g.fillRect(3, 3, size - 6, size - 6);
            g.setColor(new Color(rgb));
            g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {4f, 3f}, 0f));
            g.drawRect(3, 3, size - 7, size - 7);
        } finally {
            g.dispose();
        }
        return swatch;
    }
}

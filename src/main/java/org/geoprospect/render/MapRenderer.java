package org.geoprospect.render;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.geoprospect.model.GeometryKind;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.model.VectorFeature;
import org.geoprospect.model.VectorLayer;
import org.geoprospect.render.labels.LabelPlacement;
import org.geoprospect.render.labels.LabelPlacer;
import org.geoprospect.service.MapContent;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Draws vector layers into a {@link RasterCanvas} for a {@link Viewport}: background, layers in
 * order (features whose envelope misses the view are skipped, dense geometry is decimated to about
 * one vertex per pixel), then the overlays (point layers painted straight into the pixels: dots and
 * selections, then clients and competitors, see {@link MapOverlay}), then the labels of layers and
 * overlays, placed together so that none collides ({@link LabelPlacer}), then the scale bar and north arrow.
 *
 * <p>Sizes (line widths, dashes, point symbols, fonts, label offsets, the decorations) are in reference pixels
 * and drawn {@link Viewport#deviceScale()} times larger, by every painter alike: a print at scale s of the same
 * ground as the screen is the screen's picture s times larger. At scale 1 nothing is multiplied but by 1.
 *
 * <p>Rendering is cancellable: the monitor is checked between layers and every
 * {@value #CANCEL_CHECK_INTERVAL} features, and a cancelled render throws
 * {@link org.geoprospect.model.CancelledException}, leaving the canvas partly drawn.
 *
 * <p>Two cores: the overlays are painted on a shared helper thread into a transparent canvas while the
 * calling thread draws the layers and then the labels into another; both are composited over the
 * layers in that order (see {@link SideLayers}). The side canvases are kept for the next render of
 * the same size. Above {@value SideLayers#MAX_PIXELS} pixels (large exports) everything is drawn
 * straight into the canvas on the calling thread instead.
 *
 * <p>Thread-safety: one render at a time per instance (call it from one background thread at a
 * time); the per-layer envelope cache it keeps is guarded for that use.
 */
public final class MapRenderer {
    static final int CANCEL_CHECK_INTERVAL = 2048;
    private static final int MAX_CACHED_LAYERS = 64;

    private final Map<VectorLayer, PreparedLayer> prepared = new IdentityHashMap<>();
    private final SideLayers side = new SideLayers();
    private volatile boolean decorations = true;
    private volatile int background = DefaultStyles.BACKGROUND;

    /** Whether the scale bar and north arrow are drawn (default true). */
    public MapRenderer setDecorations(boolean drawDecorations) {
        this.decorations = drawDecorations;
        return this;
    }

    /** The colour (ARGB) filling the canvas before the layers (default {@link DefaultStyles#BACKGROUND}). */
    public MapRenderer setBackground(int argb) {
        this.background = argb;
        return this;
    }

    /** Renders every layer of the content with its default style, then its point layers. */
    public RenderResult render(MapContent content, Viewport viewport, RasterCanvas canvas, ProgressMonitor monitor) {
        List<LayerDrawing> drawings = new ArrayList<>();
        for (VectorLayer layer : content.layers()) {
            drawings.add(LayerDrawing.withDefaultStyle(layer));
        }
        List<MapOverlay> overlays = content.points().isEmpty() ? List.of()
                : List.of(new org.geoprospect.render.points.PointLayersOverlay(content.points()));
        return render(drawings, overlays, viewport, canvas, monitor);
    }

    /** Renders the given layers without overlays; see {@link #render(List, List, Viewport, RasterCanvas, ProgressMonitor)}. */
    public RenderResult render(List<LayerDrawing> layers, Viewport viewport, RasterCanvas canvas, ProgressMonitor monitor) {
        return render(layers, List.of(), viewport, canvas, monitor);
    }

    /**
     * Renders the given layers, first at the bottom.
     *
     * @param layers   layers to draw (hidden layers left out); never null
     * @param overlays painted in order after the layers and before the labels; never null
     * @param viewport what to show; its size must equal the canvas size
     * @param canvas   overwritten entirely
     * @param monitor  checked for cancellation; {@link ProgressMonitor#NONE} when not needed
     * @throws IllegalArgumentException when the canvas and viewport sizes differ
     * @throws org.geoprospect.model.CancelledException when the monitor is cancelled
     */
    public RenderResult render(List<LayerDrawing> layers, List<MapOverlay> overlays, Viewport viewport, RasterCanvas canvas,
                               ProgressMonitor monitor) {
        if (canvas.width() != viewport.width() || canvas.height() != viewport.height()) {
            throw new IllegalArgumentException("The canvas is " + canvas.width() + " x " + canvas.height()
                    + " pixels but the viewport " + viewport.width() + " x " + viewport.height() + ".");
        }
        canvas.fill(background);
        // Two cores: the overlays are painted beside the layers on a helper thread, into a canvas of their own
        // (not for huge exports, where two more canvases would cost more memory than the time saved is worth).
        boolean sideBySide = SideLayers.suits(viewport);
        if (sideBySide) {
            side.start(overlays, viewport, monitor);
        }
        Graphics2D g = canvas.createGraphics();
        boolean finished = !sideBySide;
        try {
            LabelPlacer labels = new LabelPlacer(viewport.width(), viewport.height(), viewport.deviceScale());
            int features = 0;
            for (int i = 0; i < layers.size(); i++) {
                monitor.checkCancelled();
                LayerDrawing drawing = layers.get(i);
                if (drawing.opacity() <= 0) {
                    continue;
                }
                g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) drawing.opacity()));
                features += drawLayer(g, drawing, prepare(drawing.layer()), viewport, labels, monitor);
                monitor.progress(i + 1, layers.size() + 1);
            }
            for (MapOverlay overlay : overlays) {
                overlay.collectLabels(labels, viewport);
            }
            if (decorations) {
                MapDecorations.panels(viewport).forEach(labels::addObstacle);
            }
            monitor.checkCancelled();
            LabelPlacement placement = labels.place();
            g.setComposite(AlphaComposite.SrcOver);
            if (sideBySide) {
                drawLabels(placement, side.labels());
                side.finishOnto(canvas);
                finished = true;
            } else {
                SideLayers.paintOverlays(overlays, canvas, viewport, monitor);
                placement.draw(g);
            }
            for (MapOverlay overlay : overlays) {
                overlay.paintAboveLabels(canvas, viewport, monitor);
            }
            if (decorations) {
                MapDecorations.draw(g, viewport);
            }
            monitor.progress(layers.size() + 1, layers.size() + 1);
            return new RenderResult(features, placement);
        } finally {
            g.dispose();
            if (!finished) {
                side.abandon();
            }
        }
    }

    /** Labels go into their own transparent canvas, composited over the overlays afterwards. */
    private static void drawLabels(LabelPlacement labels, RasterCanvas labelCanvas) {
        Graphics2D g = labelCanvas.createGraphics();
        try {
            labels.draw(g);
        } finally {
            g.dispose();
        }
    }

    private PreparedLayer prepare(VectorLayer layer) {
        synchronized (prepared) {
            PreparedLayer p = prepared.get(layer);
            if (p == null) {
                if (prepared.size() >= MAX_CACHED_LAYERS) {
                    prepared.clear();
                }
                p = new PreparedLayer(layer);
                prepared.put(layer, p);
            }
            return p;
        }
    }

    private static int drawLayer(Graphics2D g, LayerDrawing drawing, PreparedLayer layer, Viewport v,
                                 LabelPlacer labels, ProgressMonitor monitor) {
        Envelope view = v.envelope();
        // A margin so that markers and wide lines just outside the view still show their edge.
        view.expandBy(12 * v.deviceScale() * v.metresPerPixel());
        GeometryKind kind = drawing.layer().info().kind();
        LayerSymbology rules = drawing.symbology();
        List<VectorFeature> features = drawing.layer().features();
        int[] visible = new int[layer.size()];
        int count = 0;
        for (int i = 0; i < layer.size(); i++) {
            if (layer.intersects(i, view)) {
                visible[count++] = i;
            }
        }
        switch (kind) {
            case POLYGON -> drawPolygons(g, rules, features, visible, count, v, monitor);
            case LINE -> drawLines(g, rules, features, visible, count, v, monitor);
            case POINT -> drawPoints(g, rules, features, visible, count, v, monitor);
            default -> throw new IllegalStateException("Unknown geometry kind " + kind);
        }
        LayerLabels.collect(rules, kind, layer, features, visible, count, v, labels);
        return count;
    }

    private static void drawPolygons(Graphics2D g, LayerSymbology rules, List<VectorFeature> features,
                                     int[] visible, int count, Viewport v, ProgressMonitor monitor) {
        List<Integer> palette = rules.fillPalette();
        float scale = (float) v.deviceScale();
        for (int k = 0; k < count; k++) {
            checkEvery(k, monitor);
            int i = visible[k];
            VectorFeature f = features.get(i);
            LayerStyle style = rules.styleOfClass(rules.classIndexOf(f));
            Path2D.Float path = ScreenPathBuilder.build(f.geometry(), v);
            int fill = palette.isEmpty() ? style.fillColor() : palette.get(i % palette.size());
            if (Colors.alpha(fill) > 0) {
                g.setColor(Colors.awt(fill));
                g.fill(path);
            }
            for (StrokeSpec stroke : style.strokes()) {
                g.setStroke(awtStroke(stroke, scale));
                g.setColor(Colors.awt(stroke.color()));
                g.draw(path);
            }
        }
    }

    /** Lines are drawn pass by pass (all casings, then all centres) so that junctions merge cleanly. */
    private static void drawLines(Graphics2D g, LayerSymbology rules, List<VectorFeature> features,
                                  int[] visible, int count, Viewport v, ProgressMonitor monitor) {
        int classCount = rules.classes().size() + 1;
        List<List<Path2D.Float>> pathsByClass = new ArrayList<>();
        for (int c = 0; c < classCount; c++) {
            pathsByClass.add(new ArrayList<>());
        }
        for (int k = 0; k < count; k++) {
            checkEvery(k, monitor);
            VectorFeature f = features.get(visible[k]);
            pathsByClass.get(rules.classIndexOf(f)).add(ScreenPathBuilder.build(f.geometry(), v));
        }
        // Unclassified features (default style) go underneath the classes.
        int[] order = new int[classCount];
        order[0] = classCount - 1;
        for (int c = 0; c < classCount - 1; c++) {
            order[c + 1] = c;
        }
        int maxPasses = 0;
        float scale = (float) v.deviceScale();
        for (int c = 0; c < classCount; c++) {
            maxPasses = Math.max(maxPasses, rules.styleOfClass(c).strokes().size());
        }
        for (int pass = 0; pass < maxPasses; pass++) {
            for (int c : order) {
                List<StrokeSpec> strokes = rules.styleOfClass(c).strokes();
                if (pass >= strokes.size() || pathsByClass.get(c).isEmpty()) {
                    continue;
                }
                g.setStroke(awtStroke(strokes.get(pass), scale));
                g.setColor(Colors.awt(strokes.get(pass).color()));
                for (Path2D.Float path : pathsByClass.get(c)) {
                    g.draw(path);
                }
            }
            monitor.checkCancelled();
        }
    }

    private static void drawPoints(Graphics2D g, LayerSymbology rules, List<VectorFeature> features,
                                   int[] visible, int count, Viewport v, ProgressMonitor monitor) {
        Ellipse2D.Double circle = new Ellipse2D.Double();
        Rectangle2D.Double square = new Rectangle2D.Double();
        double scale = v.deviceScale();
        BasicStroke outlineStroke = new BasicStroke(1.2f * (float) scale);
        g.setStroke(outlineStroke);
        for (int k = 0; k < count; k++) {
            checkEvery(k, monitor);
            VectorFeature f = features.get(visible[k]);
            LayerStyle style = rules.styleOfClass(rules.classIndexOf(f));
            if (style.pointSymbol() == PointSymbol.NONE) {
                continue;
            }
            double size = style.pointSize() * scale;
            Geometry g0 = f.geometry();
            for (int p = 0; p < g0.getNumGeometries(); p++) {
                Geometry point = g0.getGeometryN(p);
                if (point.isEmpty()) {
                    continue;
                }
                double x = v.toScreenX(point.getCoordinate().x);
                double y = v.toScreenY(point.getCoordinate().y);
                java.awt.Shape marker;
                if (style.pointSymbol() == PointSymbol.CIRCLE) {
                    circle.setFrame(x - size / 2, y - size / 2, size, size);
                    marker = circle;
                } else if (style.pointSymbol() == PointSymbol.SQUARE) {
                    square.setRect(x - size / 2, y - size / 2, size, size);
                    marker = square;
                } else {
                    marker = style.pointSymbol().shape(x, y, size);
                }
                g.setColor(Colors.awt(style.pointFill()));
                g.fill(marker);
                if (Colors.alpha(style.pointOutline()) > 0) {
                    g.setColor(Colors.awt(style.pointOutline()));
                    g.draw(marker);
                }
            }
        }
    }

    /** The stroke of a pass, its width and dashes (reference pixels) times {@code scale}. */
    private static Stroke awtStroke(StrokeSpec spec, float scale) {
        float[] dash = spec.dashArray();
        if (dash != null && scale != 1) {
            for (int i = 0; i < dash.length; i++) {
                dash[i] *= scale;
            }
        }
        return new BasicStroke(spec.width() * scale, dash == null ? BasicStroke.CAP_ROUND : BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_ROUND, 10f, dash, 0f);
    }

    private static void checkEvery(int k, ProgressMonitor monitor) {
        if (k % CANCEL_CHECK_INTERVAL == CANCEL_CHECK_INTERVAL - 1) {
            monitor.checkCancelled();
        }
    }
}

package org.geoprospect.ui.map;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;
import org.geoprospect.geo.CoordinateTransform;
import org.geoprospect.geo.Srids;
import org.geoprospect.render.LayerDrawing;
import org.geoprospect.render.Viewport;
import org.geoprospect.service.MapContent;
import org.geoprospect.model.VectorLayer;
import org.geoprospect.ui.Messages;
import org.geoprospect.ui.layers.LayerState;
import org.locationtech.jts.geom.Envelope;

/**
 * The state of the map view: content, layer states, current viewport, last rendered frame and
 * status-line texts; the navigation operations (zoom, pan, full extent) change the viewport and
 * ask for renders, which run on a background thread and are coalesced. Never touches controls.
 * FX-thread confined.
 */
public final class MapViewModel implements AutoCloseable {
    /** Zoom step of the + and - keys and the toolbar buttons. */
    public static final double KEY_ZOOM_FACTOR = 2.0;
    /** Zoom step per mouse-wheel notch. */
    public static final double WHEEL_ZOOM_FACTOR = 1.25;
    /** Share of the view an arrow key pans. */
    public static final double KEY_PAN_FRACTION = 0.25;
    /** Finest and coarsest resolutions allowed, metres per pixel. */
    static final double MIN_METRES_PER_PIXEL = 0.05;
    static final double MAX_METRES_PER_PIXEL = 20_000;
    /** Margin around the full extent so that the territory does not touch the window edges. */
    private static final double FULL_EXTENT_MARGIN = 0.04;
    /** Re-render after this much stillness during a drag. */
    private static final Duration DRAG_IDLE = Duration.millis(250);

    private final StatusFormatter formatter;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<MapContent> content = new ReadOnlyObjectWrapper<>(this, "content");
    private final ObservableList<LayerState> layersTopFirst = FXCollections.observableArrayList(
            layer -> new javafx.beans.Observable[] {layer.visibleProperty(), layer.opacityProperty(), layer.symbologyProperty()});
    private final ReadOnlyObjectWrapper<Viewport> viewport = new ReadOnlyObjectWrapper<>(this, "viewport");
    private final ReadOnlyObjectWrapper<RenderedFrame> frame = new ReadOnlyObjectWrapper<>(this, "frame");
    private final ReadOnlyStringWrapper projectedPosition = new ReadOnlyStringWrapper(this, "projectedPosition", "");
    private final ReadOnlyStringWrapper geographicPosition = new ReadOnlyStringWrapper(this, "geographicPosition", "");
    private final ReadOnlyStringWrapper scaleText = new ReadOnlyStringWrapper(this, "scaleText", "");
    private final ReadOnlyStringWrapper renderError = new ReadOnlyStringWrapper(this, "renderError");
    private final MapRenderScheduler scheduler;
    private final PauseTransition dragIdle = new PauseTransition(DRAG_IDLE);
    private final PointLayerChoices pointChoices = new PointLayerChoices();
    private final org.geoprospect.ui.layers.LayerListModel layerList =
            new org.geoprospect.ui.layers.LayerListModel(layersTopFirst, this::zoomTo);
    /** The overlays of the current content and choices, built once per change (render-thread use only after). */
    private List<org.geoprospect.render.MapOverlay> overlays;
    /** The planned sales tour's route (immutable, so the render thread may read it), or null. */
    private org.geoprospect.render.MapOverlay tourOverlay;
    /** The outline of the map selection's shapes (immutable), or null. */
    private org.geoprospect.render.MapOverlay selectionOverlay;
    private CoordinateTransform toWgs84;
    private int viewWidth;
    private int viewHeight;
    /** Whether the view is still the full extent the map chose itself (no zoom or pan by the user since). */
    private boolean fitsFullExtent;

    public MapViewModel(Messages messages) {
        this.messages = messages;
        this.formatter = new StatusFormatter(messages);
        this.scheduler = new MapRenderScheduler(frame::set,
                e -> renderError.set(messages.get("render.failed", String.valueOf(e.getMessage()))));
        viewport.addListener((obs, old, v) -> scaleText.set(v == null ? "" : formatter.scale(v.scaleDenominator())));
        layersTopFirst.addListener((javafx.collections.ListChangeListener<LayerState>) change -> requestRender());
        dragIdle.setOnFinished(e -> requestRender());
        for (javafx.beans.Observable dependency : pointChoices.dependencies()) {
            dependency.addListener(o -> {
                overlays = null;
                requestRender();
            });
        }
        content.addListener((o, a, b) -> overlays = null);
    }

    /** Shows new content (or nothing, for null) at its full extent. */
    public void setContent(MapContent newContent) {
        content.set(newContent);
        toWgs84 = null;
        List<LayerState> states = new ArrayList<>();
        if (newContent != null) {
            for (VectorLayer layer : newContent.layers()) {
                LayerState state = new LayerState(layer);
                // The saved look before the first frame: the map opens as the user left it, drawn once.
                org.geoprospect.render.LayerLook look = newContent.looks().get(layer.info().name());
                if (look != null) {
                    state.applyLook(look);
                }
                states.add(0, state);
            }
            try {
                toWgs84 = CoordinateTransform.between(newContent.projectSrid(), Srids.WGS84);
            } catch (IllegalArgumentException e) {
                toWgs84 = null; // the status line then shows projected coordinates only
            }
        }
        layersTopFirst.setAll(states);
        if (newContent != null) {
            layerList.applyLooks(newContent.looks()); // remembers them as the looks to undo back to
        }
        zoomToFullExtent();
    }

    /**
     * Shows the project's content again after a change (an import): layers keep their visibility,
     * opacity and style by name, new layers appear shown, and the view stays where it was unless the
     * map was empty before (then it shows the full extent).
     */
    public void updateContent(MapContent newContent) {
        MapContent previous = content.get();
        if (previous == null || previous.layers().isEmpty() || viewport.get() == null) {
            setContent(newContent);
            return;
        }
        java.util.Map<String, LayerState> before = new java.util.HashMap<>();
        for (LayerState state : layersTopFirst) {
            before.put(state.name(), state);
        }
        content.set(newContent);
        List<LayerState> states = new ArrayList<>();
        for (VectorLayer layer : newContent.layers()) {
            LayerState state = new LayerState(layer);
            LayerState old = before.get(state.name());
            if (old != null) {
                state.visibleProperty().set(old.visibleProperty().get());
                if (old.layer().info().kind() == layer.info().kind()) {
                    // The whole look (style, opacity, labels), not only the symbology drawn from it:
                    // the next style edit saves look(), which must still hold the custom style.
                    state.applyLook(old.look());
                } else {
                    state.opacityProperty().set(old.opacityProperty().get());
                }
            }
            states.add(0, state);
        }
        layersTopFirst.setAll(states);
        requestRender();
    }

    /** The size of the map area in pixels changed; keeps the centre and the scale. */
    public void setViewSize(int width, int height) {
        if (width <= 0 || height <= 0 || (width == viewWidth && height == viewHeight)) {
            return;
        }
        // Until the user moves the view, it keeps showing the whole content: the first sizes a window
        // manager gives may be far from the final one (a 200 px window, then the real size).
        boolean refit = viewport.get() == null || fitsFullExtent;
        viewWidth = width;
        viewHeight = height;
        if (refit) {
            zoomToFullExtent();
        } else {
            viewport.set(viewport.get().withSize(width, height));
            requestRender();
        }
    }

    /** Shows the whole content with a small margin. */
    public void zoomToFullExtent() {
        if (viewWidth <= 0 || viewHeight <= 0) {
            return;
        }
        MapContent c = content.get();
        Envelope extent = c == null ? new Envelope(-1000, 1000, -1000, 1000) : new Envelope(c.fullExtent());
        extent.expandBy(extent.getWidth() * FULL_EXTENT_MARGIN, extent.getHeight() * FULL_EXTENT_MARGIN);
        Viewport v = Viewport.fitting(extent, viewWidth, viewHeight);
        viewport.set(v.withMetresPerPixel(clamp(v.metresPerPixel())));
        fitsFullExtent = true;
        requestRender();
    }

    /** Zooms around a screen point; factor above 1 zooms in. */
    public void zoomAt(double screenX, double screenY, double factor) {
        Viewport v = viewport.get();
        if (v == null) {
            return;
        }
        double target = clamp(v.metresPerPixel() / factor);
        fitsFullExtent = false;
        viewport.set(v.zoomAround(screenX, screenY, v.metresPerPixel() / target));
        requestRender();
    }

    public void zoomIn() {
        zoomAt(viewWidth / 2.0, viewHeight / 2.0, KEY_ZOOM_FACTOR);
    }

    public void zoomOut() {
        zoomAt(viewWidth / 2.0, viewHeight / 2.0, 1 / KEY_ZOOM_FACTOR);
    }

    /**
     * Moves the map with the mouse during a drag: the last image follows at once, and a new one is
     * drawn only when the drag ends ({@link #endDrag()}) or pauses.
     */
    public void dragBy(double dxPixels, double dyPixels) {
        Viewport v = viewport.get();
        if (v == null) {
            return;
        }
        fitsFullExtent = false;
        viewport.set(v.pan(dxPixels, dyPixels));
        dragIdle.playFromStart();
    }

    /** The drag ended: draw the new view now. */
    public void endDrag() {
        dragIdle.stop();
        requestRender();
    }

    /** Pans by a share of the view (arrow keys): direction -1, 0 or 1 on each axis, towards where the eye moves. */
    public void panStep(int east, int north) {
        Viewport v = viewport.get();
        if (v == null) {
            return;
        }
        fitsFullExtent = false;
        viewport.set(v.pan(-east * viewWidth * KEY_PAN_FRACTION, north * viewHeight * KEY_PAN_FRACTION));
        requestRender();
    }

    /** The mouse is over the map at this screen point: updates the status-line positions. */
    public void pointerMoved(double screenX, double screenY) {
        Viewport v = viewport.get();
        MapContent c = content.get();
        if (v == null || c == null) {
            return;
        }
        double x = v.toWorldX(screenX);
        double y = v.toWorldY(screenY);
        projectedPosition.set(formatter.projected(x, y, c.projectSrid()));
        if (toWgs84 != null) {
            try {
                double[] lonLat = toWgs84.transform(x, y);
                geographicPosition.set(formatter.geographic(lonLat[0], lonLat[1]));
            } catch (IllegalArgumentException e) {
                geographicPosition.set(""); // far outside the CRS's domain: nothing sensible to show
            }
        }
    }

    /** The mouse left the map. */
    public void pointerExited() {
        projectedPosition.set("");
        geographicPosition.set("");
    }

    /** What the renderer should draw now, bottom layer first. */
    public List<LayerDrawing> visibleDrawings() {
        List<LayerDrawing> drawings = new ArrayList<>();
        for (int i = layersTopFirst.size() - 1; i >= 0; i--) {
            LayerState s = layersTopFirst.get(i);
            if (s.visibleProperty().get()) {
                drawings.add(s.toDrawing());
            }
        }
        return drawings;
    }

    /** Asks for a render of the current viewport (coalesced with others pending). */
    public void requestRender() {
        Viewport v = viewport.get();
        if (v != null) {
            scheduler.request(visibleDrawings(), currentOverlays(), v, content.get());
        }
    }

    /**
     * The point-layer overlays for the current content and choices (cached until either changes), then
     * the tour route when one is shown.
     */
    public List<org.geoprospect.render.MapOverlay> currentOverlays() {
        if (overlays == null) {
            MapContent c = content.get();
            overlays = c == null ? List.of() : pointChoices.overlays(c.points());
        }
        if (tourOverlay == null && selectionOverlay == null) {
            return overlays;
        }
        List<org.geoprospect.render.MapOverlay> all = new ArrayList<>(overlays);
        if (selectionOverlay != null) {
            all.add(selectionOverlay);
        }
        if (tourOverlay != null) {
            all.add(tourOverlay);
        }
        return all;
    }

    /** Draws the outline of the map selection's shapes above the point layers (null removes it) and renders again. */
    public void setSelectionOverlay(org.geoprospect.render.MapOverlay overlayOrNull) {
        selectionOverlay = overlayOrNull;
        requestRender();
    }

    /** Draws a sales tour's route above the point layers (null removes it) and renders again. */
    public void setTourOverlay(org.geoprospect.render.MapOverlay overlayOrNull) {
        tourOverlay = overlayOrNull;
        requestRender();
    }

    /**
     * What the map draws now, for a printed map: the visible layers, what the point layers show (fresh
     * overlays are made from it, the window's own being confined to its render thread) and the overlays with
     * a legend of their own (the map selection's outline, the tour).
     *
     * @param potentialNote what the prospect dots count when a target limits them, or null
     */
    public org.geoprospect.render.layout.MapScene exportScene(String potentialNote) {
        MapContent c = content.get();
        var points = c == null ? org.geoprospect.render.points.PointScene.EMPTY : pointChoices.scene(c.points());
        List<org.geoprospect.render.LegendedOverlay> legended = currentOverlays().stream()
                .filter(o -> o instanceof org.geoprospect.render.LegendedOverlay)
                .map(o -> (org.geoprospect.render.LegendedOverlay) o).toList();
        return new org.geoprospect.render.layout.MapScene(visibleDrawings(), points, legended, potentialNote);
    }

    /** The point layers (households, clients, competitors) as shown now: hidden ones left out, criterion applied. */
    public org.geoprospect.render.points.PointLayers shownPoints() {
        MapContent c = content.get();
        return pointChoices.shown(c == null ? null : c.points());
    }

    /** The point layers' visibility, criterion, selection and highlights. */
    public PointLayerChoices pointLayers() {
        return pointChoices;
    }

    /** What is under a screen point (see {@link MapPick#at}), or null. */
    public MapPick pick(double screenX, double screenY) {
        Viewport v = viewport.get();
        return v == null ? null : MapPick.at(shownPoints(), v, screenX, screenY);
    }

    /**
     * Shows an area (project CRS) with a small margin, e.g. a sector; an empty envelope is ignored, a
     * point is shown at 1:5,000.
     */
    public void zoomTo(Envelope area) {
        if (area == null || area.isNull() || viewWidth <= 0 || viewHeight <= 0) {
            return;
        }
        Envelope extent = new Envelope(area);
        extent.expandBy(Math.max(extent.getWidth() * 0.08, 50), Math.max(extent.getHeight() * 0.08, 50));
        Viewport v = Viewport.fitting(extent, viewWidth, viewHeight);
        fitsFullExtent = false;
        viewport.set(v.withMetresPerPixel(clamp(v.metresPerPixel())));
        requestRender();
    }

    /** Sets the resolution (metres per pixel, clamped) keeping the centre; for tools and tests. */
    public void setMetresPerPixel(double metresPerPixel) {
        Viewport v = viewport.get();
        if (v != null) {
            fitsFullExtent = false;
            viewport.set(v.withMetresPerPixel(clamp(metresPerPixel)));
            requestRender();
        }
    }

    /** Centres the view on a world point, keeping the scale. */
    public void centreOn(double x, double y) {
        Viewport v = viewport.get();
        if (v != null) {
            fitsFullExtent = false;
            viewport.set(v.pan((v.centerX() - x) / v.metresPerPixel(), (y - v.centerY()) / v.metresPerPixel()));
            requestRender();
        }
    }

    /**
     * Shows a saved view: centred on a world point at a resolution (clamped), whatever the window size;
     * does nothing before the map has a size.
     */
    public void showView(double centreX, double centreY, double metresPerPixel) {
        if (viewWidth <= 0 || viewHeight <= 0) {
            return;
        }
        fitsFullExtent = false;
        viewport.set(Viewport.of(centreX, centreY, clamp(metresPerPixel), viewWidth, viewHeight));
        requestRender();
    }

    /** The layers panel's operations (reorder, looks, zoom to layer) over {@link #layersTopFirst()}. */
    public org.geoprospect.ui.layers.LayerListModel layerList() {
        return layerList;
    }

    /** Layer states, the top (drawn last) first. */
    public ObservableList<LayerState> layersTopFirst() {
        return layersTopFirst;
    }

    public ReadOnlyObjectProperty<Viewport> viewportProperty() {
        return viewport.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RenderedFrame> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MapContent> contentProperty() {
        return content.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty projectedPositionProperty() {
        return projectedPosition.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty geographicPositionProperty() {
        return geographicPosition.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty scaleTextProperty() {
        return scaleText.getReadOnlyProperty();
    }

    /** The message of the last render failure, or null. */
    public ReadOnlyStringProperty renderErrorProperty() {
        return renderError.getReadOnlyProperty();
    }

    Messages messages() {
        return messages;
    }

    private static double clamp(double metresPerPixel) {
        return Math.max(MIN_METRES_PER_PIXEL, Math.min(MAX_METRES_PER_PIXEL, metresPerPixel));
    }

    /** Stops the render thread. */
    @Override
    public void close() {
        dragIdle.stop();
        scheduler.close();
    }
}

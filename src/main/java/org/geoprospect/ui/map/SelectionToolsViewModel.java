package org.geoprospect.ui.map;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.geoprospect.analysis.selection.ShapeSelections;
import org.geoprospect.analysis.selection.ShapeSpec;
import org.geoprospect.index.Selection;
import org.geoprospect.model.GeometryKind;
import org.geoprospect.model.VectorFeature;
import org.geoprospect.model.VectorLayer;
import org.geoprospect.render.Viewport;
import org.geoprospect.service.AnalysisSession;
import org.geoprospect.service.MapContent;
import org.geoprospect.ui.Messages;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

/**
 * The map's selection tools: rectangle, polygon (click the vertices, double-click to close), freehand
 * lasso, radius around a point, click a sector or a commune. Each finished shape becomes a
 * {@link ShapeSpec} (what a saved target keeps) appended to the selection's shapes with the operation of
 * the gesture's {@link SelectionMode} (replace starts again); the households and clients the whole list
 * selects on the {@link AnalysisSession} are written to the selection properties (the shared
 * {@code TargetingState}'s, bound by the window) and counted in {@link #countsProperty()}.
 *
 * <p>Input comes in screen pixels with the viewport of the moment; the shape being drawn is kept in
 * world coordinates ({@link #sketch()}) so that it stays in place if the view moves. Selections are
 * computed on the FX thread: a shape over a million households takes tens of milliseconds on the
 * packed index (measured by the select benchmark), below a frame's budget for a click.
 * FX-thread confined.
 */
public final class SelectionToolsViewModel {
    /** A polygon vertex this close (pixels) to the first one closes the polygon. */
    static final double CLOSE_PIXELS = 8;
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final Messages messages;
    private final ObjectProperty<SelectionTool> tool = new SimpleObjectProperty<>(this, "tool", SelectionTool.NONE);
    private final ObjectProperty<SelectionMode> mode = new SimpleObjectProperty<>(this, "mode", SelectionMode.REPLACE);
    private final ObjectProperty<AnalysisSession> session = new SimpleObjectProperty<>(this, "session");
    private final ObjectProperty<MapContent> content = new SimpleObjectProperty<>(this, "content");
    private final ObjectProperty<Selection> households;
    private final ObjectProperty<Selection> clients;
    private final ObjectProperty<List<ShapeSpec>> shapes;
    private final ObservableList<Coordinate> sketch = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper(this, "counts", "");
    private SelectionMode gestureMode = SelectionMode.REPLACE;
    /** True while this object writes the shapes itself (their listener then has nothing to redo). */
    private boolean applying;
    private Coordinate anchor;

    /**
     * @param shapes     the selection's shapes in order (read, for add/subtract/intersect, and written)
     * @param households where the households the shapes select go
     * @param clients    where the selected clients go
     */
    public SelectionToolsViewModel(Messages messages, ObjectProperty<List<ShapeSpec>> shapes,
            ObjectProperty<Selection> households, ObjectProperty<Selection> clients) {
        this.messages = messages;
        this.shapes = shapes;
        this.households = households;
        this.clients = clients;
        households.addListener((o, a, b) -> updateCounts());
        clients.addListener((o, a, b) -> updateCounts());
        // Shapes set by someone else (a saved target loaded into the panel): select what they hold.
        shapes.addListener((o, a, b) -> {
            if (!applying) {
                reselect();
            }
        });
        tool.addListener((o, a, b) -> cancelSketch());
    }

    /** Starts a gesture (mouse pressed) at a screen point. */
    public void press(Viewport v, double sx, double sy, boolean shift, boolean ctrl) {
        gestureMode = SelectionMode.of(shift, ctrl, mode.get());
        Coordinate at = world(v, sx, sy);
        switch (tool.get()) {
            case RECTANGLE, RADIUS, LASSO -> {
                anchor = at;
                sketch.setAll(at, at);
            }
            default -> {
            }
        }
    }

    /** The mouse moved with the button down. */
    public void drag(Viewport v, double sx, double sy) {
        if (anchor == null) {
            return;
        }
        Coordinate at = world(v, sx, sy);
        switch (tool.get()) {
            case RECTANGLE, RADIUS -> sketch.set(1, at);
            case LASSO -> sketch.add(at);
            default -> {
            }
        }
    }

    /** The mouse button was released: finishes rectangles, radii and lassos. */
    public void release(Viewport v, double sx, double sy) {
        if (anchor == null) {
            return;
        }
        Coordinate start = anchor;
        Coordinate end = world(v, sx, sy);
        anchor = null;
        switch (tool.get()) {
            case RECTANGLE -> {
                sketch.clear();
                if (start.distance(end) >= 2 * v.metresPerPixel()) {
                    Geometry box = GEOMETRY.toGeometry(new org.locationtech.jts.geom.Envelope(start, end));
                    applyPolygon(box);
                }
            }
            case RADIUS -> {
                sketch.clear();
                double radius = start.distance(end);
                if (radius >= 2 * v.metresPerPixel() && session.get() != null) {
                    apply(session.get().circleShape(start.x, start.y, radius / 1000));
                }
            }
            case LASSO -> {
                sketch.add(end);
                List<Coordinate> ring = new ArrayList<>(sketch);
                sketch.clear();
                if (ring.size() >= 3) {
                    applyPolygon(ring(ring));
                }
            }
            default -> {
            }
        }
    }

    /**
     * A click (no drag): adds a polygon vertex (closing it near the first vertex or on a double-click),
     * or selects the sector or commune under the point.
     */
    public void click(Viewport v, double sx, double sy, int clickCount, boolean shift, boolean ctrl) {
        Coordinate at = world(v, sx, sy);
        switch (tool.get()) {
            case POLYGON -> {
                if (sketch.isEmpty()) {
                    gestureMode = SelectionMode.of(shift, ctrl, mode.get());
                }
                boolean closes = sketch.size() >= 3
                        && (clickCount >= 2 || sketch.get(0).distance(at) <= CLOSE_PIXELS * v.metresPerPixel());
                if (closes) {
                    List<Coordinate> ring = new ArrayList<>(sketch);
                    sketch.clear();
                    applyPolygon(ring(ring));
                } else if (clickCount < 2) {
                    sketch.add(at);
                }
            }
            case SECTOR -> {
                gestureMode = SelectionMode.of(shift, ctrl, mode.get());
                String code = session.get() == null ? null : session.get().sectorAt(at.x, at.y);
                if (code == null) {
                    counts.set(messages.get("selection.noSector"));
                } else {
                    apply(ShapeSpec.sector(code));
                }
            }
            case COMMUNE -> {
                gestureMode = SelectionMode.of(shift, ctrl, mode.get());
                String insee = communeAt(at, v);
                if (insee == null) {
                    counts.set(messages.get("selection.noCommune"));
                } else {
                    apply(ShapeSpec.commune(insee));
                }
            }
            default -> {
            }
        }
    }

    /** Esc: drops the shape being drawn, or — when none — puts the tool down. */
    public void escape() {
        if (!sketch.isEmpty() || anchor != null) {
            cancelSketch();
        } else {
            tool.set(SelectionTool.NONE);
        }
    }

    /** Empties the selection. */
    public void clearSelection() {
        shapes.set(List.of());
    }

    private void cancelSketch() {
        anchor = null;
        sketch.clear();
    }

    private void applyPolygon(Geometry projectPolygon) {
        if (session.get() == null || !projectPolygon.isValid() || projectPolygon.getArea() <= 0) {
            if (!projectPolygon.isValid() && session.get() != null) {
                Geometry repaired = projectPolygon.buffer(0);
                if (repaired.getArea() > 0) {
                    apply(session.get().polygonShape(repaired));
                }
            }
            return;
        }
        apply(session.get().polygonShape(projectPolygon));
    }

    /**
     * Adds one shape to the selection by the gesture's mode (replace starts a new selection) and selects
     * what the whole list of shapes holds on the session's data, exactly as a target limited to this
     * selection will (see {@code GeometrySelector}).
     */
    void apply(ShapeSpec shape) {
        AnalysisSession s = session.get();
        if (s == null) {
            counts.set(messages.get("selection.unavailable"));
            return;
        }
        List<ShapeSpec> next = new ArrayList<>();
        if (gestureMode != SelectionMode.REPLACE && shapes.get() != null) {
            next.addAll(shapes.get());
        }
        next.add(shape.as(operation(gestureMode)));
        ShapeSelections picked;
        try {
            picked = s.select(next);
        } catch (IllegalArgumentException e) {
            counts.set(e.getMessage());
            return;
        }
        applying = true;
        try {
            shapes.set(List.copyOf(next));
        } finally {
            applying = false;
        }
        households.set(picked.households());
        clients.set(picked.clients());
        updateCounts();
    }

    /** How a gesture's shape combines with the shapes before it; a new selection's first shape adds. */
    static org.geoprospect.analysis.selection.SelectionOp operation(SelectionMode mode) {
        return switch (mode) {
            case REPLACE, ADD -> org.geoprospect.analysis.selection.SelectionOp.ADD;
            case SUBTRACT -> org.geoprospect.analysis.selection.SelectionOp.SUBTRACT;
            case INTERSECT -> org.geoprospect.analysis.selection.SelectionOp.INTERSECT;
        };
    }

    /**
     * Selects again what the current shapes hold, on the session's data as it is now (after an import, or
     * when a saved target brings its selection back); no shape empties the selection.
     */
    public void reselect() {
        AnalysisSession s = session.get();
        List<ShapeSpec> current = shapes.get();
        if (current == null || current.isEmpty()) {
            households.set(null);
            clients.set(null);
        } else if (s != null) {
            try {
                ShapeSelections picked = s.select(current);
                households.set(picked.households());
                clients.set(picked.clients());
            } catch (IllegalArgumentException e) {
                // A shape refers to a sector or competitor the data no longer has: the selection is dropped.
                applying = true;
                try {
                    shapes.set(List.of());
                } finally {
                    applying = false;
                }
                households.set(null);
                clients.set(null);
                counts.set(e.getMessage());
                return;
            }
        }
        updateCounts();
    }

    private void updateCounts() {
        Selection h = households.get();
        Selection c = clients.get();
        if (h == null && c == null) {
            counts.set("");
            return;
        }
        counts.set(messages.get("selection.counts", h == null ? 0 : h.cardinality(), c == null ? 0 : c.cardinality()));
    }

    /** The INSEE code of the commune under a point: a polygon layer with an {@code insee} field covering it, else the nearest commune point within 30 px. */
    private String communeAt(Coordinate at, Viewport v) {
        MapContent c = content.get();
        if (c == null) {
            return null;
        }
        Point point = GEOMETRY.createPoint(at);
        String nearest = null;
        double best = 30 * v.metresPerPixel();
        for (VectorLayer layer : c.layers()) {
            for (VectorFeature f : layer.features()) {
                String insee = f.text("insee");
                if (insee == null || insee.isBlank()) {
                    continue;
                }
                if (layer.info().kind() == GeometryKind.POLYGON) {
                    if (f.geometry().covers(point)) {
                        return insee.strip();
                    }
                } else if (layer.info().kind() == GeometryKind.POINT) {
                    double d = f.geometry().distance(point);
                    if (d <= best) {
                        best = d;
                        nearest = insee.strip();
                    }
                }
            }
        }
        return nearest;
    }

    private static Geometry ring(List<Coordinate> points) {
        List<Coordinate> closed = new ArrayList<>(points);
        closed.add(new Coordinate(points.get(0)));
        return GEOMETRY.createPolygon(closed.toArray(new Coordinate[0]));
    }

    private static Coordinate world(Viewport v, double sx, double sy) {
        return new Coordinate(v.toWorldX(sx), v.toWorldY(sy));
    }

    /** The active tool; NONE lets the mouse pan the map. */
    public ObjectProperty<SelectionTool> toolProperty() {
        return tool;
    }

    /** The toolbar's combination mode for gestures without modifier keys. */
    public ObjectProperty<SelectionMode> modeProperty() {
        return mode;
    }

    /** The targeting session the shapes go through (set when the project's map is loaded); null: tools unavailable. */
    public ObjectProperty<AnalysisSession> sessionProperty() {
        return session;
    }

    /** The map content (for the commune tool's look-up). */
    public ObjectProperty<MapContent> contentProperty() {
        return content;
    }

    /** The shape being drawn, world coordinates (rectangle: two corners; radius: centre and rim point). */
    public ObservableList<Coordinate> sketch() {
        return sketch;
    }

    /** "N households, M clients selected" for the status bar; empty without a selection. */
    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }
}

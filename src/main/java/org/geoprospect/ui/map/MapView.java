package org.geoprospect.ui.map;

import java.nio.IntBuffer;
import java.util.IdentityHashMap;
import java.util.Map;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import org.geoprospect.render.RasterCanvas;
import org.geoprospect.render.Viewport;

/**
 * The map area: shows the view model's last rendered frame (a {@code WritableImage} over a
 * {@code PixelBuffer} that shares the canvas's pixel array, no copy), placed to line up with the
 * current viewport so that drags and zooms follow the mouse before the next image is ready, and
 * turns mouse and keyboard input into view-model operations.
 */
public final class MapView extends Pane {
    private final MapViewModel viewModel;
    private final ImageView imageView = new ImageView();
    /** One JavaFX image per canvas of the render pool (three at most per size). */
    private final Map<RasterCanvas, PixelBuffer<IntBuffer>> buffers = new IdentityHashMap<>();
    private final Map<RasterCanvas, WritableImage> images = new IdentityHashMap<>();
    private final javafx.scene.shape.Path sketchPath = new javafx.scene.shape.Path();
    private SelectionToolsViewModel tools;
    private java.util.function.BiConsumer<Double, Double> onClick;
    private double dragX;
    private double dragY;
    private boolean dragging;
    private boolean sketching;

    public MapView(MapViewModel viewModel) {
        this.viewModel = viewModel;
        setId("map");
        getStyleClass().add("map-view");
        setFocusTraversable(true);
        setMinSize(50, 50);
        imageView.setSmooth(true);
        imageView.setPreserveRatio(false);
        sketchPath.setId("selectionSketch");
        sketchPath.setStroke(javafx.scene.paint.Color.web("#08306b"));
        sketchPath.setStrokeWidth(2);
        sketchPath.getStrokeDashArray().setAll(6.0, 4.0);
        sketchPath.setFill(javafx.scene.paint.Color.web("#2b8cbe", 0.15));
        sketchPath.setMouseTransparent(true);
        getChildren().addAll(imageView, sketchPath);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        setStyle("-fx-background-color: #e4e6e3;");

        widthProperty().addListener((o, a, b) -> sizeChanged());
        heightProperty().addListener((o, a, b) -> sizeChanged());
        viewModel.frameProperty().addListener((o, a, frame) -> showFrame(frame));
        viewModel.viewportProperty().addListener((o, a, v) -> {
            placeImage();
            drawSketch();
        });
        addEventHandler(MouseEvent.MOUSE_CLICKED, this::onClicked);

        addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::onReleased);
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> viewModel.pointerMoved(e.getX(), e.getY()));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> viewModel.pointerExited());
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
    }

    /**
     * Connects the selection tools (they take the mouse while a tool is active; their letter keys are the
     * window's, see {@link ToolShortcuts}) and what a plain click does (open a detail card).
     *
     * @param onClick receives the screen point of a click without drag when no tool is active
     */
    public void attach(SelectionToolsViewModel selectionTools, java.util.function.BiConsumer<Double, Double> onClick) {
        this.tools = selectionTools;
        this.onClick = onClick;
        selectionTools.sketch().addListener((javafx.collections.ListChangeListener<org.locationtech.jts.geom.Coordinate>) c -> drawSketch());
        selectionTools.toolProperty().addListener((o, a, tool) -> {
            setCursor(tool == SelectionTool.NONE ? javafx.scene.Cursor.DEFAULT : javafx.scene.Cursor.CROSSHAIR);
            drawSketch();
        });
    }

    private boolean toolActive() {
        return tools != null && tools.toolProperty().get() != SelectionTool.NONE;
    }

    /** Draws the shape being drawn, from its world coordinates, for the current viewport. */
    private void drawSketch() {
        sketchPath.getElements().clear();
        Viewport v = viewModel.viewportProperty().get();
        if (tools == null || v == null || tools.sketch().isEmpty()) {
            return;
        }
        var points = tools.sketch();
        var elements = sketchPath.getElements();
        switch (tools.toolProperty().get()) {
            case RECTANGLE -> {
                double x0 = v.toScreenX(points.get(0).x);
                double y0 = v.toScreenY(points.get(0).y);
                double x1 = v.toScreenX(points.get(points.size() - 1).x);
                double y1 = v.toScreenY(points.get(points.size() - 1).y);
                elements.addAll(new javafx.scene.shape.MoveTo(x0, y0), new javafx.scene.shape.LineTo(x1, y0),
                        new javafx.scene.shape.LineTo(x1, y1), new javafx.scene.shape.LineTo(x0, y1),
                        new javafx.scene.shape.ClosePath());
            }
            case RADIUS -> {
                double cx = v.toScreenX(points.get(0).x);
                double cy = v.toScreenY(points.get(0).y);
                double r = points.get(0).distance(points.get(points.size() - 1)) / v.metresPerPixel();
                elements.addAll(new javafx.scene.shape.MoveTo(cx + r, cy),
                        new javafx.scene.shape.ArcTo(r, r, 0, cx - r, cy, false, true),
                        new javafx.scene.shape.ArcTo(r, r, 0, cx + r, cy, false, true),
                        new javafx.scene.shape.MoveTo(cx, cy), new javafx.scene.shape.LineTo(
                                v.toScreenX(points.get(points.size() - 1).x), v.toScreenY(points.get(points.size() - 1).y)));
            }
            default -> {
                elements.add(new javafx.scene.shape.MoveTo(v.toScreenX(points.get(0).x), v.toScreenY(points.get(0).y)));
                for (int i = 1; i < points.size(); i++) {
                    elements.add(new javafx.scene.shape.LineTo(v.toScreenX(points.get(i).x), v.toScreenY(points.get(i).y)));
                }
            }
        }
    }

    private void onClicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
            return;
        }
        Viewport v = viewModel.viewportProperty().get();
        if (toolActive()) {
            SelectionTool tool = tools.toolProperty().get();
            if (v != null && (tool == SelectionTool.POLYGON || tool == SelectionTool.SECTOR || tool == SelectionTool.COMMUNE)) {
                tools.click(v, e.getX(), e.getY(), e.getClickCount(), e.isShiftDown(), e.isShortcutDown());
            }
        } else if (onClick != null) {
            onClick.accept(e.getX(), e.getY());
        }
    }

    private void sizeChanged() {
        viewModel.setViewSize((int) Math.floor(getWidth()), (int) Math.floor(getHeight()));
    }

    private void showFrame(RenderedFrame frame) {
        if (frame == null) {
            imageView.setImage(null);
            return;
        }
        RasterCanvas canvas = frame.canvas();
        PixelBuffer<IntBuffer> buffer = buffers.get(canvas);
        if (buffer == null) {
            if (buffers.size() >= 6) {
                // The pool dropped canvases of older sizes; forget their images too.
                buffers.clear();
                images.clear();
            }
            buffer = new PixelBuffer<>(canvas.width(), canvas.height(), IntBuffer.wrap(canvas.pixels()),
                    PixelFormat.getIntArgbPreInstance());
            buffers.put(canvas, buffer);
            images.put(canvas, new WritableImage(buffer));
        } else {
            // Same array, new pixels: tell JavaFX to upload it again.
            buffer.updateBuffer(b -> null);
        }
        imageView.setImage(images.get(canvas));
        placeImage();
    }

    private void placeImage() {
        RenderedFrame frame = viewModel.frameProperty().get();
        Viewport current = viewModel.viewportProperty().get();
        if (frame == null || current == null) {
            return;
        }
        ImagePlacement p = ImagePlacement.of(frame.viewport(), current);
        imageView.setX(p.x());
        imageView.setY(p.y());
        boolean sameScale = Math.abs(p.width() - frame.canvas().width()) < 1e-6;
        imageView.setFitWidth(sameScale ? 0 : p.width());
        imageView.setFitHeight(sameScale ? 0 : p.height());
    }

    private void onScroll(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        double notches = e.getDeltaY() / (e.getMultiplierY() > 0 ? e.getMultiplierY() : 40);
        viewModel.zoomAt(e.getX(), e.getY(), Math.pow(MapViewModel.WHEEL_ZOOM_FACTOR, notches));
        e.consume();
    }

    private void onPressed(MouseEvent e) {
        requestFocus();
        Viewport v = viewModel.viewportProperty().get();
        if (toolActive() && e.getButton() == MouseButton.PRIMARY) {
            SelectionTool tool = tools.toolProperty().get();
            if (v != null && (tool == SelectionTool.RECTANGLE || tool == SelectionTool.RADIUS || tool == SelectionTool.LASSO)) {
                tools.press(v, e.getX(), e.getY(), e.isShiftDown(), e.isShortcutDown());
                sketching = true;
            }
            return;
        }
        if (e.getButton() == MouseButton.PRIMARY) {
            dragX = e.getX();
            dragY = e.getY();
            dragging = true;
        }
    }

    private void onDragged(MouseEvent e) {
        if (sketching) {
            tools.drag(viewModel.viewportProperty().get(), e.getX(), e.getY());
            viewModel.pointerMoved(e.getX(), e.getY());
            return;
        }
        if (!dragging) {
            return;
        }
        viewModel.dragBy(e.getX() - dragX, e.getY() - dragY);
        dragX = e.getX();
        dragY = e.getY();
        viewModel.pointerMoved(e.getX(), e.getY());
    }

    private void onReleased(MouseEvent e) {
        if (sketching && e.getButton() == MouseButton.PRIMARY) {
            sketching = false;
            tools.release(viewModel.viewportProperty().get(), e.getX(), e.getY());
            return;
        }
        if (dragging && e.getButton() == MouseButton.PRIMARY) {
            dragging = false;
            viewModel.dragBy(e.getX() - dragX, e.getY() - dragY);
            viewModel.endDrag();
        }
    }

    private void onKey(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) {
            return; // left to the menu accelerators (Ctrl+0, Ctrl+E, …)
        }
        KeyCode code = e.getCode();
        if (code == KeyCode.ESCAPE) {
            sketching = false; // the window's tool shortcuts drop the shape itself
        }
        switch (code) {
            case PLUS, ADD, EQUALS -> viewModel.zoomIn();
            case MINUS, SUBTRACT -> viewModel.zoomOut();
            case LEFT -> viewModel.panStep(-1, 0);
            case RIGHT -> viewModel.panStep(1, 0);
            case UP -> viewModel.panStep(0, 1);
            case DOWN -> viewModel.panStep(0, -1);
            case HOME -> viewModel.zoomToFullExtent();
            default -> {
                if ("+".equals(e.getText())) {
                    viewModel.zoomIn();
                } else if ("-".equals(e.getText())) {
                    viewModel.zoomOut();
                } else {
                    return;
                }
            }
        }
        e.consume();
    }
}

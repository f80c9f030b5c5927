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
    private double dragX;
    private double dragY;
    private boolean dragging;

    public MapView(MapViewModel viewModel) {
        this.viewModel = viewModel;
        setId("map");
        getStyleClass().add("map-view");
        setFocusTraversable(true);
        setMinSize(50, 50);
        imageView.setSmooth(true);
        imageView.setPreserveRatio(false);
        getChildren().add(imageView);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        setStyle("-fx-background-color: #e4e6e3;");

        widthProperty().addListener((o, a, b) -> sizeChanged());
        heightProperty().addListener((o, a, b) -> sizeChanged());
        viewModel.frameProperty().addListener((o, a, frame) -> showFrame(frame));
        viewModel.viewportProperty().addListener((o, a, v) -> placeImage());

        addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::onReleased);
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> viewModel.pointerMoved(e.getX(), e.getY()));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> viewModel.pointerExited());
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
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
        if (e.getButton() == MouseButton.PRIMARY) {
            dragX = e.getX();
            dragY = e.getY();
            dragging = true;
        }
    }

    private void onDragged(MouseEvent e) {
        if (!dragging) {
            return;
        }
        viewModel.dragBy(e.getX() - dragX, e.getY() - dragY);
        dragX = e.getX();
        dragY = e.getY();
        viewModel.pointerMoved(e.getX(), e.getY());
    }

    private void onReleased(MouseEvent e) {
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

package org.geoprospect.ui.bench;

import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.geoprospect.bench.FxMapProbe;

/**
 * The JavaFX half of the map benchmark ({@link FxMapProbe}): a stage with the map's image view (a
 * {@code WritableImage} over a {@code PixelBuffer} sharing the frame's array, as {@code ui.map.MapView}
 * shows frames) and a {@code Canvas} for the straightforward peer renderer. Created by the bench
 * command by reflection; every call blocks until the FX thread has done its part. Not thread-safe.
 */
public final class MapFrameProbe implements FxMapProbe {
    private static final long TIMEOUT_SECONDS = 120;

    private Stage stage;
    private ImageView imageView;
    private Canvas canvas;
    private int[] pixels;
    private PixelBuffer<IntBuffer> buffer;
    private WritableImage snapshotImage;

    @Override
    public void open(int width, int height) throws Exception {
        if (System.getProperty("prism.order") == null) {
            System.setProperty("prism.order", "sw");
        }
        boolean monocle = "Monocle".equalsIgnoreCase(System.getProperty("glass.platform"));
        if (!monocle && System.getenv("DISPLAY") == null && System.getProperty("os.name").startsWith("Linux")) {
            throw new IllegalStateException("no display (DISPLAY is not set): run the command under xvfb-run -a");
        }
        if (monocle && System.getProperty("headless.geometry") == null) {
            // Monocle's headless screen is 1280x800 by default; a larger window overflows its buffer.
            System.setProperty("headless.geometry", width + "x" + height + "-32");
        }
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            // The toolkit is already up in this JVM (e.g. a test run): use it.
            started.countDown();
        } catch (RuntimeException | LinkageError e) {
            throw new IllegalStateException("JavaFX could not start (" + e + ")", e);
        }
        if (!started.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("JavaFX did not start within 30 s");
        }
        Platform.setImplicitExit(false);
        onFx(() -> {
            imageView = new ImageView();
            canvas = new Canvas(width, height);
            stage = new Stage(StageStyle.UNDECORATED);
            // The window never exceeds the screen (a headless test screen may be smaller); the frame keeps its size.
            javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getBounds();
            stage.setScene(new Scene(new Group(canvas, imageView), Math.min(width, screen.getWidth()),
                    Math.min(height, screen.getHeight())));
            stage.show();
            return null;
        });
    }

    @Override
    public void handOver(int[] frame) throws Exception {
        onFx(() -> {
            if (frame != pixels) {
                pixels = frame;
                int width = (int) canvas.getWidth();
                buffer = new PixelBuffer<>(width, frame.length / width, IntBuffer.wrap(frame),
                        PixelFormat.getIntArgbPreInstance());
                imageView.setImage(new WritableImage(buffer));
            } else {
                buffer.updateBuffer(b -> null);
            }
            imageView.setVisible(true);
            return null;
        });
    }

    @Override
    public double[] pulseIntervalsWhile(Runnable work, int pulses) throws Exception {
        AtomicBoolean done = new AtomicBoolean();
        CompletableFuture<double[]> intervals = recordPulses(pulses, () -> { }, done);
        while (!done.get()) {
            work.run();
        }
        return intervals.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public void drawOnCanvas(double[] x, double[] y, double minX, double maxY, double metresPerPixel) throws Exception {
        onFx(() -> {
            drawPoints(x, y, minX, maxY, metresPerPixel);
            snapshotImage = canvas.snapshot(null, snapshotImage);
            return null;
        });
    }

    @Override
    public double[] canvasPulseIntervals(double[] x, double[] y, double minX, double maxY, double metresPerPixel,
                                         double panPixels, int pulses) throws Exception {
        double[] offset = {0};
        AtomicBoolean done = new AtomicBoolean();
        CompletableFuture<double[]> intervals = recordPulses(pulses, () -> {
            offset[0] = offset[0] == 0 ? panPixels : 0;
            drawPoints(x, y, minX + offset[0] * metresPerPixel, maxY, metresPerPixel);
        }, done);
        return intervals.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /** Straightforward: one fill call per point in view; hides the image view so the canvas shows. */
    private void drawPoints(double[] x, double[] y, double minX, double maxY, double metresPerPixel) {
        imageView.setVisible(false);
        GraphicsContext g = canvas.getGraphicsContext2D();
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        g.clearRect(0, 0, width, height);
        g.setFill(Color.rgb(200, 60, 40));
        for (int i = 0; i < x.length; i++) {
            double sx = (x[i] - minX) / metresPerPixel;
            double sy = (maxY - y[i]) / metresPerPixel;
            if (sx >= -2 && sy >= -2 && sx < width + 2 && sy < height + 2) {
                g.fillRect(sx - 1.5, sy - 1.5, 3, 3);
            }
        }
    }

    /** Records {@code pulses} intervals with an AnimationTimer running {@code onPulse} at each pulse. */
    private CompletableFuture<double[]> recordPulses(int pulses, Runnable onPulse, AtomicBoolean done) {
        CompletableFuture<double[]> result = new CompletableFuture<>();
        Platform.runLater(() -> new AnimationTimer() {
            private final List<Double> intervals = new ArrayList<>();
            private long last = -1;

            @Override
            public void handle(long now) {
                if (last >= 0) {
                    intervals.add((now - last) / 1e6);
                }
                last = now;
                if (intervals.size() >= pulses) {
                    stop();
                    done.set(true);
                    result.complete(intervals.stream().mapToDouble(Double::doubleValue).toArray());
                    return;
                }
                try {
                    onPulse.run();
                } catch (RuntimeException e) {
                    stop();
                    done.set(true);
                    result.completeExceptionally(e);
                }
            }
        }.start());
        return result;
    }

    /** Runs the work on the FX thread and waits for it. */
    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        AtomicReference<T> value = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                value.set(work.call());
            } catch (Throwable t) {
                failure.set(t);
            } finally {
                done.countDown();
            }
        });
        if (!done.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The FX thread did not answer within " + TIMEOUT_SECONDS + " s");
        }
        if (failure.get() instanceof Exception e) {
            throw e;
        }
        if (failure.get() != null) {
            throw new IllegalStateException(failure.get());
        }
        return value.get();
    }

    @Override
    public void close() {
        if (stage != null) {
            Stage shown = stage;
            stage = null;
            Platform.runLater(shown::hide);
        }
    }
}

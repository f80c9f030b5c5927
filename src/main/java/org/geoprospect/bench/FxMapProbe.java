package org.geoprospect.bench;

/**
 * The JavaFX side of the map suite, seen from plain Java: the suite never imports JavaFX (only
 * {@code org.geoprospect.ui} may), so it loads the implementation, {@code org.geoprospect.ui.bench.MapFrameProbe},
 * by name ({@link #load()}). Every method blocks until the FX thread has done the work. One instance per
 * run; not thread-safe.
 */
public interface FxMapProbe extends AutoCloseable {
    /** The implementation's class name. */
    String IMPLEMENTATION = "org.geoprospect.ui.bench.MapFrameProbe";

    /**
     * Starts the JavaFX toolkit (software pipeline, {@code prism.order=sw}, unless already set) and shows
     * an undecorated stage of {@code width × height} holding an image view and a canvas.
     *
     * @throws IllegalStateException with one sentence when no display is available or the toolkit fails
     */
    void open(int width, int height) throws Exception;

    /**
     * Hands a finished frame (ARGB pre-multiplied, {@code width × height}) to the image view, as the map
     * does: a {@code PixelBuffer} over the same array (no copy), updated on the FX thread.
     */
    void handOver(int[] pixels) throws Exception;

    /**
     * The intervals in milliseconds between consecutive pulses (an {@code AnimationTimer}) while
     * {@code work} runs in a loop on the calling thread; {@code pulses} intervals are recorded.
     */
    double[] pulseIntervalsWhile(Runnable work, int pulses) throws Exception;

    /**
     * The straightforward renderer (the peer): clears the canvas and fills one 3 × 3 square per point
     * inside the view with one {@code GraphicsContext} call each, on the FX thread, then takes a snapshot
     * of the canvas so that the queued drawing is really rasterised before it returns.
     *
     * @param x, y           points in the project CRS (metres)
     * @param minX, maxY     the view's upper-left corner in the project CRS
     * @param metresPerPixel the view's scale
     */
    void drawOnCanvas(double[] x, double[] y, double minX, double maxY, double metresPerPixel) throws Exception;

    /**
     * The pulse intervals in milliseconds while the straightforward renderer redraws the canvas on every
     * pulse, panning by {@code panPixels} each time; {@code pulses} intervals are recorded.
     */
    double[] canvasPulseIntervals(double[] x, double[] y, double minX, double maxY, double metresPerPixel,
                                  double panPixels, int pulses) throws Exception;

    /** Hides the stage (the toolkit stays up: it cannot be restarted in the same JVM). */
    @Override
    void close();

    /**
     * A new probe, or null when the JavaFX classes are not on the class path.
     */
    static FxMapProbe load() {
        try {
            return (FxMapProbe) Class.forName(IMPLEMENTATION).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }
}

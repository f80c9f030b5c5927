package org.geoprospect.service;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.geoprospect.model.ProgressMonitor;

/**
 * A map load started before anyone asks for it: the desktop application begins reading its project on
 * the command line's thread while the graphical toolkit starts and the window is built, so that the map
 * is ready about when the window is. {@link #load} then waits for that same work instead of starting
 * another; its monitor is attached to the running work (progress goes to it, and its Cancel stops it at
 * the next check — threads are never interrupted, as H2 asks). Later calls ("Try again" after a failure,
 * a reload) run the loader afresh. Thread-safe.
 */
public final class EarlyLoad implements MapContentLoader {
    private final MapContentLoader loader;
    private final CompletableFuture<MapContent> result = new CompletableFuture<>();
    private final java.util.concurrent.atomic.AtomicBoolean used = new java.util.concurrent.atomic.AtomicBoolean();
    private volatile ProgressMonitor attached = ProgressMonitor.NONE;

    private EarlyLoad(MapContentLoader loader) {
        this.loader = loader;
    }

    /** Starts {@code loader} now on a background thread of its own. */
    public static EarlyLoad start(MapContentLoader loader) {
        Objects.requireNonNull(loader, "loader");
        EarlyLoad early = new EarlyLoad(loader);
        ProgressMonitor forwarding = new ProgressMonitor() {
            @Override
            public void progress(long done, long total) {
                early.attached.progress(done, total);
            }

            @Override
            public boolean isCancelled() {
                return early.attached.isCancelled();
            }
        };
        Thread thread = new Thread(() -> {
            try {
                early.result.complete(loader.load(forwarding));
            } catch (Exception | Error e) {
                early.result.completeExceptionally(e);
            }
        }, "geoprospect-early-load");
        thread.setDaemon(true);
        thread.start();
        return early;
    }

    /**
     * The content, once the work started earlier finishes; rethrows what the work threw.
     *
     * @param monitor receives the work's progress from now on and may cancel it
     */
    @Override
    public MapContent load(ProgressMonitor monitor) throws Exception {
        Objects.requireNonNull(monitor, "monitor");
        if (used.getAndSet(true)) {
            return loader.load(monitor);
        }
        attached = monitor;
        try {
            return result.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception exception) {
                throw exception;
            }
            throw (Error) cause;
        }
    }
}

package org.geoprospect.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import org.geoprospect.model.CancelledException;
import org.geoprospect.model.ProgressMonitor;

/**
 * The one way the UI runs long work: off the FX thread, with progress reported to an FX property
 * and a cooperative cancel flag (threads are never interrupted, since H2 must not be interrupted
 * during I/O). Results, failures and cancellation are delivered on the FX thread.
 */
public final class BackgroundTasks {
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService EXECUTOR = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "geoprospect-task-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    private BackgroundTasks() {
    }

    /** Work that reports progress to, and checks cancellation on, the monitor it is given. */
    @FunctionalInterface
    public interface Work<T> {
        T call(ProgressMonitor monitor) throws Exception;
    }

    /** A running task: its progress (FX thread) and a way to ask it to stop. */
    public static final class Handle implements ProgressMonitor {
        private final AtomicBoolean cancelled = new AtomicBoolean();
        private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);

        /** Asks the work to stop at its next check; callable from any thread. */
        public void cancel() {
            cancelled.set(true);
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }

        @Override
        public void progress(long done, long total) {
            double value = total > 0 ? Math.min(1, (double) done / total) : -1;
            Platform.runLater(() -> progress.set(value));
        }

        /** 0..1, or -1 while unknown; updated on the FX thread. */
        public ReadOnlyDoubleProperty progressProperty() {
            return progress.getReadOnlyProperty();
        }
    }

    /**
     * Runs {@code work} in the background; exactly one of the three callbacks runs afterwards, on
     * the FX thread.
     *
     * @param onSuccess   receives the result
     * @param onFailure   receives the exception (never a {@link CancelledException})
     * @param onCancelled runs when the work stopped because it was cancelled
     */
    public static <T> Handle run(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure, Runnable onCancelled) {
        Handle handle = new Handle();
        EXECUTOR.execute(() -> {
            try {
                T result = work.call(handle);
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (CancelledException e) {
                Platform.runLater(onCancelled);
            } catch (Exception | Error e) {
                if (handle.isCancelled()) {
                    Platform.runLater(onCancelled);
                } else {
                    Platform.runLater(() -> onFailure.accept(e));
                }
            }
        });
        return handle;
    }
}

package org.geoprospect.model;

/**
 * Receives progress from long work and tells it whether to stop. Work checks {@link #isCancelled()}
 * between batches (never by interrupting a thread inside H2) and then throws {@link CancelledException}
 * after undoing what it did.
 *
 * <p>Implementations must be thread-safe: work calls them from a background thread.
 */
public interface ProgressMonitor {
    /** A monitor that ignores progress and never cancels. */
    ProgressMonitor NONE = new ProgressMonitor() {
        @Override
        public void progress(long done, long total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /**
     * Reports how far the work has gone.
     *
     * @param done  units done so far
     * @param total units in all, or -1 when unknown
     */
    void progress(long done, long total);

    /** Whether the user asked to stop. */
    boolean isCancelled();

    /** Throws {@link CancelledException} when cancelled; call between batches. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}

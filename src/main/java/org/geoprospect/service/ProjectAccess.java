package org.geoprospect.service;

import java.util.function.Supplier;
import org.geoprospect.store.ProjectOpenException;

/**
 * Runs a use case that opens the project, waiting while another task of this application holds it.
 * A project opens once at a time ({@code ProjectDatabase} refuses a second open, even in this JVM),
 * and the desktop runs several short background tasks on the same folder (the map's reload, the
 * panels' counts, saving a target, an export); without this, whichever came second would fail with
 * "already open". The wait is bounded: after it, the refusal reaches the user as its sentence.
 * Stateless and thread-safe; call it off the FX thread.
 */
public final class ProjectAccess {
    /** How long to wait for the project to be free, in milliseconds. */
    static final long WAIT_MILLIS = 15_000;
    private static final long PAUSE_MILLIS = 50;

    private ProjectAccess() {
    }

    /**
     * The call's result, retried while the project is open elsewhere in this application.
     *
     * @throws RuntimeException what the call throws; a {@code ProjectOpenException} when the project
     *                          stayed locked for {@value #WAIT_MILLIS} ms
     */
    public static <T> T whenFree(Supplier<T> call) {
        long deadline = System.nanoTime() + WAIT_MILLIS * 1_000_000;
        while (true) {
            try {
                return call.get();
            } catch (ProjectOpenException e) {
                if (e.reason() != ProjectOpenException.Reason.LOCKED || System.nanoTime() > deadline) {
                    throw e;
                }
            }
            try {
                // A short pause, not an interrupt-driven wait: the holder is a task of ours finishing.
                Thread.sleep(PAUSE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UserFacingException("The task was stopped while waiting for the project to be free; try again.", e);
            }
        }
    }

    /** {@link #whenFree(Supplier)} for a call with no result. */
    public static void whenFree(Runnable call) {
        whenFree(() -> {
            call.run();
            return null;
        });
    }
}

package org.geoprospect.cli;

import java.io.PrintWriter;
import org.geoprospect.model.ProgressMonitor;

/**
 * Progress on stderr for long commands, only when a person watches (a console is attached): a
 * percentage line at most every 10 %, so that scripts and logs get clean output. Never cancels
 * (Ctrl+C ends the process; work is transactional).
 */
final class ConsoleProgress implements ProgressMonitor {
    private final PrintWriter err;
    private int lastDecile = -1;

    private final boolean enabled;

    ConsoleProgress(PrintWriter err) {
        this.err = err;
        this.enabled = System.console() != null;
    }

    @Override
    public synchronized void progress(long done, long total) {
        if (!enabled || total <= 0) {
            return;
        }
        int decile = (int) Math.min(10, done * 10 / total);
        if (decile != lastDecile && decile > 0 && decile < 10) {
            lastDecile = decile;
            err.println("  " + decile * 10 + " %");
            err.flush();
        }
    }

    @Override
    public boolean isCancelled() {
        return false;
    }
}

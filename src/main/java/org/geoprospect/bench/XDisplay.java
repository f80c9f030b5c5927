package org.geoprospect.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A private X display for running the desktop application as a user would see it: an Xvfb server of a
 * given screen size and, on it, the openbox window manager (window managers size and place windows;
 * without one, dialogs and sizes behave differently). For tests and the start-up benchmark; closes
 * both processes. Not thread-safe.
 */
public final class XDisplay implements AutoCloseable {
    private final int number;
    private final Process server;
    private final Process windowManager;

    private XDisplay(int number, Process server, Process windowManager) {
        this.number = number;
        this.server = server;
        this.windowManager = windowManager;
    }

    /** Why a display cannot be started here (Xvfb or openbox missing), or empty when it can. */
    public static Optional<String> unavailableReason() {
        for (String program : List.of("Xvfb", "openbox")) {
            if (ExternalCommand.onPath(program).isEmpty()) {
                return Optional.of(program + " is not installed (Debian packages xvfb and openbox; .ci/run installs them)");
            }
        }
        return Optional.empty();
    }

    /**
     * Starts Xvfb on a free display number with one screen of {@code width} × {@code height} and openbox
     * on it, and waits until both answer.
     *
     * @throws IOException when either cannot be started
     */
    public static XDisplay start(int width, int height) throws IOException, InterruptedException {
        int number = freeNumber();
        Process server = new ProcessBuilder("Xvfb", ":" + number, "-screen", "0", width + "x" + height + "x24", "-nolisten", "tcp")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Path socket = Path.of("/tmp/.X11-unix/X" + number);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!Files.exists(socket)) {
            if (!server.isAlive() || System.nanoTime() > deadline) {
                server.destroyForcibly();
                throw new IOException("Xvfb did not start on display :" + number);
            }
            Thread.sleep(50);
        }
        ProcessBuilder wm = new ProcessBuilder("openbox").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        wm.environment().put("DISPLAY", ":" + number);
        Process windowManager = wm.start();
        // openbox has no "ready" signal: it takes over the screen within a fraction of a second.
        Thread.sleep(800);
        if (!windowManager.isAlive()) {
            server.destroyForcibly();
            throw new IOException("openbox did not start on display :" + number);
        }
        return new XDisplay(number, server, windowManager);
    }

    private static int freeNumber() {
        for (int n = 70; n < 200; n++) {
            if (!Files.exists(Path.of("/tmp/.X11-unix/X" + n)) && !Files.exists(Path.of("/tmp/.X" + n + "-lock"))) {
                return n;
            }
        }
        throw new IllegalStateException("No free X display number between :70 and :199.");
    }

    /** The value of {@code DISPLAY} for programs to draw on this display. */
    public String name() {
        return ":" + number;
    }

    /** The environment variables a program needs to use this display. */
    public List<String> environment() {
        List<String> env = new ArrayList<>();
        env.add("DISPLAY=" + name());
        return env;
    }

    @Override
    public void close() {
        windowManager.destroy();
        server.destroy();
        try {
            if (!windowManager.waitFor(5, TimeUnit.SECONDS)) {
                windowManager.destroyForcibly();
            }
            if (!server.waitFor(5, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

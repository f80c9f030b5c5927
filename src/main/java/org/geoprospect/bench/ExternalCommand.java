package org.geoprospect.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs a peer's program as an external process (its time includes the process start, as a user running
 * it would see). Output goes to a log file, so a chatty program cannot block on a full pipe.
 * Stateless and thread-safe.
 */
public final class ExternalCommand {
    private static final long TIMEOUT_MINUTES = 30;

    private ExternalCommand() {
    }

    /** The program's path when it is on the PATH. */
    public static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Runs a command to its end.
     *
     * @param log file receiving the command's stdout and stderr (replaced)
     * @throws IOException when it cannot start, exits with a non-zero code (the message quotes the end of
     *                     its log) or runs longer than 30 minutes
     */
    public static void run(List<String> command, Path workingDir, Path log) throws IOException {
        Process process = new ProcessBuilder(command).directory(workingDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException(command.get(0) + " did not finish within " + TIMEOUT_MINUTES + " minutes.");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException(command.get(0) + " was interrupted.", e);
        }
        if (process.exitValue() != 0) {
            throw new IOException(command.get(0) + " failed with exit code " + process.exitValue() + ": " + tail(log));
        }
    }

    private static String tail(Path log) throws IOException {
        String text = Files.readString(log, StandardCharsets.UTF_8).strip();
        return text.length() <= 300 ? text : "…" + text.substring(text.length() - 300);
    }
}

package org.geoprospect.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts the desktop application in a child JVM on a display, as a user does, and reads what its
 * start-up probe wrote ({@code -Dgeoprospect.probe}: when the window was shown and the first map painted,
 * and the sizes things got). The process's start is timed here, outside it, so the JVM's own start is
 * counted. Stateless.
 */
public final class AppLaunch {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AppLaunch() {
    }

    /**
     * What one start measured.
     *
     * @param launchToWindowMillis     process start → the window's first frame (its content laid out and
     *                                 handed to the renderer; a window mapped but still blank does not count)
     * @param launchToFirstMapMillis   process start → first map painted
     * @param probe                    everything the probe wrote (sizes of the window, map, panels…)
     */
    public record Result(long launchToWindowMillis, long launchToFirstMapMillis, JsonNode probe) {
    }

    /**
     * Runs {@code geoprospect gui --project PROJECT} and returns once the first map is painted (the
     * application quits then).
     *
     * @param classPath   the class path of the application (its jar, or the build's classes and libraries)
     * @param environment extra variables, e.g. {@code DISPLAY} and {@code GEOPROSPECT_HOME}
     * @param jvmOptions  options such as {@code -Xmx2g}
     * @throws IOException when the application fails or does not reach its first map within the timeout
     */
    public static Result run(String classPath, Path project, Map<String, String> environment, List<String> jvmOptions,
            Path scratch, long timeoutSeconds) throws IOException, InterruptedException {
        Path probe = scratch.resolve("probe-" + System.nanoTime() + ".json");
        Path log = scratch.resolve("app-" + System.nanoTime() + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Dgeoprospect.probe=" + probe);
        command.add("-Dgeoprospect.probe.exit=true");
        command.add("-cp");
        command.add(classPath);
        command.add("org.geoprospect.Main");
        command.add("gui");
        command.add("--project");
        command.add(project.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        long start = System.currentTimeMillis();
        Process process = builder.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("The application did not paint its first map within " + timeoutSeconds + " s; see " + log);
        }
        if (!Files.exists(probe)) {
            throw new IOException("The application ended (exit code " + process.exitValue() + ") without painting its map; see "
                    + log + ": " + tail(log));
        }
        JsonNode written = JSON.readTree(probe.toFile());
        return new Result(written.path("windowFirstFrameEpochMillis").asLong() - start,
                written.path("firstMapPaintedEpochMillis").asLong() - start, written);
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
    }
}

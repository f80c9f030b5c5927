package org.geoprospect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command runs headless: started as the jar's main class in a fresh JVM, it loads no JavaFX class
 * (checked with the JVM's own class-loading log), so it works on a server without a display.
 */
class HeadlessCommandTest {
    @Test
    void aCommandNeverLoadsJavaFx(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("p");
        Path log = dir.resolve("classes.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xlog:class+load=info:file=" + log,
                "-cp", System.getProperty("java.class.path"), "org.geoprospect.Main", "init", "--project", project.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile()).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the command did not finish");
        assertEquals(0, process.exitValue(), Files.readString(dir.resolve("out.txt")));
        List<String> loaded = loadedClasses(log);
        assertTrue(loaded.stream().anyMatch(line -> line.contains("org.geoprospect.cli.InitCommand")),
                "the log should show the command's own classes");
        assertFalse(loaded.stream().anyMatch(line -> line.contains(" javafx.") || line.contains(" com.sun.javafx.")),
                "a command loaded JavaFX classes");
    }

    private static List<String> loadedClasses(Path log) throws IOException {
        return Files.readAllLines(log, StandardCharsets.UTF_8);
    }
}

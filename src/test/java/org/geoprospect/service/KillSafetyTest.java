package org.geoprospect.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.geoprospect.model.ProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed with SIGKILL in the middle of an import or a purge leaves a project that opens,
 * holding the whole operation or none of it: the real command runs in a child JVM, is killed after a
 * random delay, and {@code stats} is compared with what was acknowledged before.
 */
class KillSafetyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCH = 20_000;
    private static final int REQUIRED_KILLS = 20;
    private static final int MAX_ROUNDS = 40;

    @TempDir
    Path dir;

    @Test
    void killedImportsAndPurgesAreAllOrNothing() throws Exception {
        Path project = dir.resolve("project");
        new ProjectService().create(project, false, ProgressMonitor.NONE);
        Path sample = dir.resolve("sample");
        new SampleService().generate(sample, BATCH, 5, ProgressMonitor.NONE);
        List<String> rows = Files.readAllLines(sample.resolve("sample-data/households.csv"), StandardCharsets.UTF_8);
        Random random = new Random(20261125);
        long acknowledged = 0;
        int kills = 0;
        int completed = 0;
        int round;
        for (round = 0; kills < REQUIRED_KILLS && round < MAX_ROUNDS; round++) {
            boolean purge = round % 6 == 5;
            List<String> command;
            long ifCompleted;
            if (purge) {
                command = List.of("purge", "--project", project.toString());
                ifCompleted = -1; // a purge removes what is past retention: checked as "≤ before" below
            } else {
                Path csv = dir.resolve("round" + round + ".csv");
                Files.write(csv, withPrefix(rows, "R" + round + "-"), StandardCharsets.UTF_8);
                command = List.of("import", "households", csv.toString(), "--project", project.toString());
                ifCompleted = acknowledged + BATCH;
            }
            long delayMillis = 200 + random.nextInt(1_800);
            boolean finished = runAndMaybeKill(command, delayMillis);
            long after = households(project);
            if (purge) {
                assertTrue(after <= acknowledged, "a purge only removes households");
            } else {
                assertTrue(after == acknowledged || after == ifCompleted,
                        "round " + round + ": " + after + " households, expected " + acknowledged + " or " + ifCompleted);
            }
            if (finished) {
                completed++;
                if (!purge) {
                    assertEquals(ifCompleted, after, "a finished import is all there");
                }
            } else {
                kills++;
            }
            acknowledged = after;
        }
        assertTrue(kills >= REQUIRED_KILLS, kills + " kills and " + completed + " completed operations in " + round + " rounds");
    }

    private static List<String> withPrefix(List<String> rows, String prefix) {
        List<String> out = new ArrayList<>(rows.size());
        out.add(rows.get(0));
        for (int i = 1; i < rows.size(); i++) {
            out.add(prefix + rows.get(i));
        }
        return out;
    }

    /** Runs the command in a child JVM; kills it with SIGKILL after the delay. Returns whether it finished first. */
    private boolean runAndMaybeKill(List<String> arguments, long delayMillis) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "org.geoprospect.Main"));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile()).start();
        if (process.waitFor(delayMillis, TimeUnit.MILLISECONDS)) {
            assertEquals(0, process.exitValue(), Files.readString(dir.resolve("child.log")));
            return true;
        }
        process.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no clean close
        process.waitFor(30, TimeUnit.SECONDS);
        return false;
    }

    private long households(Path project) throws IOException, InterruptedException {
        Process stats = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"), "org.geoprospect.Main",
                "stats", "--project", project.toString(), "--json").redirectErrorStream(false).start();
        String out = new String(stats.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(stats.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(stats.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, stats.exitValue(), "the project must open after a kill: " + err);
        JsonNode node = JSON.readTree(out);
        return node.get("households").asLong();
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}

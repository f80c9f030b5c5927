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
 * A process killed with SIGKILL in the middle of an import, an export, an edit (saving a target) or a
 * purge leaves a project that opens, holding the whole operation or none of it: the real command runs
 * in a child JVM, is killed after a random delay, and {@code stats}, the audit log and the target list
 * are compared with what was acknowledged before. An export in the audit log has its whole file, and an
 * export absent from the log left no file.
 */
class KillSafetyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCH = 20_000;
    private static final int REQUIRED_KILLS = 20;
    private static final int MAX_ROUNDS = 60;

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
        java.util.Map<String, Integer> killedOperations = new java.util.TreeMap<>();
        for (round = 0; kills < REQUIRED_KILLS && round < MAX_ROUNDS; round++) {
            boolean purge = round % 6 == 5;
            boolean export = round % 6 == 3;
            boolean save = round % 6 == 4;
            List<String> command;
            long ifCompleted = acknowledged;
            Path exported = dir.resolve("export" + round + ".csv");
            String targetName = "target" + round;
            if (purge) {
                command = List.of("purge", "--project", project.toString());
                ifCompleted = -1; // a purge removes what is past retention: checked as "≤ before" below
            } else if (export) {
                command = List.of("export", "--project", project.toString(), "--all", "--channel", "postal",
                        "--out", exported.toString());
            } else if (save) {
                command = List.of("target", "save", targetName, "--project", project.toString(), "--interest", "picnic");
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
            } else if (export || save) {
                assertEquals(acknowledged, after, "round " + round + ": an export or a target changes no household");
            } else {
                assertTrue(after == acknowledged || after == ifCompleted,
                        "round " + round + ": " + after + " households, expected " + acknowledged + " or " + ifCompleted);
            }
            if (export) {
                checkExport(project, exported, finished, round);
            }
            if (save) {
                checkTarget(project, targetName, finished, round);
            }
            if (finished) {
                completed++;
                if (!purge) {
                    assertEquals(ifCompleted, after, "a finished operation is all there");
                }
            } else {
                kills++;
                killedOperations.merge(command.get(0), 1, Integer::sum);
            }
            acknowledged = after;
        }
        assertTrue(kills >= REQUIRED_KILLS, kills + " kills and " + completed + " completed operations in " + round + " rounds");
        assertTrue(killedOperations.containsKey("import"), "killed: " + killedOperations);
        // For the record in the test report: which operations were killed how often.
        System.out.println("KillSafetyTest: " + kills + " kills " + killedOperations + ", " + completed + " completed");
    }

    /** Logged ⇔ the whole file is there (its data rows = the logged count); a finished export is logged. */
    private void checkExport(Path project, Path file, boolean finished, int round) throws IOException, InterruptedException {
        JsonNode row = null;
        for (JsonNode r : cli(project, "audit", "--project", project.toString(), "--json")) {
            if (file.getFileName().toString().equals(r.path("file").asText())) {
                row = r;
            }
        }
        if (row == null) {
            assertTrue(!finished, "round " + round + ": a finished export is in the audit log");
            assertTrue(!Files.exists(file), "round " + round + ": an export absent from the log left no file");
        } else {
            assertTrue(Files.isRegularFile(file), "round " + round + ": a logged export has its file");
            long dataRows = Files.readAllLines(file, StandardCharsets.UTF_8).size() - 1;
            assertEquals(row.path("count").asLong(), dataRows, "round " + round + ": the logged count is the file's");
        }
    }

    /** Saved whole or not at all; a finished save is there. */
    private void checkTarget(Path project, String name, boolean finished, int round) throws IOException, InterruptedException {
        boolean listed = false;
        for (JsonNode t : cli(project, "target", "list", "--project", project.toString(), "--json").path("targets")) {
            listed |= name.equals(t.path("name").asText());
        }
        assertTrue(listed || !finished, "round " + round + ": a finished save is listed");
        if (listed) {
            JsonNode shown = cli(project, "target", "show", name, "--project", project.toString(), "--json");
            assertTrue(shown.toString().contains("picnic"), "round " + round + ": the saved target is whole: " + shown);
        }
    }

    private JsonNode cli(Path project, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-cp", System.getProperty("java.class.path"),
                "org.geoprospect.Main"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), "the project must open after a kill: " + err);
        return JSON.readTree(out);
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

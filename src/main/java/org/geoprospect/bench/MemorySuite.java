package org.geoprospect.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code memory} suite (issue 8 §5): opens each size's project in a child JVM limited to
 * {@code -Xmx4g} ({@link MemoryProbe}: map content, targeting session, first frame) and reports
 * {@code memory.open_heap_peak} (MB, the heap pools' peak use), {@code memory.open_rss_peak} (MB, the
 * process's peak resident set, VmHWM), {@code memory.open_live_heap} (MB, heap in use after a full GC),
 * {@code memory.open_time} (ms) and {@code memory.open_xmx4g} (1 when the project opened within the
 * 4 GB heap, 0 when it failed; the note says how). One child run per size: each row's median, p95 and
 * max are that one figure. Not thread-safe.
 */
public final class MemorySuite implements BenchSuite {
    static final String HEAP_LIMIT = "-Xmx4g";
    private static final Pattern FIGURE = Pattern.compile("(\\w+)=([0-9.\\-]+)");

    @Override
    public String name() {
        return "memory";
    }

    @Override
    public String description() {
        return "peak heap and RSS of opening a project in a child JVM limited to " + HEAP_LIMIT;
    }

    @Override
    public List<BenchResult> run(BenchContext context) throws Exception {
        List<BenchResult> results = new ArrayList<>();
        for (int size : context.sizes()) {
            Path project = BenchProjects.project(context, size);
            context.say("opening the " + size + "-household project in a child JVM with " + HEAP_LIMIT);
            results.addAll(rows(size, probe(context, project)));
        }
        return results;
    }

    /** The child's figures by name, or an empty map with the failure in {@code failure}. */
    private record Outcome(Map<String, Double> figures, String failure) {
    }

    private static Outcome probe(BenchContext context, Path project) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = context.workDir().resolve("memory-probe.log");
        List<String> command = List.of(java, HEAP_LIMIT, "-Djava.awt.headless=true", "-cp",
                System.getProperty("java.class.path"), MemoryProbe.class.getName(), project.toString());
        try {
            ExternalCommand.run(command, context.workDir(), log);
        } catch (IOException e) {
            String text = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
            String why = text.contains("OutOfMemoryError") ? "OutOfMemoryError within " + HEAP_LIMIT : e.getMessage();
            return new Outcome(Map.of(), why);
        }
        Map<String, Double> figures = new HashMap<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            if (line.startsWith("MEMORY ")) {
                Matcher m = FIGURE.matcher(line);
                while (m.find()) {
                    figures.put(m.group(1), Double.parseDouble(m.group(2)));
                }
            }
        }
        return figures.isEmpty() ? new Outcome(Map.of(), "the probe printed no MEMORY line") : new Outcome(figures, null);
    }

    private static List<BenchResult> rows(int size, Outcome outcome) {
        String scope = "one child JVM with " + HEAP_LIMIT + " opening the project as the application does (map content,"
                + " households' columns and index, targeting session, first 1920x1080 frame); one run";
        if (outcome.failure() != null) {
            return List.of(single("memory.open_xmx4g", size, "1 = opened", 0, Notes.join(scope, "FAILED: " + outcome.failure())));
        }
        Map<String, Double> f = outcome.figures();
        List<BenchResult> rows = new ArrayList<>();
        rows.add(single("memory.open_heap_peak", size, "MB", f.getOrDefault("heapPeakMb", -1.0), scope));
        rows.add(single("memory.open_live_heap", size, "MB", f.getOrDefault("liveHeapMb", -1.0), scope));
        rows.add(single("memory.open_rss_peak", size, "MB", f.getOrDefault("rssPeakMb", -1.0), scope));
        rows.add(single("memory.open_time", size, "ms", f.getOrDefault("openMs", -1.0), scope));
        rows.add(single("memory.open_xmx4g", size, "1 = opened", 1, scope));
        return rows;
    }

    private static BenchResult single(String name, int size, String unit, double value, String note) {
        return BenchResult.of(name, size, unit, Samples.of(new double[] {value})).withNote(note);
    }
}

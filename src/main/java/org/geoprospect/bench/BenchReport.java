package org.geoprospect.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The outcome of a benchmark run as written to the JSON file:
 * {@code {"machine": {cores, memory, maxHeap, java, os}, "results": [{name, size, unit, median, p95, max,
 * peer, peerMedian, ratio, note}]}}. Immutable.
 */
public record BenchReport(MachineInfo machine, List<BenchResult> results) {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public BenchReport {
        results = List.copyOf(results);
    }

    /** The report as pretty-printed JSON. */
    public String toJson() {
        try {
            return MAPPER.writeValueAsString(this);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the benchmark report as JSON", e);
        }
    }

    /** Writes {@link #toJson()} to a file, creating its folder. */
    public void writeJson(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, toJson() + System.lineSeparator());
    }

    /** Reads a report written by {@link #writeJson(Path)} (for the plot script and tests). */
    public static BenchReport readJson(Path file) throws IOException {
        return MAPPER.readValue(file.toFile(), BenchReport.class);
    }

    /** A fixed-width table for people: one line per row, peers and ratios where measured. */
    public String toText() {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "machine: %d cores, %.1f GB, %s, %s%n", machine.cores(),
                machine.memory() / 1e9, machine.java(), machine.os()));
        text.append(String.format(Locale.ROOT, "%-26s %9s %12s %12s %12s %12s %7s  %s%n", "metric", "size", "median",
                "p95", "max", "peer median", "ratio", "unit"));
        for (BenchResult r : results) {
            text.append(String.format(Locale.ROOT, "%-26s %9d %12s %12s %12s %12s %7s  %s%n", r.name(), r.size(),
                    figure(r.median()), figure(r.p95()), figure(r.max()),
                    r.peerMedian() == null ? "-" : figure(r.peerMedian()),
                    r.ratio() == null ? "-" : String.format(Locale.ROOT, "%.2f", r.ratio()), r.unit()));
        }
        Map<String, String> notes = new LinkedHashMap<>();
        for (BenchResult r : results) {
            if (r.note() != null) {
                notes.putIfAbsent(r.name() + " @" + r.size(), r.note());
            }
        }
        notes.forEach((row, note) -> text.append("  ").append(row).append(": ").append(note).append(System.lineSeparator()));
        return text.toString();
    }

    private static String figure(double value) {
        return value >= 1000 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.2f", value);
    }
}

package org.geoprospect.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** File helpers for the benchmark's scratch folders. */
public final class Scratch {
    private Scratch() {
    }

    /** Deletes a folder and everything in it; nothing happens when it does not exist. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            List<Path> all = paths.sorted(Comparator.reverseOrder()).toList();
            for (Path path : all) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** The total size in bytes of the given files (missing files count zero). */
    public static long bytes(List<Path> files) throws IOException {
        long total = 0;
        for (Path file : files) {
            if (Files.exists(file)) {
                total += Files.size(file);
            }
        }
        return total;
    }
}

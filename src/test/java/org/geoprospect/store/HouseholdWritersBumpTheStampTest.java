package org.geoprospect.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every class of the store that writes the {@code household} table gives the households a new stamp in
 * the same transaction ({@link HouseholdGeneration#bump}): otherwise the copy of the columns kept beside the
 * project would be taken for current after the change, and the map would show old households.
 */
class HouseholdWritersBumpTheStampTest {
    /** SQL that writes the table, or the store's upserter aimed at it. */
    private static final Pattern WRITES = Pattern.compile(
            "(?i)(INSERT\\s+INTO|MERGE\\s+INTO|UPDATE|DELETE\\s+FROM)\\s+household\\b(?!_)|Upserter<[^>]*>\\([^,]*,\\s*\"household\"");

    @Test
    void everyWriterOfTheHouseholdTableBumpsTheStamp() throws IOException {
        List<Path> writers;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/geoprospect"))) {
            writers = files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
                try {
                    return WRITES.matcher(Files.readString(f)).find();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        assertTrue(writers.size() >= 2, "the import's repository and the purge write households: " + writers);
        List<String> silent = writers.stream().filter(f -> {
            try {
                return !Files.readString(f).contains("HouseholdGeneration.bump(");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).map(Path::toString).toList();
        assertEquals(List.of(), silent, "writers of the household table that leave its stamp as it was");
    }
}

package org.geoprospect.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.geoprospect.store.ProjectDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The projects a user opened last, most recent first, at most {@value #MAX}: remembered per user in a
 * small JSON file ({@code recent-projects.json} in {@link AppHome}), written whole through a temporary
 * file and an atomic move so that a crash never leaves half a list. A missing file means the
 * application has never opened a project for this user (its very first start); an unreadable one is
 * treated as empty and replaced at the next write (the list is a convenience, never data).
 *
 * <p>Folders are kept as absolute, normalised paths; the same folder is listed once. Thread-safe: every
 * method reads or writes the file whole, under this object's lock.
 */
public final class RecentProjects {
    /** How many projects the list keeps. */
    public static final int MAX = 10;
    /** The file's name in the user's GeoProspect folder. */
    public static final String FILE_NAME = "recent-projects.json";
    private static final Logger LOG = LoggerFactory.getLogger(RecentProjects.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One remembered project.
     *
     * @param folder absolute, normalised project folder
     * @param name   the project's display name when it was last opened
     * @param opened when it was last opened
     */
    public record Entry(Path folder, String name, Instant opened) {
        public Entry {
            Objects.requireNonNull(folder, "folder");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(opened, "opened");
        }

        /** Whether the folder still holds a project (it may have been moved or deleted since). */
        public boolean exists() {
            return ProjectDatabase.exists(folder);
        }
    }

    private final Path file;
    private final Clock clock;

    /**
     * @param file  where the list is kept
     * @param clock the time recorded for each opening
     */
    public RecentProjects(Path file, Clock clock) {
        this.file = Objects.requireNonNull(file, "file");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The current user's list, in {@link AppHome#folder()}. */
    public static RecentProjects forUser() {
        return new RecentProjects(AppHome.folder().resolve(FILE_NAME), Clock.systemUTC());
    }

    /** Whether no project was ever opened for this user (the list's file does not exist). */
    public synchronized boolean isFirstStart() {
        return !Files.exists(file);
    }

    /** The remembered projects, most recent first (folders that no longer exist included: see {@link Entry#exists()}). */
    public synchronized List<Entry> list() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            JsonNode root = JSON.readTree(file.toFile());
            List<Entry> entries = new ArrayList<>();
            for (JsonNode item : root.path("projects")) {
                String folder = item.path("folder").asText("");
                if (folder.isBlank()) {
                    continue;
                }
                Instant opened;
                try {
                    opened = Instant.parse(item.path("opened").asText(""));
                } catch (java.time.format.DateTimeParseException e) {
                    opened = Instant.EPOCH;
                }
                Path path = Path.of(folder);
                entries.add(new Entry(path, item.path("name").asText(path.getFileName() == null ? folder
                        : path.getFileName().toString()), opened));
            }
            return List.copyOf(entries.subList(0, Math.min(MAX, entries.size())));
        } catch (IOException | RuntimeException e) {
            LOG.warn("The list of recent projects in {} could not be read ({}); it starts again empty", file, e.getMessage());
            return List.of();
        }
    }

    /** The most recently opened project whose folder still holds a project. */
    public synchronized Optional<Entry> lastExisting() {
        return list().stream().filter(Entry::exists).findFirst();
    }

    /**
     * Puts a project at the head of the list (now), removing an older line for the same folder and the
     * oldest beyond {@value #MAX}.
     *
     * @throws UserFacingException when the file cannot be written
     */
    public synchronized void remember(Path folder, String name) {
        Path key = normalise(folder);
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(key, name == null || name.isBlank() ? String.valueOf(key.getFileName()) : name,
                clock.instant()));
        for (Entry e : list()) {
            if (!e.folder().equals(key) && entries.size() < MAX) {
                entries.add(e);
            }
        }
        write(entries);
    }

    /** Removes a folder from the list (a project that was moved away); no change when it is not listed. */
    public synchronized void forget(Path folder) {
        Path key = normalise(folder);
        List<Entry> entries = new ArrayList<>(list());
        if (entries.removeIf(e -> e.folder().equals(key))) {
            write(entries);
        }
    }

    /** Empties the list (the next start is no longer a first start: the file stays, empty). */
    public synchronized void clear() {
        write(List.of());
    }

    private void write(List<Entry> entries) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode projects = root.putArray("projects");
        for (Entry e : entries) {
            projects.addObject().put("folder", e.folder().toString()).put("name", e.name()).put("opened", e.opened().toString());
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            JSON.writerWithDefaultPrettyPrinter().writeValue(partial.toFile(), root);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UserFacingException("The list of recent projects could not be saved in " + file
                    + " (" + e.getMessage() + "); check that the folder is writable.", e);
        }
    }

    private static Path normalise(Path folder) {
        return folder.toAbsolutePath().normalize();
    }
}

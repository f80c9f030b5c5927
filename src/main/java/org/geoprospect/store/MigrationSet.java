package org.geoprospect.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The ordered migrations that build a project's schema: versions 1, 2, ... n without gaps.
 *
 * <p>The application's set is listed, one script name per line, in
 * {@code /org/geoprospect/store/migration/migrations.txt} (a list file because a folder inside a jar
 * cannot be listed portably). Tests build other sets with {@link #with(String)}. Immutable.
 */
final class MigrationSet {
    static final String FOLDER = "/org/geoprospect/store/migration/";

    private final List<Migration> migrations;

    private MigrationSet(List<Migration> migrations) {
        List<Migration> sorted = new ArrayList<>(migrations);
        sorted.sort(Comparator.comparingInt(Migration::version));
        for (int i = 0; i < sorted.size(); i++) {
            if (sorted.get(i).version() != i + 1) {
                throw new IllegalArgumentException("Migration versions must run 1, 2, 3... without gaps or repeats, but "
                        + sorted.get(i).resource() + " has version " + sorted.get(i).version());
            }
        }
        this.migrations = List.copyOf(sorted);
    }

    /** The migrations shipped with the application. */
    static MigrationSet standard() {
        try (InputStream in = MigrationSet.class.getResourceAsStream(FOLDER + "migrations.txt")) {
            if (in == null) {
                throw new IllegalStateException("The migration list " + FOLDER + "migrations.txt is missing");
            }
            List<Migration> list = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    list.add(Migration.ofResource(FOLDER + name));
                }
            }
            return new MigrationSet(list);
        } catch (IOException e) {
            throw new IllegalStateException("The migration list could not be read", e);
        }
    }

    /** A set made of the given script resources (absolute class-path names), in any order. */
    static MigrationSet of(List<String> resources) {
        return new MigrationSet(resources.stream().map(Migration::ofResource).toList());
    }

    /** This set plus one more script. */
    MigrationSet with(String resource) {
        List<Migration> list = new ArrayList<>(migrations);
        list.add(Migration.ofResource(resource));
        return new MigrationSet(list);
    }

    /** The migrations in version order. */
    List<Migration> migrations() {
        return migrations;
    }

    /** The version a database has once every migration of this set is applied (0 for an empty set). */
    int latestVersion() {
        return migrations.size();
    }
}

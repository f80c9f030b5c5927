package org.geoprospect.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Objects;
import java.util.Optional;

/** Small named facts about a project kept in {@code project_meta} (e.g. whether its CRS is still to be chosen). */
public final class ProjectSettings {
    /** "true" while an empty project waits for its first layer to choose its CRS. */
    public static final String CRS_FROM_FIRST_LAYER = "crs_from_first_layer";

    private final ProjectDatabase database;

    public ProjectSettings(ProjectDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** The value stored under {@code key}, if any. */
    public Optional<String> get(String key) {
        return Transactions.read(database, "read the project setting " + key, connection -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT meta_value FROM project_meta WHERE meta_key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /** Stores {@code value} under {@code key}, replacing any previous value. */
    public void put(String key, String value) {
        Transactions.write(database, "save the project setting " + key, connection -> {
            ProjectMeta.put(connection, key, value);
            return null;
        });
    }
}

package org.geoprospect.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The project's saved targets (table {@code saved_target}), keyed by name (case-sensitive, as typed).
 * Thread-safe; arguments must not be null. Operations on a missing or duplicate name report it by
 * their return value; the service turns that into the user's sentence.
 */
public final class SavedTargetRepository {
    private final ProjectDatabase database;

    public SavedTargetRepository(ProjectDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /**
     * Adds a new target.
     *
     * @return false, changing nothing, when a target of that name exists
     */
    public boolean insert(String name, String definitionJson, OffsetDateTime at) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(definitionJson, "definitionJson");
        Objects.requireNonNull(at, "at");
        return Transactions.write(database, "save the target '" + name + "'", connection -> {
            if (exists(connection, name)) {
                return false;
            }
            try (PreparedStatement ps = connection.prepareStatement(
                    "INSERT INTO saved_target (name, definition_json, created_at, updated_at) VALUES (?, ?, ?, ?)")) {
                ps.setString(1, name);
                ps.setString(2, definitionJson);
                ps.setObject(3, at);
                ps.setObject(4, at);
                ps.executeUpdate();
            }
            return true;
        });
    }

    /**
     * Replaces an existing target's definition.
     *
     * @return false when there is no target of that name
     */
    public boolean update(String name, String definitionJson, OffsetDateTime at) {
        Objects.requireNonNull(definitionJson, "definitionJson");
        return Transactions.write(database, "save the target '" + name + "'", connection -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "UPDATE saved_target SET definition_json = ?, updated_at = ? WHERE name = ?")) {
                ps.setString(1, definitionJson);
                ps.setObject(2, at);
                ps.setString(3, name);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** The target of that name, if any. */
    public Optional<SavedTarget> find(String name) {
        Objects.requireNonNull(name, "name");
        return Transactions.read(database, "read the target '" + name + "'", connection -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT name, definition_json, created_at, updated_at FROM saved_target WHERE name = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(read(rs)) : Optional.<SavedTarget>empty();
                }
            }
        });
    }

    /** Every saved target, by name. */
    public List<SavedTarget> list() {
        return Transactions.read(database, "list the saved targets", connection -> {
            List<SavedTarget> targets = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT name, definition_json, created_at, updated_at FROM saved_target ORDER BY name");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    targets.add(read(rs));
                }
            }
            return targets;
        });
    }

    /** The result of {@link #rename}. */
    public enum RenameOutcome { RENAMED, NO_SUCH_TARGET, NAME_TAKEN }

    /** Renames a target, keeping its definition and creation time. */
    public RenameOutcome rename(String oldName, String newName, OffsetDateTime at) {
        Objects.requireNonNull(oldName, "oldName");
        Objects.requireNonNull(newName, "newName");
        return Transactions.write(database, "rename the target '" + oldName + "'", connection -> {
            if (!exists(connection, oldName)) {
                return RenameOutcome.NO_SUCH_TARGET;
            }
            if (!oldName.equals(newName) && exists(connection, newName)) {
                return RenameOutcome.NAME_TAKEN;
            }
            try (PreparedStatement ps = connection.prepareStatement(
                    "UPDATE saved_target SET name = ?, updated_at = ? WHERE name = ?")) {
                ps.setString(1, newName);
                ps.setObject(2, at);
                ps.setString(3, oldName);
                ps.executeUpdate();
            }
            return RenameOutcome.RENAMED;
        });
    }

    /**
     * Deletes a target.
     *
     * @return false when there was no target of that name
     */
    public boolean delete(String name) {
        Objects.requireNonNull(name, "name");
        return Transactions.write(database, "delete the target '" + name + "'", connection -> {
            try (PreparedStatement ps = connection.prepareStatement("DELETE FROM saved_target WHERE name = ?")) {
                ps.setString(1, name);
                return ps.executeUpdate() == 1;
            }
        });
    }

    private static boolean exists(Connection connection, String name) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT 1 FROM saved_target WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static SavedTarget read(ResultSet rs) throws SQLException {
        return new SavedTarget(rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class),
                rs.getObject(4, OffsetDateTime.class));
    }
}

package org.geoprospect.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The key/value facts of a project kept in {@code project_meta}.
 *
 * @param projectSrid  EPSG code of the project CRS
 * @param projectName  display name
 * @param createdAt    ISO-8601 creation instant, as text
 * @param h2gisVersion the H2GIS version whose functions are registered in the file
 */
record ProjectMeta(int projectSrid, String projectName, String createdAt, String h2gisVersion) {
    static final String SRID = "project_srid";
    static final String NAME = "project_name";
    static final String CREATED_AT = "created_at";
    static final String H2GIS_VERSION = "h2gis_version";

    /**
     * Reads the facts.
     *
     * @throws SQLException when the table or the SRID is missing
     */
    static ProjectMeta read(Connection connection) throws SQLException {
        Map<String, String> values = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT meta_key, meta_value FROM project_meta");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                values.put(rs.getString(1), rs.getString(2));
            }
        }
        String srid = values.get(SRID);
        if (srid == null) {
            throw new SQLException("project_meta has no " + SRID);
        }
        return new ProjectMeta(Integer.parseInt(srid), values.getOrDefault(NAME, ""),
                values.get(CREATED_AT), values.get(H2GIS_VERSION));
    }

    /** Inserts or replaces one fact. */
    static void put(Connection connection, String key, String value) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "MERGE INTO project_meta (meta_key, meta_value) KEY (meta_key) VALUES (?, ?)")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }
}
